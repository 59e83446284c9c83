// Rubric → compiled matchers, done once per question: keywords are normalised, stemmed and split
// into required and optional words here so that grading an answer only looks things up.
import type { Keyworded, Lang, Rubric } from "../content/types.js";
import { CONCORD_NEGATIONS, FUNCTION_WORDS, NEGATIONS } from "./lexicon.js";
import { cleanText, type Script } from "./normalize.js";
import { MIN_TYPO_LETTERS } from "./typo.js";
import { tokenize, type Token } from "./words.js";

/** How a keyword word is compared: by stem, as an exact number, or as an acronym. */
export type WordKind = "word" | "number" | "acronym";

/** One required word of a keyword. */
export interface CompiledWord {
  kind: WordKind;
  /** Normalised form; for an acronym, lower case without a plural s. */
  norm: string;
  stem: string;
  script: Script;
  /** Long enough (and all letters) to forgive one typo. */
  fuzzy: boolean;
  /** For two-letter acronyms, the capitals the answer must use ("ER"): "er" is too common a word. */
  caps: string | null;
  /** Identifies how the word is looked up, so keywords sharing a word share the lookup. */
  key: string;
}

/** One keyword, ready to look up. */
export interface CompiledKeyword {
  text: string;
  words: CompiledWord[];
  /** The keyword's own function words: optional, and not counted as gap words when present. */
  optional: ReadonlySet<string>;
  /**
   * The negation words the keyword states itself ("don't feed the trolls"): the same word before it
   * does not undo it.
   */
  negations: ReadonlySet<string>;
  /** The keyword holds a stacking negation (не, δεν, μην), so a Russian or Greek negation before it adds to it. */
  concord: boolean;
}

/** A concept or red flag with its keywords compiled. */
export interface CompiledItem {
  id: string;
  label: string;
  weight: number;
  keywords: CompiledKeyword[];
}

/** A question's rubric, compiled for one language; make it once with compileRubric and reuse it. */
export interface CompiledRubric {
  lang: Lang;
  pass: number;
  concepts: CompiledItem[];
  redFlags: CompiledItem[];
}

const LETTERS = /^\p{L}+$/u;

/** The acronym a keyword word spells (KPI, KPIs, KPI's → "kpi"), or null when it is an ordinary word. */
function acronymOf(t: Token): { norm: string; caps: string | null } | null {
  const letters = Array.from(t.orig.replace(/'/g, "")).filter((ch) => /\p{L}/u.test(ch));
  let body = letters;
  if (t.script === "latin" && letters.length >= 3 && letters[letters.length - 1] === "s") body = letters.slice(0, -1);
  if (body.length < 2 || !body.every((ch) => ch !== ch.toLowerCase())) return null;
  const plural = body.length < letters.length;
  const norm = plural ? t.norm.slice(0, -1) : t.norm;
  // Only a bare two-letter acronym ("ER") must be written in capitals; "GA4" or "B2B" is unambiguous in any case.
  const written = t.orig.replace(/'/g, "");
  const twoLetters = body.length === 2 && !/\p{N}/u.test(written);
  return { norm, caps: twoLetters ? (plural ? written.slice(0, -1) : written) : null };
}

function compileWord(t: Token): CompiledWord {
  const key = (kind: WordKind, norm: string, caps: string | null = null) => `${kind}\u0000${norm}\u0000${caps ?? ""}`;
  if (t.number) return { kind: "number", norm: t.norm, stem: t.norm, script: t.script, fuzzy: false, caps: null, key: key("number", t.norm) };
  const acronym = acronymOf(t);
  if (acronym) {
    const { norm, caps } = acronym;
    return { kind: "acronym", norm, stem: norm, script: t.script, fuzzy: false, caps, key: key("acronym", norm, caps) };
  }
  const fuzzy = t.norm.length >= MIN_TYPO_LETTERS && LETTERS.test(t.norm);
  return { kind: "word", norm: t.norm, stem: t.stem, script: t.script, fuzzy, caps: null, key: key("word", t.norm) };
}

/** Compiles one keyword; null when it has no words at all (only punctuation). */
export function compileKeyword(text: string): CompiledKeyword | null {
  const clean = cleanText(String(text)).text;
  const tokens = tokenize(clean);
  if (tokens.length === 0) return null;
  // A function word joined by a slash is a symbol, not an article: the A of "A/B test" is required.
  const isOptional = (t: Token) => FUNCTION_WORDS.has(t.norm) && clean[t.start - 1] !== "/" && clean[t.end] !== "/";
  const required = tokens.filter((t) => !isOptional(t));
  // A keyword made only of function words keeps them all.
  const words = (required.length > 0 ? required : tokens).map(compileWord);
  const optional = new Set(required.length > 0 ? tokens.filter(isOptional).map((t) => t.norm) : []);
  const negations = new Set(tokens.filter((t) => NEGATIONS.has(t.norm)).map((t) => t.norm));
  const concord = tokens.some((t) => CONCORD_NEGATIONS.has(t.norm));
  return { text: String(text), words, optional, negations, concord };
}

/** A usable weight: a missing or broken weight counts 1, a negative one 0. */
function weightOf(w: unknown): number {
  if (typeof w !== "number" || !Number.isFinite(w)) return 1;
  return Math.max(0, w);
}

function compileItem(item: Keyworded, weight: number): CompiledItem {
  const keywords = (item.keywords ?? []).map(compileKeyword).filter((k): k is CompiledKeyword => k !== null);
  return { id: item.id, label: item.label, weight, keywords };
}

/** Compiles a rubric once per question: normalised and stemmed keywords, ready for gradeAnswer. */
export function compileRubric(rubric: Rubric, lang: Lang): CompiledRubric {
  return {
    lang,
    pass: rubric.pass,
    concepts: (rubric.concepts ?? []).map((c) => compileItem(c, weightOf(c.weight))),
    redFlags: (rubric.redFlags ?? []).map((f) => compileItem(f, 0)),
  };
}
