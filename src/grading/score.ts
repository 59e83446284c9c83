// Turning keyword occurrences into the verdict (keyword rule 7): which occurrences count (scope.ts),
// which concepts and red flags they earn, and the score.
import type { CompiledAll, CompiledItem, CompiledKeyword, CompiledPhrase, CompiledRange, CompiledRubric } from "./compile.js";
import { findPhrase, sentenceOf, type AnswerIndex, type Span } from "./match.js";
import { numbersIn } from "./numbers.js";
import { conceded, notEndorsed, turnedDown } from "./endorsement.js";
import { rejection, type KeywordFacts, type Rejection } from "./scope.js";
import type { ConceptResult, Grade, RedFlagResult, RejectedMention } from "./types.js";

/** Quotes the answer as written between two offsets of its cleaned text. */
export type Quote = (start: number, end: number) => string;

/** How a keyword is being judged: a concept, a red-flag claim, or a red-flag practice (needs endorsement). */
type Role = "concept" | "claim" | "practice";

/** One occurrence of a keyword: its spans (one per part of a co-occurrence) and why it does not count, if it does not. */
interface Occurrence {
  spans: Span[];
  why: Rejection | null;
}

/** Sense guard: one of the phrase's `unless` keywords stands within two words of the span. */
function guarded(kw: CompiledPhrase, span: Span, index: AnswerIndex): boolean {
  const sentence = sentenceOf(index, span.first);
  return kw.unless.some((g) =>
    findPhrase(g, index).some((s) => sentenceOf(index, s.first) === sentence && s.first <= span.last + 3 && s.last >= span.first - 3),
  );
}

function judged(span: Span, index: AnswerIndex, role: Role, why: Rejection | null, kw?: KeywordFacts): Rejection | null {
  if (why || role === "concept") return why;
  if (conceded(span.first, span.last, index)) return "conceded";
  if (role !== "practice") return null;
  // Only a phrase is turned down by a negation after it; a co-occurrence often holds its own ("аналитика" + "нет смысла").
  return kw && turnedDown(span.last, index, kw) ? "negated" : notEndorsed(span.first, span.last, index);
}

function phraseOccurrences(kw: CompiledPhrase, index: AnswerIndex, role: Role, facts: KeywordFacts = kw): Occurrence[] {
  return findPhrase(kw, index)
    .filter((span) => !guarded(kw, span, index))
    .map((span) => ({ spans: [span], why: judged(span, index, role, rejection(span.first, span.last, index, facts), kw) }));
}

function inRange(kw: CompiledRange, m: { value: number; bare: number; scaled: boolean; percent: boolean }): boolean {
  if (kw.percent) return m.percent ? m.value >= kw.lo && m.value <= kw.hi : !m.scaled && m.bare >= kw.bareLo && m.bare <= kw.bareHi;
  if (m.percent) return false;
  return m.scaled ? m.value >= kw.lo && m.value <= kw.hi : m.bare >= kw.bareLo && m.bare <= kw.bareHi;
}

function rangeOccurrences(kw: CompiledRange, index: AnswerIndex, role: Role): Occurrence[] {
  return numbersIn(index)
    .filter((m) => inRange(kw, m))
    .map((m) => ({ spans: [m], why: judged(m, index, role, rejection(m.first, m.last, index)) }));
}

