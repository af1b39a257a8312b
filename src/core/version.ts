/** The product's version, written into every stamp; test/version.test.ts keeps it equal to package.json. */
export const PRODUCT_VERSION = "0.1.0";
