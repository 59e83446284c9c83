// The practice session both `quiz` and `review` run: ask each planned question, grade the answer,
// show the feedback, record it, and end with the summary (or, with --json, the report). The commands
// only decide what to ask (a typed PracticePlan); everything from the first question on is here.
import type { Lang, Question } from "../../content/types.js";
import { EXIT, Interrupted } from "../../errors.js";
import { MAX_ANSWER_CHARS, gradeAnswer } from "../../grading/index.js";
import { readLines } from "../../io/answer-lines.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { installExamples } from "../../io/examples.js";
import { installForms } from "../../io/forms.js";
import { invocation } from "../../io/invocation.js";
import { builtinDir } from "../../io/load-content.js";
import { trapTermination } from "../../io/signals.js";
import { parseReply } from "../../practice/reply.js";
import { SessionLog } from "../../practice/session.js";
import { runSession, type SessionPorts } from "../../practice/session-loop.js";
import { sessionReport, summarize } from "../../practice/summary.js";
import { paint } from "../../ui/color.js";
import { renderFeedback } from "../../ui/feedback.js";
import { jsonText } from "../../ui/json-text.js";
import { renderHint, renderQuestionHeading, renderSkipped, renderTimeUp, renderUnknownCommand } from "../../ui/quiz-question.js";
import { renderSummary } from "../../ui/quiz-summary.js";
import { columnsOf } from "../../ui/text.js";
import type { Recorder } from "../history/recorder.js";
import { SessionRecorder } from "../history/session-recorder.js";

// The history seam (issue 6): the recorder's `record` is called once for every graded answer (retries
// and over-time answers included), in every mode: scripted answers once their feedback is written;
// interactive ones when the user moves on (or presses Ctrl-C), so the record carries any "I covered
// this" overrides. Answers graded before Ctrl-C are recorded before the summary is shown. When is
// SessionRecorder's decision (history/session-recorder.ts).

/** Where the answers come from: a terminal (Inquirer), piped lines, or an --answers file. */
export type Mode = "interactive" | "piped" | "file";

/** What a session asks and how: everything the commands decide before the first question. */
export interface PracticePlan {
  lang: Lang;
  /** Asked in this order. */
  questions: readonly Question[];
  mode: Mode;
  /** With mode "file": the answer to each question, parallel to `questions`. */
  answers?: readonly string[];
  /** Interactive only: answers are written in $EDITOR. */
  editor: boolean;
  /** Interactive only: seconds per question. */
  timer?: number;
  /** The average under which the session exits 1. */
  minScore?: number;
  /** Print nothing but the JSON report. */
  json: boolean;
  /** The command shown under the summary to practise the same again, without `smm-prep` (e.g. `review`). */
  repeat?: string;
}

/** Where and how the session writes: one chalk and one width for everything it prints. */
interface View {
  io: Io;
  chalk: Awaited<ReturnType<typeof paint>>;
  columns: number;
  /** With --json nothing but the report is printed. */
  quiet: boolean;
}

/** Runs a planned session to its summary; resolves to the exit code (1 when the average is under minScore). */
export async function practise(io: Io, globals: GlobalOptions, plan: PracticePlan, recorder: Recorder): Promise<number> {
  const { lang, repeat } = plan;
  const view: View = { io, chalk: await paint(io.stdout, io.env, globals.color), columns: Math.min(100, columnsOf(io.stdout, io.env, 80)), quiet: plan.json };
  // Lemma forms of every planned question, before the first answer: grading itself stays synchronous.
  await installForms(plan.questions, builtinDir(io.env));
  await installExamples(builtinDir(io.env), [...new Set(plan.questions.map((q) => q.lang))]);
  const log = new SessionLog(plan.questions);
  recorder.open?.(lang);
  const recording = new SessionRecorder(recorder, plan.mode === "interactive");
  const trap = plan.mode === "interactive" ? trapTermination() : undefined;
  const output = plan.mode === "interactive" ? undefined : watchOutput(io.stdout);
  const ports: SessionPorts = { ...displayPorts(view, recording, plan.mode), ...(await answerPorts(view, plan, recording, trap?.signal, output)) };
  try {
    await runSession(log, ports);
  } catch (err) {
    if (err instanceof OutputClosed) return outputClosed(io, recording.recorded, log.questions.length);
    // Ctrl-C, SIGHUP or SIGTERM: what was graded is kept (recorded and shown), then main.ts exits 130, 129 or 143.
    if (err instanceof Interrupted) {
      await recording.settle();
      printSummary(view, log, lang, { interrupted: true, repeat, minScore: plan.minScore });
      const code = trap?.exitCode();
      if (code !== undefined) throw new Interrupted(code);
    }
    throw err;
  } finally {
    trap?.release();
    output?.stop();
  }
  const average = printSummary(view, log, lang, { interrupted: false, repeat, minScore: plan.minScore });
  return plan.minScore !== undefined && average < plan.minScore ? EXIT.checkFailed : EXIT.ok;
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
  plan: PracticePlan,
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
  if (plan.mode === "file") {
    const answers = plan.answers ?? [];
    return { ask: async (_q, position) => ({ kind: "answer", text: answers[position - 1] ?? "", overTime: false }), nextStep: settleShown };
  }
  if (plan.mode === "piped") {
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
    ask: (question) => askAnswer({ lang: question.lang, editor: plan.editor, chalk, streams, columns: view.columns, ...(plan.timer !== undefined ? { timer: plan.timer } : {}) }),
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
