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
  const gap = text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
  return [...gap].some((ch) => OPENING.has(ch)) || TOGGLES.has(gap[gap.length - 1] ?? "");
}

/** A quotation mark closes right after token k (a straight one touching it). */
export function closesAfter(k: number, index: AnswerIndex): boolean {
  const { tokens, text } = index;
  const t = tokens[k];
  if (!t) return false;
  const gap = text.slice(t.end, tokens[k + 1]?.start ?? text.length);
  return [...gap].some((ch) => CLOSING.has(ch)) || TOGGLES.has(gap[0] ?? "");
}

/** The last token of the quotation holding token `last` (opened at `open`), or `last` when it does not close in the sentence. */
export function quotationEnd(open: number, last: number, index: AnswerIndex): number {
  const { tokens } = index;
  for (let k = last; k < tokens.length && k - open <= SENTENCE_REACH; k++) {
    if (closesAfter(k, index)) return k;
    if (tokens[k + 1]?.brk === Break.Sentence) break;
  }
  return last;
}

/** Token k stands inside quotation marks, or is itself quoted («scam»). */
export function quoted(k: number, index: AnswerIndex): boolean {
  return quotationStart(k, index) < k || (opensAt(k, index) && closesAfter(k, index));
}
