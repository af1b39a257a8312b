/**
 * The web host the manifest points at. manifest.xml in the repository points at the dev server,
 * https://localhost:3000/; a production build for an organisation's own HTTPS server rewrites every
 * such URL to the host in ADDIN_HOST_URL. webpack.config.js writes dist/manifest.xml with
 * rewriteManifestUrls, and scripts/validate-manifest.mjs and test/manifest.test.ts check its output
 * against the Office schemas.
 */

/** Where every URL in manifest.xml points: the dev server (scripts/dev-server.mjs). */
export const DEV_HOST_URL = "https://localhost:3000/";

/**
 * `https://intranet.example/chibo4tot` → `https://intranet.example/chibo4tot/`. Office loads
 * add-ins only over HTTPS, and the URL is a folder the files of dist/ are served from.
 */
export function normaliseHostUrl(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new Error(`ADDIN_HOST_URL is not a URL: "${text}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_HOST_URL must start with https:// (Office loads add-ins only over HTTPS): "${text}"`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_HOST_URL must be a plain folder URL, without query, fragment or credentials: "${text}"`,
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The manifest with every URL under DEV_HOST_URL moved to hostUrl. */
export function rewriteManifestUrls(xml, hostUrl) {
  const host = normaliseHostUrl(hostUrl);
  if (!xml.includes(DEV_HOST_URL)) {
    throw new Error(`the manifest has no URL under ${DEV_HOST_URL} to rewrite`);
  }
  return xml.replaceAll(DEV_HOST_URL, escapeXml(host));
}

/** ADDIN_HOST_URL from the environment, normalised; null when it is not set. */
export function hostUrlFromEnvironment(environment = process.env) {
  const value = environment.ADDIN_HOST_URL?.trim();
  return value ? normaliseHostUrl(value) : null;
}
