import { resolveLang } from "../../content/lang.js";
import type { Lang, Question } from "../../content/types.js";
import { EXIT, Interrupted, UserError } from "../../errors.js";
import { MAX_ANSWER_CHARS, gradeAnswer } from "../../grading/index.js";
import { readLines } from "../../io/answer-lines.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { SessionLog } from "../../practice/session.js";
import { parseReply } from "../../practice/reply.js";
import { runSession, type SessionPorts } from "../../practice/session-loop.js";
import { randomSeed } from "../../practice/select.js";
import { SESSION_COUNT, type QuizFlags } from "./index.js";
import { sessionReport, summarize } from "../../practice/summary.js";
import { paint } from "../../ui/color.js";
import { renderFeedback } from "../../ui/feedback.js";
import { renderHint, renderQuestionHeading, renderSkipped, renderTimeUp, renderUnknownCommand } from "../../ui/quiz-question.js";
import { renderSummary } from "../../ui/quiz-summary.js";
import { columnsOf } from "../../ui/text.js";
import { NO_HISTORY, type Recorder } from "../history/recorder.js";
import { SessionRecorder } from "../history/session-recorder.js";
import { drawQuestions, planFromFile, type SessionPlan } from "./plan.js";
import { installForms } from "../../io/forms.js";
import { builtinDir } from "../../io/load-content.js";
import { checkEditor } from "../../io/editor-check.js";
import { invocation } from "../../io/invocation.js";
import { trapTermination } from "../../io/signals.js";
import { jsonText } from "../../ui/json-text.js";

/** The read flags of `smm-prep quiz` (see index.ts), and what `review` hands over. */
export interface QuizOptions extends QuizFlags {
  /** For other commands (e.g. `review`), not a flag: ask exactly these questions, in this order. */
  questions?: readonly Question[];
  /** For other commands, not a flag: the command shown under the summary to practise again, without `smm-prep` (e.g. `review`). */
  repeat?: string;
}

// The history seam (issue 6): the recorder's `record` is called once for every graded answer (retries
// and over-time answers included), in every mode: scripted answers once their feedback is written;
// interactive ones when the user moves on (or presses Ctrl-C), so the record carries any "I covered
// this" overrides. Answers graded before Ctrl-C are recorded before the summary is shown. When is
// SessionRecorder's decision (history/session-recorder.ts).
export type { Recorder } from "../history/recorder.js";

type Mode = "interactive" | "piped" | "file";

/** The checked flags. */
interface Settings {
  mode: Mode;
  count: number;
  seed: string;
  editor: boolean;
  timer?: number;
  minScore?: number;
}

/** Where and how the session writes: one chalk and one width for everything it prints. */
interface View {
  io: Io;
  chalk: Awaited<ReturnType<typeof paint>>;
  columns: number;
  /** With --json nothing but the report is printed. */
  quiet: boolean;
}

/** `smm-prep quiz`: an interactive session, or a scripted one from piped lines or `--answers FILE`. */
export async function quiz(io: Io, globals: GlobalOptions, opts: QuizOptions, recorder: Recorder = NO_HISTORY): Promise<number> {
  const settings = checkOptions(io, opts);
  let lang = resolveLang(opts.lang, io.env);
  let plan: SessionPlan;
  if (opts.answers !== undefined) ({ lang, ...plan } = await planFromFile(io, globals, opts.answers, lang));
  else if (opts.questions) plan = { questions: [...opts.questions] };
  else plan = await drawQuestions(io, globals, { lang, count: settings.count, seed: settings.seed, ...(opts.bank ? { bank: opts.bank } : {}), ...(opts.topic ? { topic: opts.topic } : {}) });

  const view: View = { io, chalk: await paint(io.stdout, io.env, globals.color), columns: Math.min(100, columnsOf(io.stdout, io.env, 80)), quiet: Boolean(opts.json) };
  // Lemma forms of every planned question, before the first answer: grading itself stays synchronous.
  await installForms(plan.questions, builtinDir(io.env));
  const log = new SessionLog(plan.questions);
  recorder.open?.(lang);
  const recording = new SessionRecorder(recorder, settings.mode === "interactive");
  const trap = settings.mode === "interactive" ? trapTermination() : undefined;
  const output = settings.mode === "interactive" ? undefined : watchOutput(io.stdout);
  const ports: SessionPorts = { ...displayPorts(view, recording, settings.mode), ...(await answerPorts(view, settings, plan, recording, trap?.signal, output)) };
  const repeat = opts.repeat ?? (settings.mode === "file" || opts.questions ? undefined : repeatCommand(lang, opts, settings));
  try {
    await runSession(log, ports);
  } catch (err) {
    if (err instanceof OutputClosed) return outputClosed(io, recording.recorded, log.questions.length);
    // Ctrl-C, SIGHUP or SIGTERM: what was graded is kept (recorded and shown), then main.ts exits 130, 129 or 143.
    if (err instanceof Interrupted) {
      await recording.settle();
      printSummary(view, log, lang, { interrupted: true, repeat, minScore: settings.minScore });
      const code = trap?.exitCode();
      if (code !== undefined) throw new Interrupted(code);
    }
    throw err;
  } finally {
    trap?.release();
    output?.stop();
  }
  const average = printSummary(view, log, lang, { interrupted: false, repeat, minScore: settings.minScore });
  return settings.minScore !== undefined && average < settings.minScore ? EXIT.checkFailed : EXIT.ok;
}

