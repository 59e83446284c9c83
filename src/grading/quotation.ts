// Quotation marks in an answer: a quoted practice ("not the 'like and share to win' kind") is covered
// by a negation before or after the quotation, and a quoted word is cited, not used as a verdict.
import type { AnswerIndex } from "./match.js";
import { SENTENCE_REACH } from "./scope-words.js";
import { Break } from "./words.js";

const OPENING = new Set(["«", "“", "„"]);
const CLOSING = new Set(["»", "”"]);
const TOGGLES = new Set(['"', "'"]);

/**
 * The first token of the quotation holding token `first`, or `first` when it is not quoted: a negation
 * before a quotation covers all of it, commas and "and" included ("not the 'like, share and tag' kind").
 */
export function quotationStart(first: number, index: AnswerIndex): number {
  const memo = memoOf(starts, index);
  const known = memo[first];
  if (known !== undefined && known >= 0) return known;
  const found = findStart(first, index);
  memo[first] = found;
  return found;
}

// Every mention asks where its quotation starts and ends, and a long answer has thousands of mentions:
// the answers are kept per answer, one slot per word (-1: not worked out yet).
const starts = new WeakMap<AnswerIndex, Int32Array>();
const ends = new WeakMap<AnswerIndex, Int32Array>();

function memoOf(cache: WeakMap<AnswerIndex, Int32Array>, index: AnswerIndex): Int32Array {
  let memo = cache.get(index);
  if (!memo) cache.set(index, (memo = new Int32Array(index.tokens.length).fill(-1)));
  return memo;
}

function findStart(first: number, index: AnswerIndex): number {
  const { tokens } = index;
  for (let k = first; k >= 0 && first - k <= SENTENCE_REACH; k--) {
    const t = tokens[k];
    if (!t) break;
    if (opensAt(k, index)) return k;
    if (closesAfter(k - 1, index)) return first;
    if (t.brk === Break.Sentence) break;
  }
  return first;
}

/**
 * A quotation mark opens right before token k. A straight quote opens only when it touches the word
 * after it ("'like and share'"); one that touches the word before closes, or marks an elision: "Γι' αυτό".
 */
export function opensAt(k: number, index: AnswerIndex): boolean {
  const { tokens, text } = index;
  const from = tokens[k - 1]?.end ?? 0;
  const to = tokens[k]?.start ?? 0;
  // Read in place: this runs for every word a quotation is looked for behind, and slices add up.
  for (let i = from; i < to; i++) if (OPENING.has(text[i]!)) return true;
  return to > from && TOGGLES.has(text[to - 1]!);
}

/** A quotation mark closes right after token k (a straight one touching it). */
export function closesAfter(k: number, index: AnswerIndex): boolean {
  const { tokens, text } = index;
  const t = tokens[k];
  if (!t) return false;
  const to = tokens[k + 1]?.start ?? text.length;
  for (let i = t.end; i < to; i++) if (CLOSING.has(text[i]!)) return true;
  return to > t.end && TOGGLES.has(text[t.end]!);
}

/** The last token of the quotation holding token `last`, or `last` when it does not close in the sentence. */
export function quotationEnd(last: number, index: AnswerIndex): number {
  const memo = memoOf(ends, index);
  const known = memo[last];
  if (known !== undefined && known >= 0) return known;
  const { tokens } = index;
  let found = last;
  for (let k = last; k < tokens.length && k - last <= SENTENCE_REACH; k++) {
    if (closesAfter(k, index)) {
      found = k;
      break;
    }
    if (tokens[k + 1]?.brk === Break.Sentence) break;
  }
  memo[last] = found;
  return found;
}

/** Token k stands inside quotation marks, or is itself quoted («scam»). */
export function quoted(k: number, index: AnswerIndex): boolean {
  return quotationStart(k, index) < k || (opensAt(k, index) && closesAfter(k, index));
}
