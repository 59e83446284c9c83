import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A fresh temporary folder to use as SMM_PREP_HOME (data and cache), never the real home. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), "smm-prep-home-"));
}

/** The project root, for paths to fixtures and the built binary. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The environment every command under test runs with: a temp home, no colour, English, built-in banks. */
export function testEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    SMM_PREP_HOME: tempHome(),
    SMM_PREP_BUILTIN_DIR: join(ROOT, "dist/content/"),
    LANG: "C",
    NO_COLOR: "1",
    ...extra,
  };
}
