// The languages the grader knows, and which one a word belongs to. A word's language is the answer's
// own language when that language is written in the word's script, else the default language of the
// script (Latin → English, so "Reels" in a Russian answer is stemmed as English).
import type { Script } from "../normalize.js";
import { el } from "./el.js";
import { en } from "./en.js";
import { ru } from "./ru.js";
import type { LanguageDefinition, Stemmer } from "./types.js";

/** A language definition with its word lists turned into sets, ready for lookups. */
export interface Language {
  def: LanguageDefinition;
  code: string;
  script: Exclude<Script, "other">;
  stem(norm: string): string;
  lemmaKeys(norm: string): readonly string[];
  functionWords: ReadonlySet<string>;
  glueWords: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  concordNegations: ReadonlySet<string>;
  /** A word is a negation: its normalised form is one, and it is not written as a homograph ("πότε"). */
  isNegation(t: { norm: string; orig: string }): boolean;
  contrastWords: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  verbEndings: readonly string[];
  contrastPhrases: readonly (readonly string[])[];
  otherGroups: readonly (readonly string[])[];
  pastMarkers: readonly (readonly string[])[];
  cleftOpeners: readonly (readonly string[])[];
  cleftCopulas: ReadonlySet<string>;
  cleftVerbEndings: readonly string[];
  verbParticles: ReadonlySet<string>;
  purposeWords: ReadonlySet<string>;
  purposeOpeners: ReadonlySet<string>;
  conditionWords: ReadonlySet<string>;
  nowMarkers: readonly (readonly string[])[];
  adoptionMarkers: readonly (readonly string[])[];
  /** Post-negation triggers as stem sequences. */
  postNegations(): readonly (readonly string[])[];
  pseudoNegations: ReadonlySet<string>;
  scopeTerminators: ReadonlySet<string>;
  bareNegationFillers: ReadonlySet<string>;
  privatives: ReadonlySet<string>;
  contrastConjunctions: ReadonlySet<string>;
  instruments: ReadonlySet<string>;
  otherwise: ReadonlySet<string>;
  /** Stem sets (see LanguageDefinition): built on first use, since they need the stemmer. */
  stems(list: StemList): ReadonlySet<string>;
  numberWords: ReadonlyMap<string, number>;
  scaleWords: ReadonlyMap<string, number>;
  percentWords: ReadonlySet<string>;
  fractionWords: ReadonlySet<string>;
  decimalWords: ReadonlySet<string>;
  /** Stem pairs "a|b" never taken for each other's typo. */
  distinctStems: ReadonlySet<string>;
}

/** The word lists compared by stem. */
export type StemList = "doubleNegatives" | "concessionMarkers" | "negativeEvaluations" | "otherExperiencers" | "buzzwords";

const words = (list: string | undefined): string[] => (list ?? "").split(/\s+/).filter(Boolean);
const set = (list: string | undefined): ReadonlySet<string> => new Set(words(list));

function valued(list: string): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const entry of list.split(",")) {
    const [word, value] = words(entry);
    if (word && value) map.set(word, Number(value));
  }
  return map;
}

// Stemmed words are cached per language; a long quiz session must not grow the cache forever.
const STEM_CACHE_LIMIT = 50_000;
// No real word is this long; longer "words" (pasted URLs, keyboard mashing) are compared as they are.
const MAX_STEM_INPUT = 48;

function compile(def: LanguageDefinition): Language {
  let stemmer: Stemmer | null = null;
  const cache = new Map<string, string>();
  const stem = (norm: string): string => {
    if (norm.length < 2 || norm.length > MAX_STEM_INPUT) return norm;
    let s = cache.get(norm);
    if (s === undefined) {
      stemmer ??= def.stemmer();
      s = stemmer.stem(norm);
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      cache.set(norm, s);
    }
    return s;
  };
  const stemSets = new Map<StemList, ReadonlySet<string>>();
  const negations = set(def.negations);
  const homographs = set(def.negationHomographs);
  let post: string[][] | null = null;
  const pairs = (def.distinctStems ?? "").split("\n").map(words).filter((p) => p.length === 2);
  return {
    def,
    code: def.code,
    script: def.script,
    stem,
    lemmaKeys: def.lemmaKeys ?? (() => []),
    functionWords: set(def.functionWords),
    glueWords: new Set([...words(def.functionWords), ...words(def.glueWords)]),
    negations,
    concordNegations: set(def.concordNegations),
    isNegation: (t) => negations.has(t.norm) && !homographs.has(t.orig.toLowerCase()),
    contrastWords: set(def.contrastWords),
    contrastPhrases: (def.contrastPhrases ?? "").split("\n").map(words).filter((p) => p.length > 0),
    otherGroups: (def.otherGroups ?? "").split("\n").map(words).filter((p) => p.length > 0),
    pastMarkers: (def.pastMarkers ?? "").split("\n").map(words).filter((p) => p.length > 0),
    cleftOpeners: (def.cleftOpeners ?? "").split("\n").map(words).filter((p) => p.length > 0),
    cleftCopulas: set(def.cleftCopulas),
    cleftVerbEndings: words(def.cleftVerbEndings),
    verbParticles: set(def.verbParticles),
    purposeWords: set(def.purposeWords),
    purposeOpeners: set(def.purposeOpeners),
    conditionWords: set(def.conditionWords),
    nowMarkers: (def.nowMarkers ?? "").split("\n").map(words).filter((p) => p.length > 0),
    adoptionMarkers: (def.adoptionMarkers ?? "").split("\n").map(words).filter((p) => p.length > 0),
    postNegations: () => (post ??= def.postNegations.split("\n").map((line) => words(line).map(stem)).filter((p) => p.length > 0)),
    pseudoNegations: set(def.pseudoNegations),
    articles: set(def.articles),
    verbEndings: words(def.verbEndings),
    scopeTerminators: set(def.scopeTerminators),
    bareNegationFillers: set(def.bareNegationFillers),
    privatives: set(def.privatives),
    contrastConjunctions: set(def.contrastConjunctions),
    instruments: set(def.instruments),
    otherwise: set(def.otherwise),
    stems(list) {
      let s = stemSets.get(list);
      if (!s) stemSets.set(list, (s = new Set(words(def[list]).map(stem))));
      return s;
    },
    numberWords: valued(def.numberWords),
    scaleWords: valued(def.scaleWords),
    percentWords: set(def.percentWords),
    fractionWords: set(def.fractionWords),
    decimalWords: set(def.decimalWords),
    distinctStems: new Set(pairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
  };
}

const byCode = new Map<string, Language>();
const byScript = new Map<Script, Language>();

/** Adds a language; the first one registered for a script is that script's default. */
export function registerLanguage(def: LanguageDefinition): Language {
  const lang = compile(def);
  byCode.set(def.code, lang);
  if (!byScript.has(def.script)) byScript.set(def.script, lang);
  return lang;
}

registerLanguage(en);
registerLanguage(ru);
registerLanguage(el);

/** The language a word of this script belongs to in an answer written in `answerLang`; null for other scripts. */
export function languageFor(script: Script, answerLang?: string): Language | null {
  const own = answerLang ? byCode.get(answerLang) : undefined;
  if (own && own.script === script) return own;
  return byScript.get(script) ?? null;
}

/** Every registered language (for lists that hold across languages, such as distinct stems). */
export function allLanguages(): Language[] {
  return [...byCode.values()];
}
