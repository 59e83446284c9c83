import type { ChalkInstance } from "chalk";
import { questionKey, type Lang } from "../content/types.js";
import type { Outcome } from "../practice/session.js";
import { selfCreditPoints, type Summary } from "../practice/summary.js";
import { messages, type QuizMessages } from "./i18n/messages.js";
import { inert, pad, truncate, width, wrap } from "./text.js";
import { listAnd, percent } from "./locale-format.js";

/** How the summary should end: was the session cut short, and how to repeat it. */
export interface SummaryContext {
  lang: Lang;
  interrupted: boolean;
  /** How the user runs smm-prep (`smm-prep` or `npx smm-prep`): every command shown starts with it. */
  run: string;
  /** The command that replays the same questions, after `run`, e.g. `quiz --seed 7`. */
  repeat?: string;
  minScore?: number;
}

/** The end-of-session summary: table (question, score, passed), average, weakest spots, what next. */
export function renderSummary(summary: Summary, ctx: SummaryContext, chalk: ChalkInstance, columns: number): string {
  const t = messages(ctx.lang).quiz;
  const lines = ["", chalk.bold.underline(t.summary)];
  if (ctx.interrupted) lines.push(chalk.yellow(wrap(t.interrupted, columns)));
  if (summary.outcomes.length > 0) lines.push(...table(summary.outcomes, t, ctx.lang, chalk, columns));
  lines.push("");
  if (summary.graded === 0) lines.push(t.noAnswers);
  else lines.push(wrap(chalk.bold(t.average(summary.average, summary.passed, summary.graded)), columns));
  if (summary.selfCredit.answers > 0) lines.push(chalk.yellow(wrap(t.selfCreditAverage(summary.selfCredit.answers, summary.selfCredit.points), columns)));
  if (summary.skipped > 0) lines.push(chalk.dim(t.skippedCount(summary.skipped)));
  if (ctx.minScore !== undefined && summary.average < ctx.minScore) lines.push(chalk.red(wrap(t.belowMinScore(summary.average, ctx.minScore), columns)));

  if (summary.weakestTopics.length > 0) {
    const topics = listAnd(summary.weakestTopics.map((w) => `${t.topics[w.topic]} ${percent(w.score, ctx.lang)}`), ctx.lang);
    lines.push("", chalk.bold(t.weakestTopics), wrap(topics, columns, "  "));
  }
  if (summary.weakestConcepts.length > 0) {
    lines.push("", chalk.bold(t.weakestConcepts));
    for (const c of summary.weakestConcepts) lines.push(wrap(`${chalk.red("✘")} ${inert(c.label)} ${chalk.dim(`(${c.question})`)}`, columns, "  "));
  }
  lines.push(...practise(summary, ctx, t, chalk, columns));
  if (ctx.repeat) lines.push("", chalk.dim(t.repeatSeed), chalk.cyan(wrap(`$ ${ctx.run} ${ctx.repeat}`, columns, "    ")));
  return `${lines.join("\n")}\n`;
}

function practise(summary: Summary, ctx: SummaryContext, t: QuizMessages, chalk: ChalkInstance, columns: number): string[] {
  const { review, topic } = summary.practise;
  if (summary.graded > 0 && review.length === 0) return ["", chalk.green(wrap(t.allPassed, columns))];
  if (review.length === 0 && !topic) return [];
  const command = (text: string) => chalk.cyan(wrap(`$ ${text}`, columns, "    "));
  const lines = ["", chalk.bold(t.practiseNext)];
  if (review.length > 0) {
    lines.push(wrap(t.reviewHint, columns, "  "));
    for (const key of review) lines.push(command(`${ctx.run} show ${key} --lang ${ctx.lang}`));
  }
  if (topic) lines.push(wrap(t.drillHint, columns, "  "), command(`${ctx.run} quiz --topic ${topic} --lang ${ctx.lang}`));
  return lines;
}

/** The table rows; the question column shrinks (with "…") to fit, and notes that do not fit go on a line of their own. */
function table(outcomes: Outcome[], t: QuizMessages, lang: Lang, chalk: ChalkInstance, columns: number): string[] {
  const scoreWidth = Math.max(5, width(t.colScore));
  const passWidth = Math.max(1, width(t.colPassed));
  const keys = outcomes.map((o) => questionKey(o.question));
  const keyWidth = Math.max(8, Math.min(Math.max(width(t.colQuestion), ...keys.map(width)), columns - scoreWidth - passWidth - 4));
  const score = (text: string) => " ".repeat(Math.max(0, scoreWidth - width(text))) + text;
  const header = `${pad(truncate(t.colQuestion, keyWidth), keyWidth)}  ${score(t.colScore)}  ${t.colPassed}`;
  const rows = outcomes.flatMap((o, i) => {
    const key = pad(truncate(keys[i]!, keyWidth), keyWidth);
    const row = o.status === "skipped" ? chalk.dim(`${key}  ${score("—")}  –`) : `${key}  ${score(percent(o.attempt.grade.score, lang))}  ${o.attempt.grade.passed ? chalk.green("✔") : chalk.red("✘")}`;
    const notes = noteOf(o, t);
    if (!notes) return [row];
    const room = columns - keyWidth - scoreWidth - passWidth - 6;
    if (width(notes) <= room) return [`${row}${" ".repeat(passWidth - 1)}  ${chalk.dim(notes)}`];
    return [row, chalk.dim(`  ↳ ${truncate(notes, columns - 4)}`)];
  });
  return [chalk.dim(header), ...rows];
}

/** What else to know about a row: skipped, self-credit, over time, hinted, how many tries. */
function noteOf(o: Outcome, t: QuizMessages): string {
  if (o.status === "skipped") return t.skippedMark;
  const credit = selfCreditPoints(o.attempt);
  const notes = [credit > 0 ? t.selfCreditMark(credit) : "", o.attempt.overTime ? t.overTimeMark : "", o.attempt.hinted ? t.hintMark : "", o.tries > 1 ? t.tries(o.tries) : ""];
  // Notes are tags, not a sentence: a comma separates them in all three languages.
  return notes.filter(Boolean).join(", ");
}
