/**
 * The opened file's bytes, with progress: a file chosen by the clerk (read from disk, which can be
 * a slow network share), or the bundled sample fetched from next to the page (over a slow link).
 * Runs in the preview's worker.
 */
import { HostError } from "../../host";
import { translatorFor, type StringKey, type TranslateParams } from "../i18n/translate";

export function previewError(code: string, key: StringKey, params?: TranslateParams): HostError {
  return new HostError(code, {
    vi: translatorFor("vi")(key, params),
    en: translatorFor("en")(key, params),
  });
}

/** Reads a stream to its end, reporting bytes read of `total` (0 when unknown). */
async function readAll(
  stream: ReadableStream<Uint8Array>,
  total: number,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let done = 0;
  onProgress(0, total);
  for (;;) {
    const next = await reader.read();
    if (next.done) break;
    parts.push(next.value);
    done += next.value.length;
    onProgress(done, Math.max(total, done));
  }
  if (parts.length === 1) return parts[0];
  const bytes = new Uint8Array(done);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

async function fetchSample(url: string, onProgress: (done: number, total: number) => void) {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    throw previewError("SAMPLE_UNAVAILABLE", "previewErrorSample", { detail: String(error) });
  }
  if (!response.ok || !response.body) {
    throw previewError("SAMPLE_UNAVAILABLE", "previewErrorSample", {
      detail: `HTTP ${response.status}`,
    });
  }
  // Content-Length is the compressed size when the server compresses: then the bar is a guess.
  const length = Number(response.headers.get("content-length") ?? 0);
  return readAll(response.body, Number.isFinite(length) ? length : 0, onProgress);
}

export async function readBytes(
  source: { file: File } | { url: string; fileName: string },
  onProgress: (done: number, total: number) => void,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if ("file" in source) {
    const { file } = source;
    return { fileName: file.name, bytes: await readAll(file.stream(), file.size, onProgress) };
  }
  return { fileName: source.fileName, bytes: await fetchSample(source.url, onProgress) };
}
