/**
 * The engine's one front door. Everything outside src/core imports from here, never from a file
 * inside. The engine is pure: grid in, findings and scores out; it imports nothing from Office,
 * exceljs, React or Node (test/architecture.test.ts checks this).
 */

// Shapes shared by every edge
export * from "./grid/grid";
export * from "./grid/address";
export * from "./report/report";
export * from "./report/evaluation";
export * from "./layout/layout";
export * from "./ruleset/ruleset";
export * from "./marks/marks";
export * from "./share/share";
export { PRODUCT_VERSION } from "./version";

// --- evaluation (engine): discovery, values, rules, scores, rulesets, messages ---
// (exports added by the engine's owner below this line)

// --- sharing: marks, fingerprint, stamp, report sheet, consolidation ---
// (exports added by the sharing part's owner below this line)
