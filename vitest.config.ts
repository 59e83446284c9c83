import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  define: { SMM_PREP_VERSION: JSON.stringify(pkg.version) },
  test: {
    include: ["tests/**/*.test.ts"],
    // Commands read the built-in banks that `npm run build` compiled; tests never see the real home.
    env: { SMM_PREP_BUILTIN_DIR: new URL("./dist/content/", import.meta.url).pathname},
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 20_000,
  },
});
