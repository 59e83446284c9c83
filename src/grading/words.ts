// Word segmentation (keyword rule 2): Intl.Segmenter words, numbers kept whole, punctuation remembered.
import { normalizeNumber, normalizeRun, type Script } from "./normalize.js";
import { splitRuns } from "./scripts.js";
import { stemOf } from "./stem.js";

/**
 * What separates a word from the one before it: None (spaces, hyphens, quotes, brackets, symbols),
 * Clause (a comma, colon, dash or single line break: ends a negation's reach) or Sentence (a full stop,
 * ?, !, ;, … or blank line: also ends a phrase).
 */
export const Break = { None: 0, Clause: 1, Sentence: 2 } as const;
export type Break = (typeof Break)[keyof typeof Break];

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

// Intl.Segmenter is super-linear in the length it is given; ~1 KB pieces keep it linear overall.
const CHUNK = 1024;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE = /[.!?;…。！？；·\u0387]/;
const CLAUSE = /[,:\u2012-\u2015\u2E3A\u2E3B،、]/;

let segmenter: Intl.Segmenter | null = null;

/** Cut points of a text into pieces of at most CHUNK units, preferring whitespace, never inside a surrogate pair. */
function* pieces(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      let cut = end;
      while (cut > start + (CHUNK >> 1) && !/\s/.test(text[cut] ?? "")) cut--;
      if (cut > start + (CHUNK >> 1)) end = cut;
      else if (/[\uDC00-\uDFFF]/.test(text[end] ?? "")) end--;
    }
    yield [start, end];
    start = end;
  }
}

/** How strongly a stretch of non-word text separates the words around it. */
function breakOf(gap: string): Break {
  if (gap === " " || gap === "") return Break.None;
  const nfkc = gap.normalize("NFKC");
  if (SENTENCE.test(nfkc) || /\n\s*\n/.test(nfkc)) return Break.Sentence;
  if (CLAUSE.test(nfkc) || nfkc.includes("\n") || (/-/.test(nfkc) && /\s/.test(nfkc))) return Break.Clause;
  return Break.None;
}

/** Shortens a long run of non-word text (200 KB of emoji) to a mark of its strongest break plus its tail. */
function collapse(gap: string): string {
  const b = breakOf(gap);
  return (b === Break.Sentence ? "." : b === Break.Clause ? "," : "") + gap.slice(-8);
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

// The segmenter keeps "sales.Then", "goals:traffic" and "U.S.A" whole; a stop between letters splits them
// (a stop between digits stays: 58.4).
const INNER_STOP = /(?<!\p{N})[.:·](?=.)|(?<=.)[.:·](?!\p{N})/u;

/** Splits cleaned text into word tokens, each knowing what punctuation stood before it. */
export function tokenize(text: string): Token[] {
  segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  const tokens: Token[] = [];
  let gap = "";
  const addWord = (word: string, at: number): void => {
    let start = at;
    // "#hashtag" and "@name" are written words of their own; the sign is shown but not compared.
    if (start > 0 && /[#@＃＠]/.test(text[start - 1] ?? "")) start--;
    let brk = breakOf(gap);
    gap = "";
    for (const form of formsOf(word)) {
      tokens.push({ ...form, start, end: at + word.length, brk });
      brk = Break.None;
    }
  };
  for (const [from, to] of pieces(text)) {
    for (const seg of segmenter.segment(text.slice(from, to))) {
      const s = seg.segment;
      if (!seg.isWordLike || !LETTER_OR_DIGIT.test(s)) {
        gap += s;
        if (gap.length > 256) gap = collapse(gap);
        continue;
      }
      if (!INNER_STOP.test(s)) {
        addWord(s, from + seg.index);
        continue;
      }
      let at = from + seg.index;
      for (const part of s.split(new RegExp(INNER_STOP.source, "gu"))) {
        if (LETTER_OR_DIGIT.test(part)) addWord(part, at);
        else gap += part;
        at += part.length + 1;
        gap += ",";
      }
    }
  }
  return tokens;
}
