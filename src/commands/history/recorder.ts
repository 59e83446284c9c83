// Where graded answers go: a `Recorder`. HistoryRecorder is the one that writes history.jsonl (through
// io/history.ts), the only place a history record is built and written; SessionRecorder decides when
// an answer is settled and hands it here; review's recorder adds its schedule line on top.
import { randomUUID } from "node:crypto";
import type { Lang } from "../../content/types.js";
import type { Io } from "../../io/context.js";
import { errnoWhy } from "../../io/errno.js";
import { appendRecord, historyPath, prepareHistory, type HistoryWriteFailure } from "../../io/history.js";
import { recordOf, type HistoryRecord } from "../../practice/history-record.js";
import type { Attempt } from "../../practice/session.js";
import { messages } from "../../ui/i18n/messages.js";
import { inert } from "../../ui/text.js";

/** What only the caller knows about an attempt: when it was graded, how long it took, what the user vouched for. */
export interface AttemptExtras {
  /** When the answer was graded (default: when it is recorded). */
  time?: Date;
  /** Seconds from showing the question to the answer; leave out when nobody was timing. */
  seconds?: number | null;
  /** Concept ids the user marked "I covered this" (the attempt's grade already counts them). */
  overrides?: readonly string[];
}

/**
 * Where graded answers go, once settled (see SessionRecorder): HistoryRecorder, or anything with the
 * same `record` (tests, a review's schedule line).
 */
export interface Recorder {
  /** Takes one settled answer; a promise it returns is awaited before the session goes on. */
  record(attempt: Attempt, extras?: AttemptExtras): unknown;
  /** Called once when the session starts, with its language. */
  open?(lang: Lang): void;
}

/** The recorder of `--no-history` sessions and of callers that keep nothing. */
export const NO_HISTORY: Recorder = { record: () => undefined };

/**
 * Appends every graded answer of one run to history.jsonl, all under one session id. When the data
 * directory cannot be written it warns once (on stderr, in the session's language) and turns itself
 * off: practice goes on, only the record is lost.
 */
export class HistoryRecorder implements Recorder {
  /** The same for every record of this run. */
  readonly session = randomUUID();
  private readonly file: string;
  private on: boolean;
  private opened = false;
  private lang: Lang = "en";

  /** `enabled` is false for `--no-history`: then nothing is created, written or warned about. */
  constructor(
    private readonly io: Io,
    enabled: boolean,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.file = historyPath(io.env);
    this.on = enabled;
  }

  /** Whether records are (still) being written. */
  get enabled(): boolean {
    return this.on;
  }

  /** Called when the session starts: creates the file (0600) now, so a problem is reported up front, in `lang`. */
  open(lang: Lang): void {
    this.lang = lang;
    this.opened = true;
    if (this.on) this.check(prepareHistory(this.file));
  }

  /**
   * Records one graded attempt (its grade already recomputed with any overrides) and returns the record,
   * which is built even when history is off (a review's schedule line replays it).
   */
  record(attempt: Attempt, extras: AttemptExtras = {}): HistoryRecord {
    if (!this.opened) this.open(attempt.question.lang);
    const record = recordOf(attempt.grade, {
      time: extras.time ?? this.clock(),
      session: this.session,
      topic: attempt.question.topic,
      seconds: extras.seconds ?? null,
      overTime: attempt.overTime,
      overrides: extras.overrides ?? [],
      try: attempt.try,
      hinted: attempt.hinted,
    });
    if (this.on) this.check(appendRecord(this.file, record));
    return record;
  }

  private check(failure: HistoryWriteFailure | undefined): void {
    if (!failure) return;
    this.on = false;
    const why = errnoWhy(failure.code) ?? failure.code;
    this.io.stderr.write(`${inert(messages(this.lang).practice.historyOff(failure.file, why))}\n`);
  }
}
