import type { Question } from "../content/types.js";
import type { Grade } from "../grading/types.js";
import type { Reply } from "./reply.js";
import type { Attempt, SessionLog } from "./session.js";

export type { Reply } from "./reply.js";

/** What to do after the feedback on an answer. */
export type NextStep = "next" | "retry" | "quit";

/**
 * Everything a session needs from the outside, so the loop itself stays pure and testable: the
 * interactive command passes Inquirer prompts, the scripted one passes lines of input.
 */
export interface SessionPorts {
  /** Optional: false when there is nothing left to answer with (piped input ran out), checked before each question. */
  more?(): Promise<boolean>;
  /** Shows the progress line (`Question 2/5 · analytics`) and the question. */
  present(question: Question, position: number, total: number): void;
  /** Waits for the answer, or a command, to the question at `position`. */
  ask(question: Question, position: number): Promise<Reply>;
  showHint(question: Question): void;
  showSkipped(question: Question): void;
  /** A colon word that is no command (`:hlep`): says which commands exist; the question is asked again. */
  showUnknownCommand(question: Question, reply: Extract<Reply, { kind: "unknown" }>): void;
  grade(question: Question, answer: string): Grade;
  showFeedback(attempt: Attempt): void;
  /** After the feedback: next question, try this one again, or quit. */
  nextStep(attempt: Attempt, isLast: boolean): Promise<NextStep>;
  /**
   * Called once for every graded answer, retries included, right after grading. This is the one seam
   * for history (issue 6): the command passes a recorder here; the session knows nothing about storage.
   */
  graded(attempt: Attempt): void | Promise<void>;
}

/** Plays every question of the log in order; results accumulate in `log`, which survives Ctrl-C. */
export async function runSession(log: SessionLog, ports: SessionPorts): Promise<void> {
  const total = log.questions.length;
  for (const [index, question] of log.questions.entries()) {
    if (ports.more && !(await ports.more())) return;
    const step = await playQuestion(question, index + 1, total, log, ports);
    if (step === "quit") return;
  }
}

async function playQuestion(question: Question, position: number, total: number, log: SessionLog, ports: SessionPorts): Promise<"next" | "quit"> {
  let hinted = false;
  for (;;) {
    ports.present(question, position, total);
    let reply = await ports.ask(question, position);
    while (reply.kind === "hint" || reply.kind === "unknown") {
      if (reply.kind === "hint") {
        hinted = true;
        ports.showHint(question);
      } else {
        ports.showUnknownCommand(question, reply);
      }
      reply = await ports.ask(question, position);
    }
    if (reply.kind === "quit" || reply.kind === "end") return "quit";
    if (reply.kind === "skip") {
      log.skip(position);
      ports.showSkipped(question);
      return "next";
    }
    const attempt: Attempt = {
      question,
      position,
      answer: reply.text,
      grade: ports.grade(question, reply.text),
      try: log.triesOf(position) + 1,
      hinted,
      overTime: reply.overTime,
    };
    log.record(attempt);
    await ports.graded(attempt);
    ports.showFeedback(attempt);
    const step = await ports.nextStep(attempt, position === total);
    if (step !== "retry") return step;
  }
}
