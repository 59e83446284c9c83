// What a session does for history between grading and moving on: timing each answer, holding an
// interactive answer back until the user has had the chance to say "I covered this", then recording
// it once, with the overrides. The one place that decides when an answer is settled.
import type { Attempt } from "../../practice/session.js";
import { applyOverrides, effectiveOverrides } from "../../practice/overrides.js";
import type { AttemptExtras, Recorder } from "./recorder.js";

/**
 * One session's recording. Every answer waits in `pending` until the session moves on (`settle`):
 * an interactive one so that its one record carries the user's overrides and the recomputed score
 * (Ctrl-C, SIGHUP and SIGTERM settle it too); a scripted one until its feedback has been written,
 * so that when the reader of standard output has gone, nothing it never saw is recorded.
 */
export class SessionRecorder {
  private shownAt: number | undefined;
  private pending: { attempt: Attempt; extras: AttemptExtras; vouched: string[] } | undefined;
  /** How many answers were handed to the sink. */
  recorded = 0;

  constructor(
    private readonly sink: Recorder,
    private readonly interactive: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The question is on screen: the clock for its answer starts. */
  shown(): void {
    this.shownAt = this.now();
  }

  /** An answer was graded: it is held until `settle` (every next step settles before the next answer). */
  async graded(attempt: Attempt): Promise<void> {
    const seconds = this.interactive && this.shownAt !== undefined ? (this.now() - this.shownAt) / 1000 : null;
    this.pending = { attempt, extras: { time: new Date(), seconds }, vouched: [] };
  }

  /** Missed concepts the user may still vouch for (none for an empty answer or once all are vouched for). */
  vouchable(attempt: Attempt): { id: string; label: string }[] {
    if (attempt.grade.empty) return [];
    return attempt.grade.concepts.filter((c) => !c.hit).map(({ id, label }) => ({ id, label }));
  }

  /**
   * The user says they covered these concepts: the attempt's grade is recomputed in place (the
   * session's summary shows the new score too) and the ids are kept for the record.
   */
  vouch(attempt: Attempt, ids: readonly string[]): void {
    const effective = effectiveOverrides(attempt.grade, ids);
    if (effective.length === 0) return;
    attempt.graderScore ??= attempt.grade.score;
    attempt.grade = applyOverrides(attempt.grade, effective);
    if (this.pending?.attempt === attempt) this.pending.vouched.push(...effective);
  }

  /** The session moved on (or was interrupted): the held-back answer is recorded, once. */
  async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    this.recorded++;
    await this.sink.record(pending.attempt, { ...pending.extras, overrides: pending.vouched });
  }
}
