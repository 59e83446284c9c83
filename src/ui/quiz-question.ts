import type { ChalkInstance } from "chalk";
import type { Lang, Question } from "../content/types.js";
import { COMMAND_NAMES, type Reply } from "../practice/reply.js";
import { messages } from "./i18n/messages.js";
import { listAnd } from "./locale-format.js";
import { inert, wrap } from "./text.js";

/** The progress line, `Question 2/5 · analytics`, in the session's language. */
export function progressLine(lang: Lang, position: number, total: number, question: Question): string {
  const t = messages(lang).quiz;
  return `${t.progress(position, total)} · ${t.topics[question.topic]}`;
}

/** A question as the session shows it: a blank line, the progress line, the prompt, and (interactive) the commands. */
export function renderQuestionHeading(question: Question, position: number, total: number, chalk: ChalkInstance, columns: number, commands = false): string {
  const progress = chalk.cyan(wrap(progressLine(question.lang, position, total, question), columns));
  const help = commands ? `${chalk.dim(wrap(messages(question.lang).quiz.commandsHelp, columns))}\n` : "";
  return `\n${progress}\n${chalk.bold(wrap(inert(question.prompt.trim()), columns))}\n${help}`;
}

/** The guidance shown for `:hint`. */
export function renderHint(question: Question, chalk: ChalkInstance, columns: number): string {
  const t = messages(question.lang).quiz;
  return `${chalk.yellow(`💡 ${t.hint}`)}\n${wrap(inert(question.guidance.trim()), columns, "  ")}\n`;
}

/** The line after `:skip`. */
export function renderSkipped(question: Question, chalk: ChalkInstance): string {
  return `${chalk.dim(messages(question.lang).quiz.skipped)}\n`;
}

/** The line after a colon word that is no command: the did-you-mean, and the session language's commands. */
export function renderUnknownCommand(lang: Lang, reply: Extract<Reply, { kind: "unknown" }>, chalk: ChalkInstance, columns: number): string {
  const names = Object.values(COMMAND_NAMES[lang]).map((list) => list[0]!);
  const text = messages(lang).quiz.unknownCommand(inert(reply.command), reply.suggestion, listAnd(names, lang));
  return `${chalk.yellow(wrap(text, columns))}\n`;
}

/** The notice shown before the feedback when the `--timer` ran out. */
export function renderTimeUp(lang: Lang, chalk: ChalkInstance, columns: number): string {
  return `${chalk.yellow(wrap(`⏱ ${messages(lang).quiz.timeUp}`, columns))}\n`;
}

/** Formats a countdown as m:ss. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
