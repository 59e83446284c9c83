// Finding a compiled keyword in a tokenised answer: word lookups (stems, numbers, acronyms, typos),
// phrases with gaps (rule 5) and negation (rule 6).
import type { CompiledKeyword, CompiledWord } from "./compile.js";
import { NEGATIONS, NEGATION_CANCELLERS } from "./lexicon.js";
import { typoMatch } from "./typo.js";
import { Break, type Token } from "./words.js";

/** Other words allowed between two neighbouring words of a phrase. */
export const MAX_GAP = 2;
/** Words a negation may stand before the keyword's first word. */
export const NEGATION_REACH = 3;
// The keyword's own function words do not count as gap words, but a gap may not grow without end.
const MAX_SKIPPED = MAX_GAP + 4;

/** A tokenised answer with lookup tables, built once per answer. */
export interface AnswerIndex {
  tokens: Token[];
  byStem: Map<string, number[]>;
  byNorm: Map<string, number[]>;
  /** Distinct all-letter forms long enough for typo tolerance, by first and by second letter. */
  fuzzByFirst: Map<string, string[]>;
  fuzzBySecond: Map<string, string[]>;
  /** sentences[i]: sentence breaks before tokens 0..i-1; a phrase may not span one. */
  sentences: Int32Array;
  /** Positions per compiled word, so a word shared by several keywords is looked up once. */
  memo: Map<CompiledWord, number[]>;
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function pushForm(map: Map<string, string[]>, key: string, form: string): void {
  const list = map.get(key);
  if (list) list.push(form);
  else map.set(key, [form]);
}

/** Builds the lookup tables for one answer. */
export function indexAnswer(tokens: Token[]): AnswerIndex {
  const byStem = new Map<string, number[]>();
  const byNorm = new Map<string, number[]>();
  const fuzzByFirst = new Map<string, string[]>();
  const fuzzBySecond = new Map<string, string[]>();
  const sentences = new Int32Array(tokens.length + 1);
  tokens.forEach((t, i) => {
    push(byNorm, t.norm, i);
    if (!t.number) push(byStem, t.stem, i);
    sentences[i + 1] = (sentences[i] ?? 0) + (t.brk === Break.Sentence ? 1 : 0);
    if (t.norm.length >= 6 && !t.number && byNorm.get(t.norm)?.length === 1 && /^\p{L}+$/u.test(t.norm)) {
      pushForm(fuzzByFirst, t.norm[0] ?? "", t.norm);
      pushForm(fuzzBySecond, t.norm[1] ?? "", t.norm);
    }
  });
  return { tokens, byStem, byNorm, fuzzByFirst, fuzzBySecond, sentences, memo: new Map() };
}

/** Answer forms that could be one slip away from w: a slip leaves the first or second letter in place, or swaps them. */
function fuzzCandidates(w: CompiledWord, index: AnswerIndex): Set<string> {
  const [a = "", b = ""] = [w.norm[0], w.norm[1]];
  return new Set([
    ...(index.fuzzByFirst.get(a) ?? []),
    ...(index.fuzzBySecond.get(b) ?? []),
    ...(index.fuzzByFirst.get(b) ?? []),
    ...(index.fuzzBySecond.get(a) ?? []),
  ]);
}

/** Sorted positions of the answer words that match one keyword word. */
function positionsOf(w: CompiledWord, index: AnswerIndex): number[] {
  const known = index.memo.get(w);
  if (known) return known;
  let found: number[];
  if (w.kind === "number") {
    found = index.byNorm.get(w.norm) ?? [];
  } else if (w.kind === "acronym") {
    found = [...(index.byNorm.get(w.norm) ?? []), ...(w.script === "latin" ? index.byNorm.get(`${w.norm}s`) ?? [] : [])];
    if (w.caps) {
      const caps = w.caps;
      found = found.filter((i) => index.tokens[i]?.orig.replace(/'/g, "").replace(/s$/, "") === caps);
    }
  } else {
    found = [...(index.byStem.get(w.stem) ?? [])];
    if (w.fuzzy) {
      for (const form of fuzzCandidates(w, index)) {
        const at = index.byNorm.get(form) ?? [];
        const first = index.tokens[at[0] ?? -1];
        if (first && first.script === w.script && first.stem !== w.stem && typoMatch(form, first.stem, w)) found.push(...at);
      }
    }
  }
  found = [...new Set(found)].sort((x, y) => x - y);
  index.memo.set(w, found);
  return found;
}

/** True when a negation word stands within reach before token `start`, with no clause break between. */
export function negatedAt(start: number, tokens: Token[]): boolean {
  for (let j = start - 1; j >= 0 && j >= start - NEGATION_REACH; j--) {
    if ((tokens[j + 1]?.brk ?? Break.None) !== Break.None) return false;
    if (!NEGATIONS.has(tokens[j]?.norm ?? "")) continue;
    // "not only likes": a canceller between the negation and the keyword makes it emphasis.
    let cancelled = false;
    for (let k = j + 1; k < start; k++) if (NEGATION_CANCELLERS.has(tokens[k]?.norm ?? "")) cancelled = true;
    if (!cancelled) return true;
  }
  return false;
}

/** Start and end token of one occurrence of a keyword. */
export interface Span {
  first: number;
  last: number;
}

/** Every occurrence of a keyword that is not negated: words in order, at most MAX_GAP other words apart, within one sentence. */
export function findKeyword(kw: CompiledKeyword, index: AnswerIndex): Span[] {
  const { tokens, sentences } = index;
  const firstWord = kw.words[0];
  if (!firstWord) return [];
  // Each frontier entry maps the position reached so far to the latest start that reaches it.
  let frontier = new Map<number, number>();
  for (const p of positionsOf(firstWord, index)) if (kw.negative || !negatedAt(p, tokens)) frontier.set(p, p);
  for (const word of kw.words.slice(1)) {
    if (frontier.size === 0) return [];
    const next = new Map<number, number>();
    for (const q of positionsOf(word, index)) {
      let gap = 0;
      for (let p = q - 1; p >= 0 && q - 1 - p <= MAX_SKIPPED; p--) {
        if ((sentences[q + 1] ?? 0) - (sentences[p + 1] ?? 0) > 0) break;
        const start = frontier.get(p);
        if (start !== undefined) {
          next.set(q, Math.max(next.get(q) ?? -1, start));
          break;
        }
        if (!kw.optional.has(tokens[p]?.norm ?? "") && ++gap > MAX_GAP) break;
      }
    }
    frontier = next;
  }
  return Array.from(frontier, ([last, first]) => ({ first, last })).sort((a, b) => a.first - b.first);
}
