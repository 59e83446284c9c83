// "Buzzwords with nothing concrete behind them" (the blind protocol's keyword stuffing). Each language
// lists its generic marketing jargon (LanguageDefinition.buzzwords). A strong answer uses some of it
// between the things it actually says; a stuffed one strings it together: "We leverage engagement and
// storytelling to drive conversions and ROI across the funnel". Measured on our blind corpus's tuning
// split (then checked on the held-back answers and the shared set): with both bars below, every strong
// answer stays clear, and most stuffed ones are caught.
import type { Token } from "./words.js";

/** At least this many different jargon words... */
const STUFFED_MIN_DISTINCT = 5;
/** ...making up at least this share of the answer's words. */
const STUFFED_MIN_SHARE = 0.2;

/** True when the answer is mostly generic jargon: it names ideas instead of saying what the candidate would do. */
export function isBuzzwordStuffed(tokens: readonly Token[]): boolean {
  if (tokens.length < STUFFED_MIN_DISTINCT) return false;
  const distinct = new Set<string>();
  let count = 0;
  for (const t of tokens) {
    if (!t.lang?.stems("buzzwords").has(t.stem)) continue;
    count++;
    distinct.add(`${t.lang.code}:${t.stem}`);
  }
  return distinct.size >= STUFFED_MIN_DISTINCT && count / tokens.length >= STUFFED_MIN_SHARE;
}
