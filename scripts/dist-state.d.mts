/** Types of scripts/dist-state.mjs, for the TypeScript tests that import it. */
export declare const ROOT: string;
export declare const DIST: string;
export declare const BUILD_INPUTS: readonly string[];
export declare function distStaleReason(): string | null;
