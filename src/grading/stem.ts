// The stem of a word, by the language its script belongs to (see lang/registry.ts).
import { languageFor } from "./lang/registry.js";
import type { Script } from "./normalize.js";

/** The stem of a normalised single-script word, read in `lang` when that language uses the script. */
export function stemOf(norm: string, script: Script, lang?: string): string {
  return languageFor(script, lang)?.stem(norm) ?? norm;
}
