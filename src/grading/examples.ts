// Graded examples (keyword rule 11): answers to a built-in question, written blind by people who never
// saw its rubric and labelled by meaning. An answer's nearest examples, by the content words they
// share, say what a reader would make of it when its words are ones no rubric lists. They come from
// outside the pure core (dist/content/examples.<lang>.json, built from the tuning two-thirds of tests/blind).
import type { LikenessResult, RedFlagResult } from "./types.js";
import type { Token } from "./words.js";

/** A reader's label for an example answer. */
export type ExampleLabel = "strong" | "weak" | "redflag";

/** One graded example: its label, its distinct content-word stems, and the red flags the rubric named in it. */
export interface GradedExample {
  label: ExampleLabel;
  words: readonly string[];
  flags: readonly string[];
}

/** The examples of one question, with the prompt they answer (a user's question of the same id is another question). */
export interface ExampleSet {
  prompt: string;
  examples: readonly GradedExample[];
}

/** How an answer compares with the examples of its question. */
export interface Likeness {
  /** Shares of the nearest examples' similarity, by label (they add up to 1). */
  strong: number;
  weak: number;
  redflag: number;
  /** The red flag most named in the nearest red-flag examples, when they hold the share FLAG_SHARE or more. */
  flag: string | null;
  /** The red-flag share of the examples that named `flag`: the question's own nearest, or the language's (POOLED). */
  flagShare: number;
  /** Positions of the answer's words shared with the nearest examples of the leading label, weightiest first. */
  shared: number[];
  /** How many distinct content words the answer has. */
  size: number;
  /** The label every one of the nearest examples has, when they agree; null when they do not. */
  unanimous: ExampleLabel | null;
  /** The red flags at least OVERRULE_SEEN red-flag examples of the question name: the ones the examples know well enough to overrule. */
  seen: ReadonlySet<string>;
}

/** How many nearest examples vote. */
export const NEAREST = 5;
/** The strong share at which an answer short of the pass mark passes on its likeness to accepted answers. */
export const LIFT_SHARE = 0.7;
/**
 * The concept score below which likeness never lifts an answer: it must earn at least one of the
 * rubric's concepts in its own words (any score above 0). Lifting answers that earn none as well
 * passed, on blind rounds 7–10, 10 more strong answers but also 4 red-flag answers and a weak one.
 */
export const LIFT_FLOOR = 1;
/** The red-flag share at which an answer is not lifted: one that is partly like red-flag answers needs its keywords. */
export const LIFT_FLAG_CEILING = 0.2;
/** The content words an answer needs to be lifted: with fewer, what it shares with any example is too little to go by. */
export const LIFT_WORDS = 13;
/** The red-flag share (a clear majority) at which an answer no red flag matched is told it reads like answers endorsing one. */
export const FLAG_SHARE = 0.6;
/**
 * The red-flag share needed instead when the answer reaches the pass mark on its keywords: the rubric
 * and the examples then disagree, and a story of a failure put right reads much like one defended.
 */
export const FLAG_SHARE_PASSING = 0.7;
/**
 * The strong share of the question's own nearest examples below which the language's other questions'
 * examples may name a red flag: when its own lean to accepted answers, theirs are not asked. Without
 * it, blind rounds 3–12 (each graded with the other rounds' examples) lost 6 Greek strong answers; with
 * it, none, and keywords aside it still named 85 more of their 1,235 red-flag answers.
 */
export const POOL_STRONG_CEILING = 0.5;
/** How many of a question's red-flag examples must name a flag before the examples may overrule its keywords. */
export const OVERRULE_SEEN = 4;
// Shown as the words an answer shares with its examples: enough to recognise, few enough to read.
const SHOWN_WORDS = 6;

/** Content words are what examples are compared by: no glue words, numbers or words of two letters. */
function isContent(t: Token): boolean {
  return !t.number && t.lang !== null && t.norm.length > 2 && !t.lang.glueWords.has(t.norm);
}

/** Each distinct content-word stem of a tokenised answer, with the position of its first use, in that order. */
function firstUses(tokens: readonly Token[]): Map<string, number> {
  const first = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (isContent(t) && !first.has(t.stem)) first.set(t.stem, i);
  });
  return first;
}

/** The distinct content-word stems of a tokenised answer, in order of first use. */
export function exampleWords(tokens: readonly Token[]): string[] {
  return [...firstUses(tokens).keys()];
}

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

interface CompiledSet {
  prompt: string;
  seen: ReadonlySet<string>;
  idf: (stem: string) => number;
  examples: { example: GradedExample; vector: Vector }[];
}

let sets = new Map<string, ExampleSet | string>();
let compiled = new Map<string, CompiledSet>();
let pools = new Map<string, CompiledPool>();

interface CompiledPool {
  idf: (stem: string) => number;
  examples: { example: GradedExample; vector: Vector }[];
  /** For each word, the examples that use it (by index, ascending): a language holds thousands of examples, an answer shares words with few. */
  using: Map<string, number[]>;
}

