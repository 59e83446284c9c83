// Other surface forms of keyword words, from dictionaries rather than stemmers: the Snowball stems
// miss suppletion, sound changes and aspect (заявка/заявок, кормить/кормлю, умножить/умножаем,
// buy/bought, analysis/analyses). Forms are exact normalised words, never stems, so that homonymous
// stems (правила → прав ← права) cannot join different words. Loaded only on grading paths: the
// Russian dictionaries take about 200 ms to read.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AzParse } from "az";
import { RU_ASPECT_PAIRS } from "../grading/lang/ru-aspect-pairs.js";

/** A normalised keyword word (as normalizeRun makes it) and its script. */
export interface KeywordWord {
  norm: string;
  script: "latin" | "cyrillic";
}

/** The folder with az's dictionaries: dist/dicts/az beside the bundle when built, else the installed package's. */
export function azDictDir(): string {
  // In the CommonJS bundle import.meta.url is the chunk in dist/, where the build copies the dictionaries.
  const bundled = fileURLToPath(new URL("./dicts/az/", import.meta.url));
  if (existsSync(join(bundled, "words.dawg"))) return bundled;
  return join(dirname(createRequire(import.meta.url).resolve("az/package.json")), "dicts");
}

type Morph = (word: string) => AzParse[];
let russian: Promise<Morph> | undefined;

/** az's analyser, initialised once: dictionary words only, no typo or stutter guessing. */
function loadRussian(): Promise<Morph> {
  russian ??= import("az").then(
    ({ default: Az }) =>
      new Promise<Morph>((resolve, reject) => {
        Az.Morph.init(azDictDir(), (err) => {
          if (err) reject(err);
          else resolve((word) => Az.Morph(word, { parsers: ["Dictionary"], stutter: 0, typos: 0 }));
        });
      }),
  );
  return russian;
}

/** One lemma a word may belong to, with the forms of its paradigm that are the same word. */
interface Lexeme {
  normal: string;
  pos: string;
  /** az's probability that the word is this lemma (its likeliest parse). */
  score: number;
  forms: Set<string>;
}

const foldRu = (s: string) => s.toLowerCase().replace(/ё/g, "е");
const RU_WORD = /^[а-я]+$/;
// A lemma far less likely than the best one is a homonym the rubric author did not mean:
// "правила" is the noun правило, not the past tense of править (az: 0.49 against 0.007).
const MIN_SHARE = 0.2;

const isParticiple = (pos: string) => pos === "PRTF" || pos === "PRTS";
/** Which participle of a verb a tag is (active or passive, present or past). */
const participleKind = (stat: readonly string[]) => stat.filter((g) => /^(actv|pssv|pres|past)$/.test(g)).join();
/** A comparative or superlative that is another word than its adjective: лучше, худший (хороший, плохой). */
const suppletive = (form: string, normal: string) => form.slice(0, 2) !== normal.slice(0, 2);
const degree = (tag: AzParse["tag"]) => tag.POS === "COMP" || tag.stat.includes("Supr");

/** Whether the dictionary also lists a participle as a word of its own: данный (дать), определенный. */
function lexicalised(morph: Morph, participle: string, cache: Map<string, boolean>): boolean {
  let hit = cache.get(participle);
  if (hit === undefined) {
    hit = morph(participle).some((p) => !isParticiple(p.tag.POS) && foldRu(String(p.normalize())) === participle);
    cache.set(participle, hit);
  }
  return hit;
}

/** The forms of a parse's paradigm that are the same word as the parse, or null when the parse is not its lemma. */
function paradigmForms(morph: Morph, p: AzParse, normal: string, cache: Map<string, boolean>): string[] | null {
  const all = Array.from({ length: p.formCnt }, (_, i) => p.inflect(i)).map((f) => ({ form: foldRu(String(f)), tag: f.tag }));
  // A participle the dictionary also has as an adjective or noun is that word, not the verb ("данные" ≠ "дать"):
  // the full form (masc. nom. sing.) of each participle kind decides for all its forms.
  const ownWord = new Map<string, boolean>();
  for (const { form, tag } of all) {
    const kind = participleKind(tag.stat);
    if (tag.POS === "PRTF" && !ownWord.has(kind)) ownWord.set(kind, lexicalised(morph, form, cache));
  }
  const kept = (tag: AzParse["tag"]) => !isParticiple(tag.POS) || !ownWord.get(participleKind(tag.stat));
  const word = foldRu(String(p));
  if (!kept(p.tag) || (degree(p.tag) && suppletive(word, normal))) return null;
  // OpenCorpora files ordinals under cardinals (первый under один) and suppletive comparatives under adjectives.
  const ordinal = p.tag.stat.includes("Anum");
  const ordinals = all.some(({ tag }) => tag.stat.includes("Anum"));
  const sameNumeral = (stat: readonly string[]) => stat.includes("Anum") === ordinal && !(ordinals && stat.includes("Supr"));
  return all
    .filter(({ form, tag }) => RU_WORD.test(form) && kept(tag) && (!ordinals || sameNumeral(tag.stat)))
    .filter(({ form, tag }) => !degree(tag) || !suppletive(form, normal))
    .map(({ form }) => form);
}

