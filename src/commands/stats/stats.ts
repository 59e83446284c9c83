import type { GlobalOptions, Io } from "../../io/context.js";
import type { ReportFlags } from "../flags.js";
import { invocation } from "../../io/invocation.js";
import { computeStats, streakOf } from "../../practice/stats.js";
import { paint } from "../../ui/color.js";
import { messages } from "../../ui/i18n/messages.js";
import { renderStats } from "../../ui/stats-view.js";
import { columnsOf } from "../../ui/text.js";
import { conceptLabels, selectHistory } from "../history/reports.js";
import { jsonText } from "../../ui/json-text.js";

/** The flags of `smm-prep stats`, read (see index.ts). */
export interface StatsOptions extends ReportFlags {
  json: boolean;
}

/** `smm-prep stats`: progress over the practice history, as a screen or as JSON. */
export async function stats(io: Io, globals: GlobalOptions, opts: StatsOptions): Promise<number> {
  // --lang narrows the history to that language and speaks it; without it every answer counts.
  const { lang, only, since, dayOf, today, history, records } = selectHistory(io, opts);
  const result = computeStats(records, dayOf, today);
  // A streak is about the person, not the selection: practice in any language on any day keeps it.
  result.streak = streakOf(history.records.map((r) => dayOf(r.time)), today);
  const label = await conceptLabels(io, globals, records, lang);

  if (opts.json) {
    const labelled = (rows: typeof result.mostMissed) => rows.map((c) => ({ ...c, label: label(c.question, c.concept) }));
    const report = {
      ...result,
      mostMissed: labelled(result.mostMissed),
      overrides: labelled(result.overrides),
      filter: { lang: only ?? null, since: since ?? null },
      today,
      damagedLines: history.damaged.length,
    };
    io.stdout.write(`${jsonText(report, 2)}\n`);
    return 0;
  }
  if (history.records.length === 0) {
    io.stdout.write(`${messages(lang).practice.noHistory(invocation(io.env))}\n`);
    return 0;
  }
  const chalk = await paint(io.stdout, io.env, globals.color);
  const ctx = { lang, ...(only ? { only } : {}), ...(since ? { since } : {}), label: (q: string, c: string) => label(q, c) };
  io.stdout.write(renderStats(result, ctx, chalk, Math.min(100, columnsOf(io.stdout, io.env, 80))));
  return 0;
}
