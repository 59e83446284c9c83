// Rubric → compiled matchers, done once per question: keywords are normalised, stemmed and split
// into required and optional words here so that grading an answer only looks things up.
import { SCALES, type Keyword, type Keyworded, type Lang, type RedFlag, type Rubric } from "../content/types.js";
import type { Language } from "./lang/registry.js";
import { formsFor, formsVersion } from "./morphology.js";
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
  lang: Language | null;
  /** Long enough (and all letters) to forgive one typo. */
  fuzzy: boolean;
  /** For two-letter acronyms, the capitals the answer must use ("ER"): "er" is too common a word. */
  caps: string | null;
  /** The word's lemma has other written forms in the forms table (заявка → заявок, buy → bought). */
  hasForms: boolean;
  /** Rule-based lemma keys (Greek verb forms): an answer word sharing one matches. */
  keys: readonly string[];
  /** Identifies how the word is looked up, so keywords sharing a word share the lookup. */
  key: string;
  /**
   * The answer this word was last looked up in, and where it was found there. Grading is synchronous,
   * and every keyword sharing the word shares this object (see compileWord), so an answer's lookups are
   * kept here rather than in a map keyed by the word: the map lookup was a third of the grading time.
   */
  seenIn: object | null;
  seenAt: number[];
}

/** A word or phrase keyword, ready to look up. */
export interface CompiledPhrase {
  type: "phrase";
  text: string;
  words: CompiledWord[];
  /** The keyword's own function words: optional, and not counted as gap words when present. */
  optional: ReadonlySet<string>;
  /**
   * For each word after the first, the keyword's own linking words before it (prepositions,
   * conjunctions; not articles), or null when there are none. Other words may fill a gap, but not
   * take a link's place: "go with the flow" is not "goes to the support flow".
   */
  links: (ReadonlySet<string> | null)[];
  /** The negation words the keyword states itself ("don't feed the trolls"): the same word before it does not undo it. */
  negations: ReadonlySet<string>;
  /** The keyword holds a stacking negation (не, δεν, μην), so a Russian or Greek negation before it adds to it. */
  concord: boolean;
  /** Sense guards: the phrase does not count when one of these stands right next to it. */
  unless: CompiledPhrase[];
}

/** Co-occurrence: one of each part's alternatives, all in one sentence, in any order. */
export interface CompiledAll {
  type: "all";
  text: string;
  parts: CompiledPhrase[][];
  /**
   * The negations its parts state themselves (null when none does): they belong to the whole form, so
   * in {all: ["I don't check", stats]} the "don't" of the first part does not take back the second.
   */
  stated: Pick<CompiledPhrase, "negations" | "concord"> | null;
}

/** A number range, already multiplied out by its scale. */
export interface CompiledRange {
  type: "range";
  text: string;
  lo: number;
  hi: number;
  /** The unscaled bounds: a number said without its scale word is compared with these. */
  bareLo: number;
  bareHi: number;
  percent: boolean;
}

/** One compiled keyword in any of its forms. */
export type CompiledKeyword = CompiledPhrase | CompiledAll | CompiledRange;

/** A concept or red flag with its keywords compiled; `practice` keywords count only when endorsed. */
export interface CompiledItem {
  id: string;
  label: string;
  weight: number;
  keywords: CompiledKeyword[];
  practice: CompiledKeyword[];
}

/** A question's rubric, compiled; make it once with compileRubric and reuse it. */
export interface CompiledRubric {
  pass: number;
  concepts: CompiledItem[];
  redFlags: CompiledItem[];
}

const LETTERS = /^\p{L}+$/u;
const NONE: readonly string[] = [];
const NO_POSITIONS: number[] = [];

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

// One object per distinct keyword word (for the forms table in use), shared by every keyword that says it.
const INTERN_LIMIT = 100_000;
const interned = new Map<string, CompiledWord>();
let internedForms = -1;

/** The compiled form of one keyword word, shared with every other keyword that has the same word. */
function compileWord(t: Token): CompiledWord {
  if (internedForms !== formsVersion() || interned.size >= INTERN_LIMIT) {
    interned.clear();
    internedForms = formsVersion();
  }
  const word = buildWord(t);
  const known = interned.get(word.key);
  if (known) return known;
  interned.set(word.key, word);
  return word;
}

function buildWord(t: Token): CompiledWord {
  const key = (kind: WordKind, norm: string, caps: string | null = null) => `${kind}\u0000${norm}\u0000${caps ?? ""}`;
  // Every word is made by this one literal, fields in one order: the matcher reads words by the
  // hundred per answer, and objects of one shape keep those reads fast.
  const make = (kind: WordKind, norm: string, stem: string, fuzzy: boolean, caps: string | null, hasForms: boolean, keys: readonly string[], id: string): CompiledWord => ({
    kind, norm, stem, script: t.script, lang: t.lang, fuzzy, caps, hasForms, keys, key: id, seenIn: null, seenAt: NO_POSITIONS,
  });
  if (t.number) return make("number", t.norm, t.norm, false, null, false, NONE, key("number", t.norm));
  const acronym = acronymOf(t);
  if (acronym) return make("acronym", acronym.norm, acronym.norm, false, acronym.caps, false, NONE, key("acronym", acronym.norm, acronym.caps));
  const fuzzy = t.norm.length >= MIN_TYPO_LETTERS && LETTERS.test(t.norm);
  const hasForms = formsFor(t.norm).length > 0;
  return make("word", t.norm, t.stem, fuzzy, null, hasForms, t.keys, key("word", `${t.lang?.code ?? ""}:${t.norm}`));
}

