// Word segmentation (keyword rule 2): Intl.Segmenter words, numbers kept whole, punctuation remembered.
import { normalizeNumber, normalizeRun, type Script } from "./normalize.js";
import { splitRuns } from "./scripts.js";
import { Break, breakOf, forEachWord } from "./segment.js";
import { stemOf } from "./stem.js";

export { Break } from "./segment.js";

/** One word of a text (or one single-script run of a mixed word such as "KPIшки"). */
export interface Token {
  /** Normalised form: case-folded, accent-free for Greek and Latin, ё→е, apostrophes removed. */
  norm: string;
  stem: string;
  script: Script;
  number: boolean;
  /** The run as written after NFKC (case kept), for acronym checks. */
  orig: string;
  /** Start and end of the whole written word in the cleaned text, a leading # or @ included. */
  start: number;
  end: number;
  brk: Break;
}

/** What a written word compares as: one form per single-script run ("KPIшки" has two). */
type Form = Pick<Token, "norm" | "stem" | "script" | "number" | "orig">;

// Answers repeat their words; normalising and stemming each distinct word once is most of the speed.
const FORM_CACHE_LIMIT = 50_000;
const formCache = new Map<string, Form[]>();

/** The comparable forms of one written word, cached. */
function formsOf(word: string): Form[] {
  const hit = formCache.get(word);
  if (hit) return hit;
  const forms: Form[] = [];
  for (const run of splitRuns(word.normalize("NFKC"))) {
    const norm = run.number ? normalizeNumber(run.text) : normalizeRun(run.text, run.script);
    if (!norm) continue;
    forms.push({ norm, stem: run.number ? norm : stemOf(norm, run.script), script: run.script, number: run.number, orig: run.text });
  }
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  formCache.set(word, forms);
  return forms;
}

const INNER_STOP = /(?<!\p{N})[.:·](?=.)|(?<=.)[.:·](?!\p{N})/u;
const INNER_STOPS = new RegExp(INNER_STOP.source, "gu");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Splits cleaned text into word tokens, each knowing what punctuation stood before it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const add = (word: string, at: number, brk: Break): void => {
    let start = at;
    // "#hashtag" and "@name" are written words of their own; the sign is shown but not compared.
    const before = text.charCodeAt(at - 1);
    if (before === 0x23 || before === 0x40 || before === 0xff03 || before === 0xff20) start--;
    let b = brk;
    for (const form of formsOf(word)) {
      tokens.push({ norm: form.norm, stem: form.stem, script: form.script, number: form.number, orig: form.orig, start, end: at + word.length, brk: b });
      b = Break.None;
    }
  };
  forEachWord(text, (word, at, gap) => {
    const brk = breakOf(gap);
    if (!/[.:·]/.test(word) || !INNER_STOP.test(word)) return add(word, at, brk);
    // The segmenter keeps "sales.Then", "goals:traffic" and "U.S.A" whole; a stop between letters
    // splits them like a comma would (a stop between digits stays: 58.4).
    let offset = at;
    let b: Break = brk;
    for (const part of word.split(INNER_STOPS)) {
      if (LETTER_OR_DIGIT.test(part)) { add(part, offset, b); b = Break.Clause; }
      offset += part.length + 1;
    }
  });
  return tokens;
}
