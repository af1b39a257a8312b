/**
 * Every request a browser context makes, from the page, its frames and workers: the preview
 * promises that nothing leaves the computer, and the tests hold it to that. Requests to another
 * origin are recorded and then refused, so a failing test never reaches the internet either.
 */
import type { BrowserContext } from "playwright-core";

export interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Bytes sent with the request (a POST body), if any. */
  bodyBytes: number;
}

export interface NetworkLog {
  readonly requests: readonly SeenRequest[];
  /** Requests to any origin other than the local server (http, https, ws …; not blob: or data:). */
  elsewhere(): SeenRequest[];
  /** The number of requests so far, to look at what came after. */
  mark(): number;
  since(mark: number): SeenRequest[];
}

const LOCAL_SCHEMES = new Set(["blob:", "data:", "about:"]);

export async function watchNetwork(context: BrowserContext, origin: string): Promise<NetworkLog> {
  const requests: SeenRequest[] = [];
  context.on("request", (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      bodyBytes: request.postDataBuffer()?.length ?? 0,
    });
  });
  await context.route(
    (url) => !LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  return {
    requests,
    elsewhere: () =>
      requests.filter((request) => {
        const url = new URL(request.url);
        return !LOCAL_SCHEMES.has(url.protocol) && url.origin !== origin;
      }),
    mark: () => requests.length,
    since: (mark) => requests.slice(mark),
  };
}
