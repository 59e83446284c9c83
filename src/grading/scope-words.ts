// Small tests on answer tokens that the scope rules share: list membership, clause breaks, phrases.
import type { CompiledPhrase } from "./compile.js";
import type { Language, StemList } from "./lang/registry.js";
import { Break, type Token } from "./words.js";

/** Why a mention was not counted; shown in the feedback. */
export type Rejection = "negated" | "contrasted" | "conceded" | "judged" | "reported" | "abandoned";

/** How far a sentence is searched for evaluation, concession, quotation marks or another experiencer. */
export const SENTENCE_REACH = 40;

/** The negation-related facts of a keyword (a phrase keyword; structured keywords state no negation). */
export type KeywordFacts = Pick<CompiledPhrase, "negations" | "concord">;
export const PLAIN: KeywordFacts = { negations: new Set(), concord: false };

/** The token's stem is in one of its language's stem lists. */
export const inList = (t: Token | undefined, list: StemList): boolean => !!t?.lang && t.lang.stems(list).has(t.stem);
/** The token's normalised word is in one of its language's word sets. */
export const has = (t: Token | undefined, pick: (l: Language) => ReadonlySet<string>): boolean => !!t?.lang && pick(t.lang).has(t.norm);
/** The token is a negation word of its language. */
export const isNegation = (t: Token | undefined): boolean => !!t?.lang?.isNegation(t);

/** A clause boundary stands between token i-1 and token i. */
export const clauseBreak = (tokens: Token[], i: number): boolean => (tokens[i]?.brk ?? Break.None) !== Break.None;

/** A phrase of the list `pick` ends at token j ("rather than", "people who"). */
export function phraseEndsAt(tokens: Token[], j: number, pick: (l: Language) => readonly (readonly string[])[]): boolean {
  const lang = tokens[j]?.lang;
  if (!lang) return false;
  return pick(lang).some((phrase) => phrase.every((w, k) => tokens[j - phrase.length + 1 + k]?.norm === w));
}
