// The one module that talks to Inquirer. Only the interactive quiz imports it (lazily), so `list`,
// `grade` and scripted sessions never load Inquirer.
import type { ChalkInstance } from "chalk";
import { checkbox, editor, select } from "@inquirer/prompts";
import type { Lang } from "../content/types.js";
import { Interrupted } from "../errors.js";
import { isBlankAnswer, parseReply, type Reply } from "../practice/reply.js";
import type { NextStep } from "../practice/session-loop.js";
import { BRACKETED_PASTE, answerInput } from "./answer-input.js";
import { messages } from "./i18n/messages.js";
import { clock } from "./quiz-question.js";
import { inert, wrap } from "./text.js";

/** The terminal the prompts read keys from and draw on (the command's injected stdin and stdout). */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Aborted when the session must end (SIGHUP, SIGTERM): the prompt closes and restores the terminal. */
  signal?: AbortSignal;
}

/** How the answer prompt behaves for this session. */
export interface AnswerPromptOptions {
  lang: Lang;
  editor: boolean;
  /** Seconds per question; undefined for no countdown. */
  timer?: number;
  chalk: ChalkInstance;
  streams: PromptStreams;
  /** The width the echo of an answer written in the editor wraps to. */
  columns: number;
}

/**
 * Inquirer colours its prompts itself (and only honours NO_COLOR); drawing every part with our chalk
 * makes the prompts follow --no-color, NO_COLOR and FORCE_COLOR exactly like the rest of the output.
 */
function theme(chalk: ChalkInstance) {
  return {
    prefix: { idle: chalk.blue("?"), done: chalk.green("✔") },
    spinner: { interval: 80, frames: ["-", "\\", "|", "/"].map((f) => chalk.yellow(f)) },
    style: {
      answer: (text: string) => chalk.cyan(text),
      message: (text: string) => chalk.bold(text),
      error: (text: string) => chalk.red(`> ${text}`),
      defaultAnswer: (text: string) => chalk.dim(`(${text})`),
      help: (text: string) => chalk.dim(text),
      highlight: (text: string) => chalk.cyan(text),
      key: (text: string) => chalk.cyan.bold(`<${text}>`),
      description: (text: string) => chalk.cyan(text),
      disabled: (text: string) => chalk.dim(text),
      // Inquirer's key tips are English words; the arrows alone read the same in every language.
      keysHelpTip: (keys: [string, string][]) => chalk.dim(keys.map(([key]) => key).join(" ")),
    },
  };
}

/**
 * Asks for the answer to the current question: lines typed or pasted (with a countdown under
 * --timer), or $EDITOR. Nothing to grade is never an answer: the prompt (or the editor) asks again.
 */
export async function askAnswer(opts: AnswerPromptOptions): Promise<Reply> {
  const t = messages(opts.lang).quiz;
  const message = t.answerPrompt;
  const accept = (text: string) => !isBlankAnswer(text);
  return interruptible(async () => {
    if (!opts.editor) {
      const countdown = (left: number) => t.timeLeft(clock(left));
      const timer = opts.timer !== undefined ? { seconds: opts.timer, countdown } : {};
      const answer = await withBracketedPaste(opts.streams.output, () => answerInput({ message, accept, refusal: t.nothingToGrade, ...timer, theme: theme(opts.chalk) }, opts.streams));
      return parseReply(answer.text, answer.overTime, opts.lang);
    }
    const base = theme(opts.chalk);
    const editorTheme = { ...base, style: { ...base.style, waitingMessage: t.editorPrompt, loadingMessage: () => "…" } };
    // Inquirer's editor validates what was saved: an empty file shows the refusal and waits for Enter again.
    const validate = (text: string) => accept(text) || t.nothingToGrade;
    const text = await editor({ message, waitForUserInput: true, file: { postfix: ".md" }, validate, theme: editorTheme }, opts.streams);
    const reply = parseReply(text, false, opts.lang);
    // The editor's screen is gone once it closes: what is about to be graded is shown, as a typed answer is.
    if (reply.kind === "answer") opts.streams.output.write(`${opts.chalk.cyan(wrap(inert(text.trim()), opts.columns, "  "))}\n`);
    return reply;
  });
}

/**
 * Runs a prompt with the terminal's bracketed paste on, so a pasted line break reaches the prompt
 * as part of a paste rather than as Enter. Only on a terminal: anything else would print the codes.
 */
async function withBracketedPaste<T>(output: NodeJS.WritableStream, prompt: () => Promise<T>): Promise<T> {
  const tty = (output as { isTTY?: boolean }).isTTY === true;
  if (tty) output.write(BRACKETED_PASTE.on);
  try {
    return await prompt();
  } finally {
    if (tty) output.write(BRACKETED_PASTE.off);
  }
}

/** After the feedback: next question (or, after the last, the summary), try again, quit, or (last, when offered) "I covered this". */
export async function askNextStep(lang: Lang, isLast: boolean, chalk: ChalkInstance, streams: PromptStreams, offerOverride = false): Promise<NextStep | "override"> {
  const t = messages(lang).quiz;
  const choices = [
    { value: "next" as const, name: isLast ? t.finish : t.nextQuestion },
    { value: "retry" as const, name: t.tryAgain },
    ...(isLast ? [] : [{ value: "quit" as const, name: t.quit }]),
    ...(offerOverride ? [{ value: "override" as const, name: messages(lang).practice.overrideChoice }] : []),
  ];
  return interruptible(() => select({ message: t.nextPrompt, choices, theme: { ...theme(chalk), indexMode: "number" as const } }, streams));
}

/** "I covered this": which of the missed concepts the user says the answer covered (none: keep the grade). */
export async function askOverrides(lang: Lang, missed: readonly { id: string; label: string }[], chalk: ChalkInstance, streams: PromptStreams): Promise<string[]> {
  const t = messages(lang).practice;
  const base = theme(chalk);
  const choices = missed.map((c) => ({ value: c.id, name: inert(c.label) }));
  const style = { ...base.style, keysHelpTip: () => chalk.dim(t.overrideHelp) };
  return interruptible(() => checkbox({ message: t.overridePrompt, choices, theme: { ...base, style } }, streams));
}

/** Runs a prompt, turning Ctrl-C (Inquirer's ExitPromptError) and an aborted session (AbortPromptError) into our Interrupted. */
async function interruptible<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (err) {
    // Matched by name: the class may come from more than one copy of @inquirer/core.
    if (err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError")) throw new Interrupted();
    throw err;
  }
}
