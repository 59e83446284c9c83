// "not only", "не только", "όχι μόνο": a negation followed by one of these words is emphasis, not a
// denial. Phrase matching (match.ts) and negation scope (scope.ts) ask the same question here.
import type { Token } from "./words.js";

/** Whether the token is a word its language lists as turning a negation before it into emphasis ("only", "just"). */
export function isEmphasis(t: Token | undefined): boolean {
  return !!t?.lang && t.lang.pseudoNegations.has(t.norm);
}
