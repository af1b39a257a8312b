// ESLint 9 flat config. `npm run lint` runs `tsc --noEmit` first (types), then this (code rules);
// Prettier owns formatting (.prettierrc.json; eslint-config-prettier turns the overlapping rules off).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      // XML and text cleaning match control characters on purpose (XML 1.0 forbids most of them).
      "no-control-regex": "off",
      "prefer-const": "error",
    },
  },
  {
    // The product: browser code, except the command line. Nothing is swallowed into the console
    // (DEVELOPERS.md, "Errors"): the add-in shows messages, the command line writes through its
    // CliOutput.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    rules: { "no-console": "error" },
  },
  {
    files: ["src/cli/**/*.ts"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Office.js edges: Microsoft's rules for load/sync mistakes.
    files: ["src/excel/**/*.ts", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      // A warning: the edge syncs once per ~4 MB batch on purpose (docs/addin.md); a sync per row
      // would be the mistake this rule is about.
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Tests, benchmarks, build scripts and configs run in Node and print freely.
    files: [
      "src/**/*.test.{ts,tsx}",
      "test/**/*.{ts,tsx}",
      "bench/**/*.ts",
      "scripts/**/*.{js,mjs,cjs,mts}",
      "bin/**/*.cjs",
      "*.{js,mjs,cjs}",
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-console": "off" },
  },
  {
    // Fakes of Office.js objects keep references to their owners.
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The browser harness pages of the task pane tests.
    files: ["test/taskpane/harness/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
);
