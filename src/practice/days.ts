// Calendar days as `YYYY-MM-DD` text. Streaks, `--since` and review dates are about the user's own
// days, so every conversion from a moment in time takes the time zone as a parameter (the commands
// pass $TZ, else the system's), and day arithmetic happens on the text alone, free of any zone.

/** A local calendar day, `YYYY-MM-DD`. */
export type Day = string;

/** Gives the local day of a moment (see dayFormatter). */
export type DayOf = (time: Date | string) => Day;

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day a `YYYY-MM-DD` text names, or undefined when it is not a real calendar date (2025-02-30). */
export function parseDay(text: string): Day | undefined {
  const m = DAY_RE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const ok = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return ok ? text.trim() : undefined;
}

function utc(day: Day): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The day `n` days after (or, negative, before) `day`. */
export function addDays(day: Day, n: number): Day {
  return new Date(utc(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * A function giving the local day of a moment in `timeZone` (an IANA name such as Europe/Athens);
 * an unknown or empty zone falls back to the system's. One formatter is built and reused.
 */
export function dayFormatter(timeZone?: string): (time: Date | string | number) => Day {
  const options = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" } as const;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: timeZone || undefined });
  } catch {
    // $TZ may hold a POSIX rule (":/etc/localtime", "EST5EDT,M3.2.0,M11.1.0") that Intl does not name.
    format = new Intl.DateTimeFormat("en-US", options);
  }
  const local = (ms: number) => {
    const parts = format.formatToParts(ms);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    const clock = (Number(get("hour")) * 60 + Number(get("minute"))) * 60 + Number(get("second"));
    return { day: `${get("year")}-${get("month")}-${get("day")}`, sinceMidnight: clock * 1000 + (ms % 1000 + 1000) % 1000 };
  };
  // formatToParts costs microseconds and a long history has 100,000 records, so the last local day
  // is kept as a span of time. The span is trusted only when its first and last millisecond fall on
  // the same day: a clock change inside it (DST) makes them differ, and then nothing is kept.
  let span = { from: 0, to: 0, day: "" };
  return (time) => {
    const ms = typeof time === "number" ? time : new Date(time).getTime();
    if (ms >= span.from && ms < span.to) return span.day;
    const { day, sinceMidnight } = local(ms);
    const from = ms - sinceMidnight;
    const to = from + DAY_MS;
    if (Number.isFinite(ms) && local(from).day === day && local(to - 1).day === day) span = { from, to, day };
    return day;
  };
}