/**
 * Installs graded examples, by question key (`<lang>:<bank>/<id>`), beside those installed before.
 * A set may be given as its JSON text, read only when its question is first graded: a session grades
 * a few questions, and reading all 117 sets' 200,000 words costs more than the grading.
 */
export function useExamples(table: Readonly<Record<string, ExampleSet | string>>): void {
  for (const [key, set] of Object.entries(table)) {
    sets.set(key, set);
    compiled.delete(key);
    pools.delete(key.slice(0, key.indexOf(":")));
  }
}

/** Forgets every installed example (for tests). */
export function clearExamples(): void {
  sets = new Map();
  compiled = new Map();
  pools = new Map();
}

function vectorOf(words: Iterable<string>, idf: (stem: string) => number): Vector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const w of words) {
    const v = idf(w);
    weights.set(w, v);
    sum += v * v;
  }
  return { weights, norm: Math.sqrt(sum) || 1 };
}

function setOf(key: string): ExampleSet | undefined {
  const given = sets.get(key);
  const set: ExampleSet | undefined = typeof given === "string" ? (JSON.parse(given) as ExampleSet) : given;
  if (set) sets.set(key, set);
  return set;
}

/** Inverse document frequency over `examples`: a word every example uses says nothing about which one an answer is like; a rare one says much. */
function idfOf(examples: readonly GradedExample[]): (stem: string) => number {
  const df = new Map<string, number>();
  for (const e of examples) for (const w of e.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = examples.length;
  return (w: string) => Math.log((n + 1) / ((df.get(w) ?? 0) + 1));
}

function poolFor(lang: string): CompiledPool {
  const hit = pools.get(lang);
  if (hit) return hit;
  const examples = [...sets.keys()].filter((k) => k.startsWith(lang + ":")).flatMap((k) => setOf(k)?.examples ?? []);
  const idf = idfOf(examples);
  const using = new Map<string, number[]>();
  examples.forEach((e, i) => {
    for (const w of e.words) {
      const list = using.get(w);
      if (list) list.push(i);
      else using.set(w, [i]);
    }
  });
  const made = { idf, examples: examples.map((example) => ({ example, vector: vectorOf(example.words, idf) })), using };
  pools.set(lang, made);
  return made;
}

/** The NEAREST examples of a pool, compared only with those sharing a word with the answer (the rest are at similarity 0 and weigh nothing). */
function nearestInPool(pool: CompiledPool, answer: Vector): Near[] {
  const sharing = new Set<number>();
  for (const w of answer.weights.keys()) for (const i of pool.using.get(w) ?? []) sharing.add(i);
  // In the pool's order, as nearestOf sees them, so that ties fall the same way.
  const candidates = [...sharing].sort((a, b) => a - b).map((i) => pool.examples[i]!);
  return nearestOf(candidates, answer);
}

function compiledFor(key: string): CompiledSet | null {
  const hit = compiled.get(key);
  if (hit) return hit;
  const set = setOf(key);
  if (!set || set.examples.length === 0) return null;
  const idf = idfOf(set.examples);
  const named = new Map<string, number>();
  for (const e of set.examples) if (e.label === "redflag") for (const f of e.flags) named.set(f, (named.get(f) ?? 0) + 1);
  const seen = new Set([...named].filter(([, n]) => n >= OVERRULE_SEEN).map(([f]) => f));
  const made = { prompt: set.prompt, seen, idf, examples: set.examples.map((example) => ({ example, vector: vectorOf(example.words, idf) })) };
  compiled.set(key, made);
  return made;
}

interface Near {
  example: GradedExample;
  similarity: number;
}

/** The NEAREST examples to an answer's words, by cosine similarity of their idf-weighted word sets. */
function nearestOf(examples: CompiledSet["examples"], answer: Vector): Near[] {
  return examples
    .map(({ example, vector }) => {
      let dot = 0;
      for (const [w, v] of answer.weights) dot += v * (vector.weights.get(w) ?? 0);
      return { example, similarity: dot / (answer.norm * vector.norm) };
    })
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, NEAREST);
}

/** The share of the nearest examples' similarity held by those of `label`. */
function shareOf(nearest: readonly Near[], label: ExampleLabel): number {
  const total = nearest.reduce((sum, e) => sum + e.similarity, 0);
  return total > 0 ? nearest.filter((e) => e.example.label === label).reduce((sum, e) => sum + e.similarity, 0) / total : 0;
}

