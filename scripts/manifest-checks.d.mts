/** Types of scripts/manifest-checks.mjs, for test/manifest.test.ts. */
export declare const ROOT: string;
export declare const SCHEMA_DIR: string;
export declare const SCHEMA: string;
export declare function schemaAvailable(): boolean;
export declare function validateAgainstSchema(file: string): { valid: boolean; output: string };
export declare function readWithOfficeAddinManifest(file: string): Promise<{
  id?: string;
  version?: string;
  displayName?: string;
  defaultLocale?: string;
  officeAppType?: string;
  hosts?: string[];
  permissions?: string;
  defaultSettings?: { sourceLocation?: string };
}>;
export declare function manifestUrls(xml: string): string[];
