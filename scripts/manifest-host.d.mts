/** Types of scripts/manifest-host.mjs, for the TypeScript tests that import it. */
export declare const DEV_HOST_URL: string;
export declare function normaliseHostUrl(text: string): string;
export declare function rewriteManifestUrls(xml: string, hostUrl: string): string;
export declare function hostUrlFromEnvironment(
  environment?: Record<string, string | undefined>,
): string | null;