/** The reader of standard output went away (`quiz | head -1`): the session stops asking. */
class OutputClosed extends Error {}

/** Watches a scripted session's standard output for a reader that has gone (EPIPE); see main.ts. */
function watchOutput(stdout: Io["stdout"]): { closed: () => boolean; stop: () => void } {
  const stream = stdout as Partial<Pick<NodeJS.EventEmitter, "on" | "off">>;
  let closed = false;
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") closed = true;
  };
  stream.on?.("error", onError);
  return { closed: () => closed, stop: () => stream.off?.("error", onError) };
}

/** Says on stderr what happened to the answers after the output closed; the recorded ones were all shown. */
function outputClosed(io: Io, recorded: number, planned: number): number {
  io.stderr.write(`smm-prep: standard output was closed, so the session stopped: ${recorded} answer${recorded === 1 ? "" : "s"} recorded (those whose feedback was written); the rest of the ${planned} questions were not graded\n`);
  return EXIT.ok;
}

/** Checks flag values and combinations; every problem is a usage error (exit 2). */
function checkOptions(io: Io, opts: QuizOptions): Settings {
  const mode: Mode = opts.answers !== undefined ? "file" : io.stdin.isTTY ? "interactive" : "piped";
  const count = opts.count ?? SESSION_COUNT;
  const { timer, minScore } = opts;
  if (mode === "file") {
    const clash = (["bank", "topic", "count", "seed", "timer", "editor"] as const).find((k) => opts[k] !== undefined && opts[k] !== false);
    if (clash) throw new UserError(`--answers takes its questions from the file; it cannot be combined with --${clash}`);
  }
  if (timer !== undefined && opts.editor) throw new UserError("--timer and --editor cannot be combined: the countdown cannot see into the editor");
  if (mode !== "interactive" && (timer !== undefined || opts.editor)) {
    throw new UserError(`--${timer !== undefined ? "timer" : "editor"} needs an interactive terminal; answers from a pipe or --answers are graded as they are`);
  }
  if (mode === "interactive" && opts.json) throw new UserError("--json is for scripted sessions: pipe the answers in (one per line) or pass --answers FILE");
  // Inquirer starts the editor from the real environment, so that is the one checked.
  if (opts.editor) checkEditor(process.env);
  return { mode, count, seed: opts.seed ?? randomSeed(), editor: Boolean(opts.editor), ...(timer !== undefined ? { timer } : {}), ...(minScore !== undefined ? { minScore } : {}) };
}

/** The command that replays this session's questions, shown under the summary (after `smm-prep` or `npx smm-prep`). */
function repeatCommand(lang: Lang, opts: QuizOptions, settings: Settings): string {
  const parts = ["quiz", `--lang ${lang}`, opts.bank && `--bank ${opts.bank}`, opts.topic && `--topic ${opts.topic}`, opts.count && `--count ${settings.count}`, `--seed ${settings.seed}`];
  return parts.filter(Boolean).join(" ");
}