/** The dictionary lemmas of a Russian word, keyed by normal form and part of speech. */
function lexemesOf(morph: Morph, word: string, cache: Map<string, boolean>): Lexeme[] {
  const found = new Map<string, Lexeme>();
  const seen = new Set<string>();
  for (const p of morph(word)) {
    if (p.parser !== "Dictionary" || p.stutterCnt > 0 || p.typosCnt > 0) continue;
    const n = p.normalize();
    const normal = foldRu(String(n));
    const key = `${normal} ${n.tag.POS}`;
    // One lemma may have two paradigms (transitive and intransitive править) and many parses of a form: read each once.
    const paradigm = `${key} ${p.paradigmIdx} ${p.tag.stat.includes("Anum")}`;
    if (seen.has(paradigm)) {
      const lx = found.get(key);
      if (lx) lx.score = Math.max(lx.score, p.score);
      continue;
    }
    seen.add(paradigm);
    const forms = paradigmForms(morph, p, normal, cache);
    if (!forms) continue;
    let lx = found.get(key);
    if (!lx) found.set(key, (lx = { normal, pos: n.tag.POS, score: 0, forms: new Set() }));
    lx.score = Math.max(lx.score, p.score);
    for (const f of forms) lx.forms.add(f);
  }
  return [...found.values()];
}

/** The lemmas a keyword word likely means: az's corpus probabilities drop rare homonyms. */
function meantLexemes(all: Lexeme[]): Lexeme[] {
  // Not "the lemma the word names": with ё folded, "лет" names the rare лёт and "троллей" a trolley wire.
  const best = Math.max(0, ...all.map((l) => l.score));
  return all.filter((l) => l.score >= MIN_SHARE * best);
}

const PARTNER = new Map<string, string>(RU_ASPECT_PAIRS.flatMap(([impf, perf]) => [[impf, perf], [perf, impf]] as const));

/** The other forms of a Russian word: its lemmas' paradigms plus, for a verb of an aspect pair, its partner's. */
function russianForms(morph: Morph, word: string, cache: Map<string, boolean>): Set<string> {
  const out = new Set<string>();
  for (const lx of meantLexemes(lexemesOf(morph, word, cache))) {
    for (const f of lx.forms) out.add(f);
    const partner = lx.pos === "INFN" ? PARTNER.get(lx.normal) : undefined;
    if (!partner) continue;
    for (const other of lexemesOf(morph, partner, cache)) {
      if (other.normal === partner && other.pos === "INFN") for (const f of other.forms) out.add(f);
    }
  }
  out.delete(word);
  return out;
}

/** WordNet's irregular forms both ways: base → its irregular forms, and irregular form → its bases. */
interface EnglishIndex {
  formsOf: Map<string, Set<string>>;
  basesOf: Map<string, Set<string>>;
}

let english: Promise<EnglishIndex> | undefined;

/** Indexes WordNet's verb, noun and adjective exception lists (as shipped by wink-lexicon), once. */
function loadEnglish(): Promise<EnglishIndex> {
  english ??= Promise.all([
    import("wink-lexicon/src/wn-verb-exceptions.js"),
    import("wink-lexicon/src/wn-noun-exceptions.js"),
    import("wink-lexicon/src/wn-adjective-exceptions.js"),
  ]).then(([verbs, nouns, adjectives]) => {
    const index: EnglishIndex = { formsOf: new Map(), basesOf: new Map() };
    const add = (map: Map<string, Set<string>>, key: string, value: string) => {
      const set = map.get(key) ?? new Set<string>();
      map.set(key, set.add(value));
    };
    const lists: [Record<string, string>, boolean][] = [[verbs.default, false], [nouns.default, false], [adjectives.default, true]];
    for (const [list, adjective] of lists) {
      for (const [form, base] of Object.entries(list)) {
        // Suppletive comparatives say more than their base: "better results" is not "good results".
        if (adjective && form.slice(0, 2) !== base.slice(0, 2)) continue;
        add(index.formsOf, base, form);
        add(index.basesOf, form, base);
      }
    }
    return index;
  });
  return english;
}

/** The other forms of an English word: a base's irregular forms; an irregular form's bases and their other forms. */
function englishForms(index: EnglishIndex, word: string): Set<string> {
  const out = new Set(index.formsOf.get(word));
  for (const base of index.basesOf.get(word) ?? []) {
    out.add(base);
    for (const f of index.formsOf.get(base) ?? []) out.add(f);
  }
  out.delete(word);
  return out;
}

/** For each normalised keyword word, the other normalised forms of its lemma(s); words with none are left out. */
export async function expandForms(words: readonly KeywordWord[]): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  const needs = (script: KeywordWord["script"]) => words.some((w) => w.script === script);
  const [morph, index] = await Promise.all([
    needs("cyrillic") ? loadRussian() : null,
    needs("latin") ? loadEnglish() : null,
  ]);
  const lexicalisedCache = new Map<string, boolean>();
  for (const { norm, script } of words) {
    if (Object.hasOwn(result, norm)) continue;
    const forms = script === "cyrillic" ? (morph && russianForms(morph, norm, lexicalisedCache)) : (index && englishForms(index, norm));
    if (forms && forms.size > 0) result[norm] = [...forms];
  }
  return result;
}
