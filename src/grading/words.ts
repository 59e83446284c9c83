// Word segmentation (keyword rule 2): Intl.Segmenter words, numbers kept whole, punctuation remembered.
import { normalizeNumber, normalizeRun, type Script } from "./normalize.js";
import { splitRuns } from "./scripts.js";
import { languageFor, type Language } from "./lang/registry.js";
import { Break, breakOf, forEachWord } from "./segment.js";

export { Break } from "./segment.js";

/** One word of a text (or one single-script run of a mixed word such as "KPIшки"). */
export interface Token {
  /** Normalised form: case-folded, accent-free for Greek and Latin, ё→е, apostrophes removed. */
  norm: string;
  stem: string;
  script: Script;
  number: boolean;
  /** The language the word is read in (by its script and the answer's language); null for other scripts and numbers. */
  lang: Language | null;
  /** Rule-based lemma keys (e.g. a Greek aorist's present form): another way for two forms to meet. */
  keys: readonly string[];
  /** The run as written after NFKC (case kept), for acronym checks. */
  orig: string;
  /** Start and end of the whole written word in the cleaned text, a leading # or @ included. */
  start: number;
  end: number;
  brk: Break;
  /** The text before this word closed a question ("?" or the Greek ";"): "Buy followers? Never." */
  question: boolean;
  /** The text before this word held a dash or a colon: "Покупать подписчиков — нет", "Likes: not the goal". */
  dash: boolean;
}

/** What a written word compares as: one form per single-script run ("KPIшки" has two). */
type Form = Pick<Token, "norm" | "stem" | "script" | "number" | "orig" | "lang" | "keys">;

// Answers repeat their words; normalising and stemming each distinct word once is most of the speed.
const FORM_CACHE_LIMIT = 50_000;
const formCaches = new Map<string, Map<string, Form[]>>();

const NO_KEYS: readonly string[] = [];
// "1080x1080", "1080×1080": a size is two numbers (the letter may be Latin x or Cyrillic х).
const SIZE = /^([0-9]+)[xх×]([0-9]+)$/iu;

/** The comparable forms of one written word in an answer of language `lang`, cached. */
function formsOf(word: string, lang: string): Form[] {
  let formCache = formCaches.get(lang);
  if (!formCache) formCaches.set(lang, (formCache = new Map()));
  const hit = formCache.get(word);
  if (hit) return hit;
  const forms: Form[] = [];
  const nfkc = word.normalize("NFKC");
  const size = SIZE.exec(nfkc);
  const runs = size ? [size[1] ?? "", size[2] ?? ""].map((text) => ({ text, script: "other" as const, number: true })) : splitRuns(nfkc);
  for (const run of runs) {
    const norm = run.number ? normalizeNumber(run.text) : normalizeRun(run.text, run.script);
    if (!norm) continue;
    const language = run.number ? null : languageFor(run.script, lang);
    const stem = language ? language.stem(norm) : norm;
    const keys = language ? language.lemmaKeys(norm) : NO_KEYS;
    forms.push({ norm, stem, script: run.script, number: run.number, orig: run.text, lang: language, keys });
  }
  if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
  formCache.set(word, forms);
  return forms;
}

const INNER_STOP = /(?<!\p{N})[.:·](?=.)|(?<=.)[.:·](?!\p{N})/u;
const INNER_STOPS = new RegExp(INNER_STOP.source, "gu");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Splits cleaned text into word tokens, each knowing what punctuation stood before it; `lang` is the text's language. */
export function tokenize(text: string, lang = ""): Token[] {
  const tokens: Token[] = [];
  let question = false;
  let dash = false;
  const add = (word: string, at: number, brk: Break): void => {
    let start = at;
    // "#hashtag" and "@name" are written words of their own; the sign is shown but not compared.
    const before = text.charCodeAt(at - 1);
    if (before === 0x23 || before === 0x40 || before === 0xff03 || before === 0xff20) start--;
    let b = brk;
    for (const form of formsOf(word, lang)) {
      const { norm, stem, script, number, orig, lang: language, keys } = form;
      tokens.push({ norm, stem, script, number, orig, lang: language, keys, start, end: at + word.length, brk: b, question, dash });
      b = Break.None;
      question = false;
      dash = false;
    }
  };
  forEachWord(text, (word, at, gap) => {
    const brk = breakOf(gap);
    // A ";" is a question mark only in Greek text; elsewhere it ends a sentence like a full stop.
    question = brk === Break.Sentence && (gap.includes("?") || gap.includes("？") || (lang === "el" && /[;\u037E]/.test(gap)));
    dash = brk === Break.Clause && /[:\u2012-\u2015]|\s-|-\s/.test(gap);
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
