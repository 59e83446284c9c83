// Installs the graded examples of the built-in questions (see grading/examples.ts), which the build
// wrote to dist/content/examples.<lang>.json; each language's file read once, and only by the
// commands that grade.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../content/types.js";
import { useExamples, type ExampleSet } from "../grading/index.js";

const installed = new Set<Lang>();

/** Makes sure the grader has the graded examples of the built-in questions in these languages (none, quietly, in a partial build). */
export async function installExamples(builtinDir: string, langs: readonly Lang[]): Promise<void> {
  for (const lang of langs) {
    if (installed.has(lang)) continue;
    installed.add(lang);
    try {
      useExamples(JSON.parse(await readFile(join(builtinDir, `examples.${lang}.json`), "utf8")) as Record<string, ExampleSet | string>);
    } catch {
      // No file (a partial build): answers are graded by their rubric's keywords alone.
    }
  }
}