/** Compiles one word or phrase keyword in language `lang`; null when it has no words at all (only punctuation). */
function compilePhrase(text: string, lang = "", unless: readonly string[] = [], guard = false): CompiledPhrase | null {
  const clean = cleanText(String(text)).text;
  const tokens = tokenize(clean, lang);
  if (tokens.length === 0) return null;
  // A function word joined by a slash is a symbol, not an article: the A of "A/B test" is required.
  // A sense guard keeps its function words: "later on" must not shrink to "later".
  const isOptional = (t: Token) => !guard && (t.lang?.functionWords.has(t.norm) ?? false) && clean[t.start - 1] !== "/" && clean[t.end] !== "/";
  const required = tokens.filter((t) => !isOptional(t));
  // A keyword made only of function words keeps them all.
  const words = (required.length > 0 ? required : tokens).map(compileWord);
  const optional = new Set(required.length > 0 ? tokens.filter(isOptional).map((t) => t.norm) : []);
  const negations = new Set(tokens.filter((t) => t.lang?.isNegation(t)).map((t) => t.norm));
  const concord = tokens.some((t) => t.lang?.concordNegations.has(t.norm));
  const guards = unless.map((u) => compilePhrase(u, lang, [], true)).filter((g): g is CompiledPhrase => g !== null);
  return { type: "phrase", text: String(text), words, optional, links: linksOf(tokens, isOptional, required.length > 0), negations, concord, unless: guards };
}

/** The keyword's linking words before each of its required words (see CompiledPhrase.links). */
function linksOf(tokens: Token[], isOptional: (t: Token) => boolean, split: boolean): (ReadonlySet<string> | null)[] {
  const links: (ReadonlySet<string> | null)[] = [];
  if (!split) return tokens.map(() => null);
  let pending: Set<string> | null = null;
  let seenRequired = false;
  for (const t of tokens) {
    if (isOptional(t)) {
      if (seenRequired && !t.lang?.articles.has(t.norm)) (pending ??= new Set()).add(t.norm);
      continue;
    }
    links.push(seenRequired ? pending : null);
    pending = null;
    seenRequired = true;
  }
  return links;
}

/** The negations the parts of a co-occurrence state themselves, or null when none does. */
function statedNegations(parts: CompiledPhrase[][]): CompiledAll["stated"] {
  const negations = new Set<string>();
  let concord = false;
  for (const kw of parts.flat()) {
    for (const n of kw.negations) negations.add(n);
    concord ||= kw.concord;
  }
  return negations.size > 0 ? { negations, concord } : null;
}

/** Compiles one keyword in any form; null when it can never match. */
function compileKeyword(k: Keyword, lang = ""): CompiledKeyword | null {
  if (typeof k === "string" || typeof k === "number") return compilePhrase(String(k), lang);
  if ("all" in k) {
    const parts = k.all.map((part) => (Array.isArray(part) ? part : [part]).map((p) => compilePhrase(p, lang)).filter((p): p is CompiledPhrase => p !== null));
    if (parts.length === 0 || parts.some((p) => p.length === 0)) return null;
    return { type: "all", text: k.all.map((p) => (Array.isArray(p) ? p.join("/") : p)).join(" + "), parts, stated: statedNegations(parts) };
  }
  if ("between" in k) {
    const [lo, hi] = k.between;
    const scale = k.scale ? SCALES[k.scale] : 1;
    const text = `${lo}–${hi}${k.scale ? ` ${k.scale}` : ""}${k.unit === "percent" ? " %" : ""}`;
    return { type: "range", text, lo: lo * scale, hi: hi * scale, bareLo: lo, bareHi: hi, percent: k.unit === "percent" };
  }
  return compilePhrase(k.keyword, lang, k.unless);
}

/** A usable weight: a missing or broken weight counts 1, a negative one 0. */
function weightOf(w: unknown): number {
  if (typeof w !== "number" || !Number.isFinite(w)) return 1;
  return Math.max(0, w);
}

function compileList(list: readonly Keyword[] | undefined, lang: string): CompiledKeyword[] {
  return (list ?? []).map((k) => compileKeyword(k, lang)).filter((k): k is CompiledKeyword => k !== null);
}

function compileItem(item: Keyworded & Partial<RedFlag>, weight: number, lang: string): CompiledItem {
  return { id: item.id, label: item.label, weight, keywords: compileList(item.keywords, lang), practice: compileList(item.practice, lang) };
}

/** Compiles a rubric once per question: normalised and stemmed keywords, ready for gradeAnswer. */
export function compileRubric(rubric: Rubric, lang: Lang): CompiledRubric {
  return {
    pass: rubric.pass,
    concepts: (rubric.concepts ?? []).map((c) => compileItem(c, weightOf(c.weight), lang)),
    redFlags: (rubric.redFlags ?? []).map((f) => compileItem(f, 0, lang)),
  };
}
