import type { ChalkInstance } from "chalk";
import type { Lang } from "../content/types.js";
import type { ConceptCount, Stats } from "../practice/stats.js";
import { renderDayChart, chartCapacity, scoreColour } from "./chart.js";
import { scoreBar } from "./feedback.js";
import { catalogTexts } from "./i18n/catalog-views.js";
import { messages } from "./i18n/messages.js";
import { inert, pad, truncate, width, wrap } from "./text.js";
import { percent } from "./locale-format.js";

/** What the stats screen needs besides the numbers. */
export interface StatsContext {
  lang: Lang;
  /** The `--lang` filter, when given. */
  only?: Lang;
  since?: string;
  label: (question: string, concept: string) => string;
}

/** The `stats` screen: overview, streak, the chart by day, a bar per topic, missed and overridden concepts. */
export function renderStats(stats: Stats, ctx: StatsContext, chalk: ChalkInstance, columns: number): string {
  const t = messages(ctx.lang).practice;
  const filters = [ctx.only && catalogTexts(ctx.lang).langName[ctx.only], ctx.since && t.since(ctx.since)].filter(Boolean).join(" · ");
  const lines = [chalk.bold.underline(t.statsTitle) + (filters ? chalk.dim(` · ${filters}`) : "")];
  if (stats.attempts === 0) return `${[...lines, t.noneSelected].join("\n")}\n`;
  lines.push(wrap(t.overview(stats.sessions, stats.attempts, stats.questions), columns));
  lines.push(wrap(chalk.bold(t.average(stats.average, stats.passed, stats.attempts)), columns));
  const { current, longest, practisedToday } = stats.streak;
  lines.push(wrap(current > 0 ? `🔥 ${t.streak(current, longest)}` : t.noStreak(longest), columns));
  if (current > 0 && !practisedToday) lines.push(chalk.dim(wrap(t.keepStreak, columns)));

  lines.push("", chalk.bold(t.chartTitle));
  if (stats.days.length > chartCapacity(columns)) lines.push(chalk.dim(wrap(`(${t.chartShown(chartCapacity(columns), stats.days.length)})`, columns)));
  lines.push(...renderDayChart(stats.days, columns, chalk));

  lines.push("", chalk.bold(t.byTopic));
  const topicName = (topic: keyof ReturnType<typeof messages>["quiz"]["topics"]) => messages(ctx.lang).quiz.topics[topic];
  const nameWidth = Math.min(18, Math.max(...stats.topics.map((p) => width(topicName(p.topic)))));
  const barSize = Math.max(5, Math.min(20, columns - nameWidth - 16));
  for (const p of stats.topics) {
    const bar = scoreColour(chalk, p.average)(scoreBar(p.average, barSize));
    lines.push(`  ${pad(truncate(topicName(p.topic), nameWidth), nameWidth)} ${bar} ${pad(percent(p.average, ctx.lang), 7)}${chalk.dim(`(${p.attempts})`)}`);
  }

  if (stats.mostMissed.length > 0) {
    lines.push("", chalk.bold(t.mostMissed));
    lines.push(...conceptLines(stats.mostMissed, ctx, chalk.red("✘"), (c) => t.missedTimes(c.count, c.of), chalk, columns));
  }
  if (stats.overrides.length > 0) {
    lines.push("", chalk.bold(wrap(t.overridesTitle, columns)));
    lines.push(...conceptLines(stats.overrides, ctx, chalk.yellow("↺"), (c) => t.overrideTimes(c.count, c.of), chalk, columns));
  }
  return `${lines.join("\n")}\n`;
}

function conceptLines(rows: ConceptCount[], ctx: StatsContext, mark: string, count: (c: ConceptCount) => string, chalk: ChalkInstance, columns: number): string[] {
  // Continuation lines hang under the label, not under the mark.
  return rows.map((c) => wrap(`${mark} ${inert(ctx.label(c.question, c.concept))} ${chalk.dim(`(${c.question} · ${count(c)})`)}`, columns, "    ").replace(/^ {4}/, "  "));
}
