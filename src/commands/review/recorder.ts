// What review adds to the quiz's recording: after each card, when it comes back and how many are
// still due, as a flashcard tool says. The schedule is replayed from the history plus this session's
// answers, so the line says what the next `review` will do.
import type { Lang } from "../../content/types.js";
import type { Io } from "../../io/context.js";
import { daysBetween, type Day, type DayOf } from "../../practice/days.js";
import type { HistoryRecord } from "../../practice/history-record.js";
import { buildCards, clampToUntil } from "../../practice/schedule.js";
import type { Attempt } from "../../practice/session.js";
import { messages } from "../../ui/i18n/messages.js";
import { wrap } from "../../ui/text.js";
import type { AttemptExtras, HistoryRecorder, Recorder } from "../history/recorder.js";

/** Records through the history recorder, then says when the card is due again. */
export class ReviewRecorder implements Recorder {
  private readonly answered = new Set<string>();

  constructor(
    private readonly inner: HistoryRecorder,
    private readonly io: Io,
    private readonly records: HistoryRecord[],
    private readonly days: { dayOf: DayOf; today: Day; until?: Day },
    /** Every question this review counts as due today (the due ones and today's new cards). */
    private readonly due: ReadonlySet<string>,
    private readonly paint: (text: string) => string,
    private readonly columns: number,
  ) {}

  /** Passes the session's language on to the history recorder. */
  open(lang: Lang): void {
    this.inner.open(lang);
  }

  /** Records the answer and prints "comes back in 4 days (2025-06-03) · 3 still due". */
  async record(attempt: Attempt, extras: AttemptExtras = {}): Promise<void> {
    // The record the history got (built even with --no-history), so the schedule replays exactly it.
    this.records.push(this.inner.record(attempt, extras));
    const { lang } = attempt.question;
    const key = attempt.grade.question;
    this.answered.add(key);
    const card = buildCards(this.records.filter((r) => r.question === key), this.days.dayOf).get(key);
    if (!card) return;
    const [due] = clampToUntil([card], this.days.until).map((c) => c.due);
    const left = [...this.due].filter((q) => !this.answered.has(q)).length;
    const line = messages(lang).practice.nextReview(daysBetween(this.days.today, due!), due!, left);
    this.io.stdout.write(`${this.paint(wrap(line, this.columns))}\n`);
  }
}
