import type { ChalkInstance } from "chalk";
import type { Grade } from "../grading/types.js";
import { scoreBar } from "./feedback.js";
import { messages } from "./i18n/messages.js";
import { wrap } from "./text.js";

/** The line after "I covered this": the recomputed score, as a bar, and the verdict. */
export function renderOverrideResult(grade: Grade, chalk: ChalkInstance, columns: number): string {
  const t = messages(grade.lang);
  const verdict = grade.passed ? chalk.green(`✔ ${t.passed}`) : chalk.red(`✘ ${t.notPassed}`);
  const bar = scoreBar(grade.score, Math.max(10, Math.min(20, columns - 30)));
  return `${wrap(`${chalk.yellow("↺")} ${t.practice.overrideApplied(grade.score)}  ${bar}  ${verdict}`, columns)}\n`;
}
