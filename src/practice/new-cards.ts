// Never-practised questions enter review as new cards, a few a day, as flashcard tools do: enough to
// grow what is known, few enough that tomorrow's reviews do not pile up.
import type { Day, DayOf } from "./days.js";
import type { HistoryRecord } from "./history-record.js";

/** How many questions were answered for the first time ever on `today` (new cards already introduced). */
export function introducedOn(records: readonly HistoryRecord[], dayOf: DayOf, today: Day): number {
  const first = new Map<string, Day>();
  for (const r of records) {
    const day = dayOf(r.time);
    const seen = first.get(r.question);
    if (seen === undefined || day < seen) first.set(r.question, day);
  }
  return [...first.values()].filter((day) => day === today).length;
}

/**
 * Today's new cards: the candidates never practised, in the order given, up to what is left of the
 * day's allowance (`perDay` minus those already introduced today).
 */
export function newCards(candidates: readonly string[], practised: ReadonlySet<string>, perDay: number, introducedToday: number): string[] {
  const room = Math.max(0, perDay - introducedToday);
  return candidates.filter((q) => !practised.has(q)).slice(0, room);
}
