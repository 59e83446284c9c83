import type { ChalkInstance } from "chalk";
import type { Lang, Question } from "../content/types.js";
import type { Grade } from "../grading/types.js";
import { messages } from "./i18n/messages.js";
import { inert, wrap } from "./text.js";
import { listAnd, percent } from "./locale-format.js";

/** A bar of `size` cells filled in proportion to a 0-100 score. */
export function scoreBar(score: number, size: number): string {
  const filled = Math.round((Math.max(0, Math.min(100, score)) / 100) * size);
  return "█".repeat(filled) + "░".repeat(size - filled);
}

const quoted = (words: string[], lang: Lang) => listAnd(words.map((w) => `“${inert(w)}”`), lang);

/** The feedback on one graded answer: score bar, concepts covered and missed, red flags, model answer. */
export function renderFeedback(grade: Grade, question: Question, chalk: ChalkInstance, columns: number): string {
  const t = messages(grade.lang);
  const flags = grade.redFlags.filter((f) => f.hit);
  // An answer with enough points says what failed it: the first red flag, or being a bare list or mostly jargon.
  const shape = grade.list ? t.failedAsList : grade.stuffed ? t.failedAsBuzzwords : null;
  const reason = grade.passed || grade.score < grade.pass ? null : flags[0] ? t.failedByFlag(inert(flags[0].label)) : shape;
  const verdict = grade.passed ? chalk.green(`✔ ${t.passed}`) : chalk.red(`✘ ${reason ?? t.notPassed}`);
  const bar = scoreBar(grade.score, Math.max(10, Math.min(20, columns - 30)));
  const colour = grade.passed ? chalk.green : grade.score >= grade.pass ? chalk.yellow : chalk.red;
  // Wrapped like the rest: in a 40-column terminal the verdict would otherwise be cut mid-word.
  const lines = [wrap(`${t.score} ${colour(bar)} ${chalk.bold(percent(grade.score, grade.lang))}  ${verdict} ${chalk.dim(`(${t.passMark(grade.pass)})`)}`, columns)];
  if (grade.empty) lines.push(chalk.yellow(wrap(t.emptyAnswer, columns)));
  else if (shape && !reason) lines.push(chalk.yellow(wrap(shape, columns)));
  // A pass the concept score alone would not give says so, with the words that earned it.
  if (grade.passed && grade.likeness?.lifted) lines.push(chalk.green(wrap(t.passedOnLikeness(quoted(grade.likeness.words, grade.lang)), columns)));

  const hit = grade.concepts.filter((c) => c.hit);
  const missed = grade.concepts.filter((c) => !c.hit);
  lines.push("", chalk.bold(t.covered));
  if (hit.length === 0) lines.push(chalk.dim(`  ${t.noneCovered}`));
  for (const c of hit) lines.push(wrap(`${chalk.green("✔")} ${inert(c.label)} ${chalk.dim(`← ${quoted(c.matches, grade.lang)}`)}`, columns, "  "));
  if (missed.length > 0) {
    lines.push("", chalk.bold(t.missed));
    for (const c of missed) lines.push(wrap(`${chalk.red("✘")} ${inert(c.label)}`, columns, "  "));
  }
  if (flags.length > 0) {
    lines.push("", chalk.bold.red(t.redFlags));
    const whyOf = new Map(question.rubric.redFlags.map((f) => [f.id, f.why]));
    for (const f of flags) {
      const evidence = f.byLikeness ? t.flagByLikeness(quoted(f.matches, grade.lang)) : `← ${quoted(f.matches, grade.lang)}`;
      lines.push(wrap(`${chalk.red("⚠")} ${inert(f.label)} ${chalk.dim(evidence)}`, columns, "  "));
      // The flag's own reason teaches; the generic line is only for flags written without one.
      const why = whyOf.get(f.id);
      if (why) lines.push(chalk.dim(wrap(inert(why), columns, "    ")));
    }
    if (flags.some((f) => !whyOf.get(f.id))) lines.push(chalk.dim(wrap(t.redFlagWhy, columns, "  ")));
  }
  // Mentions the grader understood as rejected ("likes are not the goal"), so the user sees they were heard.
  const understood = [...grade.concepts.filter((c) => !c.hit), ...grade.redFlags.filter((f) => !f.hit)].filter((r) => r.rejected?.length);
  if (understood.length > 0) {
    lines.push("", chalk.bold(t.notCounted));
    for (const r of understood) {
      const why = (r.rejected ?? []).map((m) => `“${inert(m.words)}”: ${t.notCountedWhy[m.why]}`);
      lines.push(wrap(`${chalk.dim("⊘")} ${inert(r.label)} ${chalk.dim(`← ${listAnd(why, grade.lang)}`)}`, columns, "  "));
    }
  }
  lines.push("", chalk.bold(t.modelAnswer), wrap(inert(question.answer.trim()), columns, "  "));
  return `${lines.join("\n")}\n`;
}