/** The red flag (one of `allowed`, when given) the nearest red-flag examples name most, when they hold FLAG_SHARE of the similarity. */
function flagOf(nearest: readonly Near[], allowed?: ReadonlySet<string>): string | null {
  if (shareOf(nearest, "redflag") < FLAG_SHARE) return null;
  const votes = new Map<string, number>();
  for (const { example, similarity } of nearest) {
    if (example.label !== "redflag") continue;
    for (const f of example.flags) if (!allowed || allowed.has(f)) votes.set(f, (votes.get(f) ?? 0) + similarity);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/**
 * How an answer's tokens compare with the graded examples of question `key` asked as `prompt`; null when it has none.
 * `flags` are the question's red-flag ids: when its own examples name none, those of every question in its language may.
 */
export function likenessTo(key: string, prompt: string, tokens: readonly Token[], flags: ReadonlySet<string> = new Set()): Likeness | null {
  const set = compiledFor(key);
  if (!set || set.prompt !== prompt) return null;
  const firstAt = firstUses(tokens);
  if (firstAt.size === 0) return null;
  const answer = vectorOf(firstAt.keys(), set.idf);
  const own = nearestOf(set.examples, answer);
  let nearest = own;
  const likeness = { strong: shareOf(own, "strong"), weak: shareOf(own, "weak"), redflag: shareOf(own, "redflag") };
  let flag = flagOf(own);
  let flagShare = likeness.redflag;
  // A practice is said in much the same words whatever the question: buying followers reads alike in an
  // answer on growth and one on contests. So the red-flag answers to the language's other questions may
  // name one the question's own few examples do not, or confirm one they name too weakly for an answer
  // at the pass mark; but not when the question's own examples lean to accepted answers.
  const sureByOwn = flag !== null && flagShare >= FLAG_SHARE_PASSING;
  if (!sureByOwn && flags.size > 0 && likeness.strong < POOL_STRONG_CEILING) {
    const pool = poolFor(key.slice(0, key.indexOf(":")));
    const pooled = nearestInPool(pool, vectorOf(firstAt.keys(), pool.idf));
    const pooledFlag = flagOf(pooled, flags);
    const pooledShare = shareOf(pooled, "redflag");
    if (!flag && pooledFlag) {
      flag = pooledFlag;
      nearest = pooled;
      flagShare = pooledShare;
    } else if (flag && pooledFlag === flag && pooledShare >= FLAG_SHARE_PASSING) {
      flagShare = pooledShare;
    }
  }
  // The words shown are those the answer shares with the examples that decided it, weightiest first.
  const leading: ExampleLabel = flag ? "redflag" : likeness.strong >= likeness.weak ? "strong" : "weak";
  const sharedWeight = new Map<string, number>();
  for (const { example } of nearest) {
    if (example.label !== leading) continue;
    for (const w of example.words) if (answer.weights.has(w)) sharedWeight.set(w, (sharedWeight.get(w) ?? 0) + (answer.weights.get(w) ?? 0));
  }
  const shared = [...sharedWeight]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SHOWN_WORDS)
    .map(([w]) => firstAt.get(w) ?? -1)
    .filter((i) => i >= 0);
  const first = own[0]?.example.label ?? null;
  const unanimous = own.length === NEAREST && own.every((e) => e.example.label === first) ? first : null;
  return { ...likeness, flag, flagShare, shared, size: firstAt.size, unanimous, seen: set.seen };
}

/**
 * What the examples change in a grade (the three parts of rule 11): a keyword red flag overruled, a red
 * flag named by likeness, a pass short of the pass mark. `words` are the answer's shared words, as written.
 */
export function judgeByLikeness(like: Likeness, redFlags: RedFlagResult[], score: number, pass: number, words: string[]): { redFlags: RedFlagResult[]; likeness: LikenessResult } {
  let flags = redFlags;
  // A keyword red flag in an answer whose nearest examples are all accepted answers is a mention the
  // rules did not see turned down ("unlike"): blind answers showed such flags are mostly wrong. Only
  // for a flag several examples endorse: for the others, the examples cannot tell endorsing from not.
  if (like.unanimous === "strong" && like.size >= LIFT_WORDS) {
    flags = flags.map((f) => (f.hit && like.seen.has(f.id) ? { ...f, hit: false, matches: [], rejected: [...(f.rejected ?? []), ...f.matches.map((w) => ({ words: w, why: "unlike" as const }))] } : f));
  }
  // A red flag the answer was heard turning down ("buying followers? never") is never named by likeness,
  // and an answer whose keywords reach the pass mark needs more of its nearest examples against it.
  const named = flags.find((f) => f.id === like.flag);
  const sure = score < pass || like.flagShare >= FLAG_SHARE_PASSING;
  if (named && sure && !named.rejected?.length && !flags.some((f) => f.hit)) {
    flags = flags.map((f) => (f === named ? { ...f, hit: true, matches: words, byLikeness: true } : f));
  }
  const lifted = !flags.some((f) => f.hit) && score < pass && score >= LIFT_FLOOR && like.size >= LIFT_WORDS && like.strong >= LIFT_SHARE && like.redflag < LIFT_FLAG_CEILING;
  return { redFlags: flags, likeness: { strong: round2(like.strong), weak: round2(like.weak), redflag: round2(like.redflag), words, lifted } };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