/** Occurrences of every part in one sentence; one occurrence per sentence where all parts are said. */
function allOccurrences({ parts, stated: facts }: CompiledAll, index: AnswerIndex, role: Role): Occurrence[] {
  // Parts are read one at a time, and only in the sentences every earlier part was said in: most
  // co-occurrences fail on their first part, and reading the others would be wasted.
  let open: Map<number, Span[]> | null = null;
  for (const alternatives of parts) {
    const next = new Map<number, Span[]>();
    for (const kw of alternatives) {
      for (const o of phraseOccurrences(kw, index, "concept", facts ?? kw)) {
        const span = o.spans[0];
        if (!span || o.why) continue;
        const s = sentenceOf(index, span.first);
        const before: Span[] | undefined = open ? open.get(s) : [];
        if (before && !next.has(s)) next.set(s, [...before, span]);
      }
    }
    if (next.size === 0) return [];
    open = next;
  }
  const found: Occurrence[] = [];
  for (const spans of open?.values() ?? []) {
    const head = spans[0];
    if (!head) continue;
    // The practice turned down by a negated verb after its last part ("розыгрыши «за репост» не делаю"),
    // unless a part states a negation itself ("аналитика" + "не нужна"). Only the last: a negation after an
    // earlier part is often how the practice is said ("жалобы в ленте не держать: комментарий удаляю").
    const last = Math.max(...spans.map((s) => s.last));
    const down = role === "practice" && !facts && turnedDown(last, index);
    found.push({ spans, why: role === "concept" ? null : down ? "negated" : judged(head, index, role, null) });
  }
  return found;
}

function occurrences(kw: CompiledKeyword, index: AnswerIndex, role: Role): Occurrence[] {
  if (kw.type === "phrase") return phraseOccurrences(kw, index, role);
  if (kw.type === "range") return rangeOccurrences(kw, index, role);
  return allOccurrences(kw, index, role);
}

/** Whether an item was hit, the answer's own words that hit it (phrase spans as written, de-duplicated), and the mentions not counted. */
function matchItem(item: CompiledItem, index: AnswerIndex, quote: Quote, flag = false): { hit: boolean; matches: string[]; rejected?: RejectedMention[] } {
  const found: { at: number; surface: string }[] = [];
  const rejected: { at: number; words: string; why: Rejection }[] = [];
  const lists: [CompiledKeyword[], Role][] = [[item.keywords, flag ? "claim" : "concept"], [item.practice, "practice"]];
  for (const [list, role] of lists) {
    for (const kw of list) {
      for (const o of occurrences(kw, index, role)) {
        for (const span of o.spans) {
          const first = index.tokens[span.first];
          const last = index.tokens[span.last];
          if (!first || !last) continue;
          const surface = quote(first.start, last.end);
          if (o.why) rejected.push({ at: first.start, words: surface, why: o.why });
          else found.push({ at: first.start, surface });
        }
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  const matches = [...new Set(found.map((f) => f.surface))];
  const seen = new Set(matches);
  const notCounted: RejectedMention[] = [];
  for (const r of rejected.sort((a, b) => a.at - b.at)) {
    if (seen.has(r.words)) continue;
    seen.add(r.words);
    notCounted.push({ words: r.words, why: r.why });
  }
  return { hit: matches.length > 0, matches, ...(notCounted.length > 0 ? { rejected: notCounted } : {}) };
}

/** Concept and red-flag results for an answer; an empty answer hits nothing. */
export function judge(compiled: CompiledRubric, index: AnswerIndex | null, quote: Quote): { concepts: ConceptResult[]; redFlags: RedFlagResult[] } {
  const run = (item: CompiledItem, flag: boolean) => (index ? matchItem(item, index, quote, flag) : { hit: false, matches: [] });
  return {
    concepts: compiled.concepts.map((c) => ({ id: c.id, label: c.label, weight: c.weight, ...run(c, false) })),
    redFlags: compiled.redFlags.map((f) => ({ id: f.id, label: f.label, ...run(f, true) })),
  };
}

/** 100 × weight of the concepts hit / total weight, rounded; 0 when the rubric has no weight at all. */
export function scoreOf(concepts: ConceptResult[]): number {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total <= 0) return 0;
  const hit = concepts.reduce((sum, c) => sum + (c.hit ? c.weight : 0), 0);
  return Math.round((100 * hit) / total);
}

/** The pass rule: enough concept weight (or likeness to accepted answers), no red flag, and an answer made of statements (not empty, not a bare list, not mostly jargon). */
export function passes(g: Pick<Grade, "empty" | "score" | "pass" | "redFlags"> & { list?: boolean; stuffed?: boolean; lifted?: boolean }): boolean {
  return !g.empty && !g.list && !g.stuffed && (g.score >= g.pass || g.lifted === true) && !g.redFlags.some((f) => f.hit);
}
