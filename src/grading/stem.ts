// The one module that wraps the stemmer packages (keyword rule 3). It calls the raw stemming step on
// words this package has already normalised: the packages' own normalisers would fold й into и.
import StemmerEl from "@nlpjs/lang-el/src/stemmer-el.js";
import StemmerEn from "@nlpjs/lang-en-min/src/stemmer-en.js";
import StemmerRu from "@nlpjs/lang-ru/src/stemmer-ru.js";
import type { Script } from "./normalize.js";

// No real word is this long; longer "words" (pasted URLs, keyboard mashing) are compared as they are.
const MAX_STEM_INPUT = 48;
// The packages' built-in caches never shrink; ours is bounded so a long-running quiz cannot grow forever.
const CACHE_LIMIT = 50_000;

interface Stemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

let stemmers: Record<"latin" | "cyrillic" | "greek", Stemmer> | null = null;
const cache = new Map<string, string>();

function stemmerFor(script: "latin" | "cyrillic" | "greek"): Stemmer {
  stemmers ??= { latin: new StemmerEn(), cyrillic: new StemmerRu(), greek: new StemmerEl() };
  return stemmers[script];
}

/** The stem of a normalised single-script word: Russian, Greek or English (Porter2) Snowball by script. */
export function stemOf(norm: string, script: Script): string {
  if (script === "other" || norm.length < 2 || norm.length > MAX_STEM_INPUT) return norm;
  const key = `${script[0]}${norm}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const stemmer = stemmerFor(script);
  stemmer.setCurrent(norm);
  stemmer.innerStem();
  const stem = stemmer.getCurrent() || norm;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, stem);
  return stem;
}
