// Build step for keyword expansion: the other surface forms of every keyword word of the built-in
// banks (written by the build to dist/content/forms.json, so grading them never loads a dictionary),
// and the Russian dictionaries copied into dist/ for the banks users add at run time.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Bank } from "../src/content/types.js";
import { keywordWords } from "../src/io/forms.js";
import { azDictDir, expandForms } from "../src/io/morphology.js";

/** The files az's Morph.init reads (meta.json is not one of them). */
export const AZ_DICT_FILES = [
  "words.dawg",
  "prediction-suffixes-0.dawg",
  "prediction-suffixes-1.dawg",
  "prediction-suffixes-2.dawg",
  "p_t_given_w.intdawg",
  "grammemes.json",
  "gramtab-opencorpora-int.json",
  "gramtab-opencorpora-ext.json",
  "suffixes.json",
  "paradigms.array",
] as const;

/** The folder, relative to dist/, where the bundle looks for az's dictionaries (see azDictDir). */
export const AZ_DIST_DIR = join("dicts", "az");

/** Copies az's dictionaries into `outDir`/dicts/az, where the bundled CLI finds them. */
export function copyMorphologyData(outDir: string): void {
  const from = azDictDir();
  const to = join(outDir, AZ_DIST_DIR);
  mkdirSync(to, { recursive: true });
  for (const file of AZ_DICT_FILES) copyFileSync(join(from, file), join(to, file));
}

/** The other surface forms of every keyword word of the banks, for dist/content/forms.json (a word with none maps to []). */
export async function buildForms(banks: readonly Bank[]): Promise<Record<string, string[]>> {
  const words = keywordWords(banks.flatMap((b) => b.questions));
  const forms = await expandForms(words);
  return Object.fromEntries(words.map((w) => [w.norm, Object.hasOwn(forms, w.norm) ? forms[w.norm] ?? [] : []]));
}
