// Finding a compiled word or phrase in a tokenised answer: word lookups (stems, lemma forms, numbers,
// acronyms, typos) and phrases with gaps (rule 5). Whether an occurrence counts is scope.ts's job.
import type { CompiledPhrase, CompiledWord } from "./compile.js";
import { ownersOf } from "./morphology.js";
import { MIN_TYPO_LETTERS, typoMatch } from "./typo.js";
import { Break, type Token } from "./words.js";
import { isEmphasis } from "./emphasis.js";

const ALL_LETTERS = /^\p{L}+$/u;

/** Other words allowed between two neighbouring words of a phrase. */
const MAX_GAP = 2;
// The keyword's own function words do not count as gap words, but a gap may not grow without end.
const MAX_SKIPPED = MAX_GAP + 4;

/** A tokenised answer with lookup tables, built once per answer. */
export interface AnswerIndex {
  /** The cleaned text the tokens point into. */
  text: string;
  tokens: Token[];
  byStem: Map<string, number[]>;
  byNorm: Map<string, number[]>;
  /** Positions by rule-based lemma key (Greek verb forms). */
  byKey: Map<string, number[]>;
  /** Distinct all-letter forms long enough for typo tolerance, by their first letter. */
  fuzzByLetter: Map<string, Token[]>;
  /** sentences[i]: sentence breaks before tokens 0..i-1; a phrase may not span one. */
  sentences: Int32Array;
  /** Positions of the answer's words by the keyword word they are a dictionary form of; built on first need. */
  formHits: Map<string, number[]> | null;
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** Builds the lookup tables for one answer. */
export function indexAnswer(tokens: Token[], text = ""): AnswerIndex {
  const byStem = new Map<string, number[]>();
  const byNorm = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const fuzzByLetter = new Map<string, Token[]>();
  const sentences = new Int32Array(tokens.length + 1);
  tokens.forEach((t, i) => {
    push(byNorm, t.norm, i);
    if (!t.number) push(byStem, t.stem, i);
    for (const k of t.keys) push(byKey, k, i);
    sentences[i + 1] = (sentences[i] ?? 0) + (t.brk === Break.Sentence ? 1 : 0);
    if (t.norm.length >= MIN_TYPO_LETTERS && !t.number && byNorm.get(t.norm)?.length === 1 && ALL_LETTERS.test(t.norm)) {
      const list = fuzzByLetter.get(t.norm[0] ?? "");
      if (list) list.push(t);
      else fuzzByLetter.set(t.norm[0] ?? "", [t]);
    }
  });
  return { text, tokens, byStem, byNorm, byKey, fuzzByLetter, sentences, formHits: null };
}

/** The sentence number of token i (a token that starts a sentence counts its own break). */
export function sentenceOf(index: AnswerIndex, i: number): number {
  return index.sentences[i + 1] ?? 0;
}

/** Appends every position of `more` to `into` (no spread: a list can hold a million positions). */
function append(into: number[], more: readonly number[] | undefined): void {
  if (more) for (const p of more) into.push(p);
}

/** Positions of answer words that match w only through one forgiven typo. */
function typoPositions(w: CompiledWord, index: AnswerIndex): number[] {
  const a = w.norm[0] ?? "";
  const b = w.norm[1] ?? "";
  const byFirst = index.fuzzByLetter;
  const found: number[] = [];
  const test = (t: Token): void => {
    if (t.script !== w.script || t.stem === w.stem || !typoMatch(t.norm, t.stem, w)) return;
    append(found, index.byNorm.get(t.norm));
  };
  // A forgiven slip never touches the first letter, unless it swaps the first two: so only words with
  // the same first letter, or the first two swapped, can match (each once).
  for (const t of byFirst.get(a) ?? []) test(t);
  if (a !== b) for (const t of byFirst.get(b) ?? []) if (t.norm[1] === a) test(t);
  return found;
}

function sortedUnique(xs: number[]): number[] {
  return [...new Set(xs)].sort((x, y) => x - y);
}

/** The answer's words grouped by the keyword word they are a form of: each distinct word is looked up once. */
function formHits(index: AnswerIndex): Map<string, number[]> {
  if (index.formHits) return index.formHits;
  const hits = new Map<string, number[]>();
  for (const [norm, at] of index.byNorm) {
    for (const owner of ownersOf(norm)) {
      const list = hits.get(owner);
      if (list) append(list, at);
      else hits.set(owner, [...at]);
    }
  }
  index.formHits = hits;
  return hits;
}

/** Sorted positions of the answer words that match one keyword word. */
function positionsOf(w: CompiledWord, index: AnswerIndex): number[] {
  // A word shared by several keywords is looked up once per answer (the answer is kept on the word).
  if (w.seenIn === index) return w.seenAt;
  let found: number[];
  if (w.kind === "number") {
    found = index.byNorm.get(w.norm) ?? [];
  } else if (w.kind === "acronym") {
    found = [...(index.byNorm.get(w.norm) ?? [])];
    if (w.script === "latin") append(found, index.byNorm.get(`${w.norm}s`));
    found = sortedUnique(found);
    const caps = w.caps;
    if (caps) found = found.filter((i) => index.tokens[i]?.orig.replace(/'/g, "").replace(/s$/, "") === caps);
  } else {
    const exact = index.byStem.get(w.stem) ?? [];
    const more: number[] = [];
    if (w.hasForms) append(more, formHits(index).get(w.norm));
    for (const k of w.keys) append(more, index.byKey.get(k));
    if (w.fuzzy) append(more, typoPositions(w, index));
    found = more.length === 0 ? exact : sortedUnique([...exact, ...more]);
  }
  w.seenIn = index;
  w.seenAt = found;
  return found;
}

/** Start and end token of one occurrence of a keyword. */
export interface Span {
  first: number;
  last: number;
}

/**
 * True when a negation the keyword does not contain stands in the gap between two of its words, or a
 * turning "but" does: "likes are nice, but what matters is sales" does not say "likes are what matters".
 */
function negatedBetween(from: number, to: number, tokens: Token[], kw: CompiledPhrase): boolean {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    if (t?.lang?.contrastConjunctions.has(t.norm) && !kw.optional.has(t.norm)) return true;
    if (!t?.lang?.isNegation(t) || kw.negations.has(t.norm)) continue;
    // "I don't just delete…": "not only/just" stays emphasis.
    if (j + 1 < to && isEmphasis(tokens[j + 1])) continue;
    return true;
  }
  return false;
}

/** A clause boundary stands somewhere between tokens p and q. */
function brokenBetween(p: number, q: number, tokens: Token[]): boolean {
  for (let j = p + 1; j <= q; j++) if ((tokens[j]?.brk ?? Break.None) !== Break.None) return true;
  return false;
}

/** A gap that replaces the keyword's linking words is another phrase: "goes to the support flow" is not "go with the flow". */
function linked(from: number, to: number, tokens: Token[], kw: CompiledPhrase, link: ReadonlySet<string>): boolean {
  let filled = false;
  for (let j = from + 1; j < to; j++) {
    const norm = tokens[j]?.norm ?? "";
    if (link.has(norm)) return true;
    if (!kw.optional.has(norm)) filled = true;
  }
  // Left out ("divide followers") or only function words in between: still the same phrase.
  return !filled;
}

/** Every occurrence of a phrase: words in order, at most MAX_GAP other words apart, within one sentence. */
export function findPhrase(kw: CompiledPhrase, index: AnswerIndex): Span[] {
  const { tokens, sentences } = index;
  const firstWord = kw.words[0];
  if (!firstWord) return [];
  const starts = positionsOf(firstWord, index);
  // Most keywords are not in a given answer: leave before allocating anything.
  if (starts.length === 0) return [];
  if (kw.words.length === 1) return starts.map((p) => ({ first: p, last: p }));
  // Each frontier entry maps the position reached so far to the latest start that reaches it.
  let frontier = new Map<number, number>();
  for (const p of starts) frontier.set(p, p);
  for (let w = 1; w < kw.words.length; w++) {
    const word = kw.words[w]!;
    const link = kw.links[w] ?? null;
    // The keyword's own negation must stay in its clause: "не полагаюсь на интуицию, смотрю цифры" is not "не смотрю цифры".
    const negationBefore = kw.negations.has(kw.words[w - 1]!.norm);
    if (frontier.size === 0) return [];
    const next = new Map<number, number>();
    for (const q of positionsOf(word, index)) {
      let gap = 0;
      for (let p = q - 1; p >= 0 && q - 1 - p <= MAX_SKIPPED; p--) {
        if ((sentences[q + 1] ?? 0) - (sentences[p + 1] ?? 0) > 0) break;
        const start = frontier.get(p);
        if (start !== undefined) {
          // "I don't just check the stats" is not "I don't check": after the keyword's own negation, "just" makes it "not only".
          const emphasised = negationBefore && q > p + 1 && isEmphasis(tokens[p + 1]);
          if (!negatedBetween(p, q, tokens, kw) && (!link || linked(p, q, tokens, kw, link)) && !(negationBefore && brokenBetween(p, q, tokens)) && !emphasised) {
            next.set(q, Math.max(next.get(q) ?? -1, start));
          }
          break;
        }
        if (!kw.optional.has(tokens[p]?.norm ?? "") && ++gap > MAX_GAP) break;
      }
    }
    frontier = next;
  }
  return Array.from(frontier, ([last, first]) => ({ first, last })).sort((a, b) => a.first - b.first);
}
