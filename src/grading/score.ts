// Turning keyword occurrences into the verdict (keyword rule 7).
import type { CompiledItem, CompiledRubric } from "./compile.js";
import { findKeyword, type AnswerIndex } from "./match.js";
import type { ConceptResult, RedFlagResult } from "./types.js";

/** Quotes the answer as written between two offsets of its cleaned text. */
export type Quote = (start: number, end: number) => string;

/** Whether an item was hit and the answer's own words (phrase spans as written) that hit it, de-duplicated. */
export function matchItem(item: CompiledItem, index: AnswerIndex, quote: Quote): { hit: boolean; matches: string[] } {
  const found: { at: number; surface: string }[] = [];
  for (const kw of item.keywords) {
    for (const span of findKeyword(kw, index)) {
      const first = index.tokens[span.first];
      const last = index.tokens[span.last];
      if (first && last) found.push({ at: first.start, surface: quote(first.start, last.end) });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const matches = [...new Set(found.map((f) => f.surface))];
  return { hit: matches.length > 0, matches };
}

/** Concept and red-flag results for an answer; an empty answer hits nothing. */
export function judge(compiled: CompiledRubric, index: AnswerIndex | null, quote: Quote): { concepts: ConceptResult[]; redFlags: RedFlagResult[] } {
  const run = (item: CompiledItem) => (index ? matchItem(item, index, quote) : { hit: false, matches: [] });
  return {
    concepts: compiled.concepts.map((c) => ({ id: c.id, label: c.label, weight: c.weight, ...run(c) })),
    redFlags: compiled.redFlags.map((f) => ({ id: f.id, label: f.label, ...run(f) })),
  };
}

/** 100 × weight of the concepts hit / total weight, rounded; 0 when the rubric has no weight at all. */
export function scoreOf(concepts: ConceptResult[]): number {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0) return 0;
  const hit = concepts.reduce((sum, c) => sum + (c.hit ? c.weight : 0), 0);
  return Math.round((100 * hit) / total);
}
