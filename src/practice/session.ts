import type { Question } from "../content/types.js";
import type { Grade } from "../grading/types.js";

/** One graded answer. This is what the history issue will record, one per grading, retries included. */
export interface Attempt {
  question: Question;
  /** 1-based place of the question in the session (a file may ask the same question twice). */
  position: number;
  answer: string;
  grade: Grade;
  /** 1 for the first try at this question, 2 after "try again", and so on. */
  try: number;
  /** The guidance was shown (`:hint`) before this answer. */
  hinted: boolean;
  /** The `--timer` ran out and the answer typed so far was graded. */
  overTime: boolean;
  /**
   * Set once the user said "I covered this": the grader's own score, before `grade` counted the
   * concepts vouched for, so the summary can say how much of the score is self-credit.
   */
  graderScore?: number;
}

/** How one asked question ended up: its last graded attempt counts, or it was skipped. */
export type Outcome =
  | { status: "graded"; question: Question; attempt: Attempt; tries: number }
  | { status: "skipped"; question: Question };

/** Everything that happened in one session so far; kept by the caller, so Ctrl-C loses nothing. */
export class SessionLog {
  readonly attempts: Attempt[] = [];
  private readonly skipped = new Set<number>();

  constructor(readonly questions: readonly Question[]) {}

  /** Adds a graded attempt. */
  record(attempt: Attempt): void {
    this.attempts.push(attempt);
    this.skipped.delete(attempt.position);
  }

  /** Marks a question skipped, unless an earlier try was already graded (that grade still counts). */
  skip(position: number): void {
    if (this.triesOf(position) === 0) this.skipped.add(position);
  }

  /** How many graded attempts the question at `position` has had. */
  triesOf(position: number): number {
    return this.attempts.filter((a) => a.position === position).length;
  }

  /** One outcome per question that was answered or skipped, in session order; unasked ones are left out. */
  outcomes(): Outcome[] {
    return this.questions.flatMap((question, index): Outcome[] => {
      const mine = this.attempts.filter((a) => a.position === index + 1);
      const last = mine.at(-1);
      if (last) return [{ status: "graded", question, attempt: last, tries: mine.length }];
      return this.skipped.has(index + 1) ? [{ status: "skipped", question }] : [];
    });
  }
}