/** The output half of the session: headings, hints, grading with the recorder, feedback. */
function displayPorts(view: View, recording: SessionRecorder, mode: Mode): Omit<SessionPorts, "ask" | "nextStep" | "more"> {
  const { io, chalk, columns } = view;
  const write = (text: string) => view.quiet || io.stdout.write(text);
  return {
    present: (question, position, total) => {
      recording.shown();
      write(renderQuestionHeading(question, position, total, chalk, columns, mode === "interactive"));
    },
    showHint: (question) => write(renderHint(question, chalk, columns)),
    showSkipped: (question) => write(renderSkipped(question, chalk)),
    showUnknownCommand: (question, reply) => write(renderUnknownCommand(question.lang, reply, chalk, columns)),
    grade: (question, answer) => gradeAnswer(question, answer),
    graded: (attempt) => recording.graded(attempt),
    showFeedback: (attempt) => {
      if (attempt.overTime) write(renderTimeUp(attempt.question.lang, chalk, columns));
      write(renderFeedback(attempt.grade, attempt.question, chalk, columns));
    },
  };
}

/** The input half: Inquirer prompts on a terminal, else the next piped line or the file's answer. */
async function answerPorts(
  view: View,
  settings: Settings,
  plan: SessionPlan,
  recording: SessionRecorder,
  signal?: AbortSignal,
  output?: { closed: () => boolean },
): Promise<Pick<SessionPorts, "ask" | "nextStep" | "more">> {
  // A scripted answer is recorded once its feedback is out; a write to a pipe whose reader has gone
  // fails a moment later (EPIPE), so one turn of the event loop passes before checking.
  const settleShown = async (): Promise<"next"> => {
    await new Promise((resolve) => setImmediate(resolve));
    if (output?.closed()) throw new OutputClosed();
    await recording.settle();
    return "next";
  };
  if (settings.mode === "file") {
    const answers = plan.answers ?? [];
    return { ask: async (_q, position) => ({ kind: "answer", text: answers[position - 1] ?? "", overTime: false }), nextStep: settleShown };
  }
  if (settings.mode === "piped") {
    const lines = readLines(view.io.stdin, MAX_ANSWER_CHARS * 4);
    // One line is read ahead, so a session whose input has run out ends without showing another question.
    let ahead: IteratorResult<string> | undefined;
    const peek = async () => (ahead ??= await lines.next());
    return {
      more: async () => !(await peek()).done,
      ask: async (question) => {
        const next = await peek();
        ahead = undefined;
        return next.done ? { kind: "end" } : parseReply(next.value, false, question.lang);
      },
      nextStep: settleShown,
    };
  }
  // Loaded only here, so scripted sessions never load Inquirer.
  const { askAnswer, askNextStep, askOverrides } = await import("../../ui/prompts.js");
  const { renderOverrideResult } = await import("../../ui/override-view.js");
  // In production these are the process's own streams, which is what Inquirer needs.
  const streams = { input: view.io.stdin as unknown as NodeJS.ReadableStream, output: view.io.stdout as unknown as NodeJS.WritableStream, ...(signal ? { signal } : {}) };
  const { chalk } = view;
  return {
    ask: (question) => askAnswer({ lang: question.lang, editor: settings.editor, chalk, streams, columns: view.columns, ...(settings.timer !== undefined ? { timer: settings.timer } : {}) }),
    // "I covered this" is one more choice of the menu, offered while concepts are missed; the answer is recorded on moving on.
    nextStep: async (attempt, isLast) => {
      for (;;) {
        const missed = recording.vouchable(attempt);
        const step = await askNextStep(attempt.question.lang, isLast, chalk, streams, missed.length > 0);
        if (step !== "override") {
          await recording.settle();
          return step;
        }
        const before = attempt.grade;
        recording.vouch(attempt, await askOverrides(attempt.question.lang, missed, chalk, streams));
        if (attempt.grade !== before) view.io.stdout.write(renderOverrideResult(attempt.grade, chalk, view.columns));
      }
    },
  };
}

/** Prints the summary (or, with --json, the report) and returns the average it shows. */
function printSummary(view: View, log: SessionLog, lang: Lang, ctx: { interrupted: boolean; repeat: string | undefined; minScore: number | undefined }): number {
  const outcomes = log.outcomes();
  if (view.quiet) {
    const report = sessionReport(lang, outcomes);
    view.io.stdout.write(`${jsonText(report, 2)}\n`);
    return report.score;
  }
  const summary = summarize(outcomes);
  const context = { lang, interrupted: ctx.interrupted, run: invocation(view.io.env), ...(ctx.repeat ? { repeat: ctx.repeat } : {}), ...(ctx.minScore !== undefined ? { minScore: ctx.minScore } : {}) };
  view.io.stdout.write(renderSummary(summary, context, view.chalk, view.columns));
  return summary.average;
}
