// The shape of one line of history.jsonl, and the pure code that builds and checks it. Reading and
// writing the file is src/io/history.ts's job; this module never touches it.
import { LANGS, TOPICS, type Lang, type Topic } from "../content/types.js";
import type { Grade } from "../grading/types.js";

/** The record format's version; bump it (and teach parseRecord the old one) when a field changes meaning. */
const HISTORY_VERSION = 1;

/** One graded answer as history keeps it: one JSON object per line of history.jsonl. */
export interface HistoryRecord {
  v: typeof HISTORY_VERSION;
  /** When the answer was graded, ISO 8601 in UTC. */
  time: string;
  /** The same for every answer of one run (a quiz, a review, one `grade --record`). */
  session: string;
  /** `<bank>/<id>` */
  question: string;
  lang: Lang;
  /** Kept so stats work even after the question leaves the banks. */
  topic: Topic;
  /** The score after the user's overrides (the grader's own score when there are none). */
  score: number;
  passed: boolean;
  /** Concept ids the grader found. */
  hit: string[];
  /** Concept ids still missed after the overrides. */
  missed: string[];
  /** Red-flag ids the answer raised. */
  redFlags: string[];
  /** Seconds from showing the question to the answer; null when nobody was timing (piped, file, grade). */
  seconds: number | null;
  overTime: boolean;
  /** Concept ids the user said "I covered this" for: counted as hit in `score`, never in `hit`. */
  overrides: string[];
  /** 1 for the first try at the question in this session, 2 after "try again", and so on. */
  try: number;
  hinted: boolean;
}

/** What the recorder knows about one graded answer, besides the grade itself. */
export interface RecordContext {
  time: Date;
  session: string;
  topic: Topic;
  seconds: number | null;
  overTime: boolean;
  overrides: readonly string[];
  try: number;
  hinted: boolean;
}

/** Builds the history record of a grade (already recomputed with the overrides, if any). */
export function recordOf(grade: Grade, ctx: RecordContext): HistoryRecord {
  const overrides = new Set(ctx.overrides);
  return {
    v: HISTORY_VERSION,
    time: ctx.time.toISOString(),
    session: ctx.session,
    question: grade.question,
    lang: grade.lang,
    topic: ctx.topic,
    score: grade.score,
    passed: grade.passed,
    hit: grade.concepts.filter((c) => c.hit && !overrides.has(c.id)).map((c) => c.id),
    missed: grade.concepts.filter((c) => !c.hit).map((c) => c.id),
    redFlags: grade.redFlags.filter((f) => f.hit).map((f) => f.id),
    seconds: ctx.seconds === null ? null : Math.round(ctx.seconds * 10) / 10,
    overTime: ctx.overTime,
    overrides: grade.concepts.filter((c) => c.hit && overrides.has(c.id)).map((c) => c.id),
    try: ctx.try,
    hinted: ctx.hinted,
  };
}

/** A line that could not be used, and why (for the warning). */
export interface Damaged {
  line: number;
  reason: string;
}

// Ids are what the content checker allows (kebab-case), so nothing read back from the file can carry
// a terminal escape, a bidi override or a line break into `stats` or `export`.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isIds = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === "string" && ID.test(s));
const QUESTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isQuestionKey = (value: unknown) => typeof value === "string" && QUESTION_KEY.test(value);
// A session id is a UUID; any short run of letters, digits and hyphens is accepted.
const SESSION = /^[A-Za-z0-9-]{1,100}$/;
// Far-future (or ancient) times are damage: a year past 2999 cannot be a local day of four digits.
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(3000, 0, 1);
const isTime = (value: unknown) => {
  if (typeof value !== "string" || value.length > 40) return false;
  const ms = Date.parse(value);
  return ms >= EARLIEST && ms < LATEST;
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks one line of history. A valid record comes back rebuilt field by field (unknown keys are
 * dropped, so nothing from the file reaches an object's prototype); anything else gives a reason.
 */
export function parseRecord(line: string): HistoryRecord | { reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { reason: "not JSON" };
  }
  if (!isObject(raw)) return { reason: "not a JSON object" };
  if (raw.v !== HISTORY_VERSION) return { reason: typeof raw.v === "number" && raw.v > HISTORY_VERSION ? `written by a newer smm-prep (format ${raw.v})` : "no known format version" };
  const r = raw;
  const problems = [
    !isTime(r.time) ? "time" : "",
    typeof r.session !== "string" || !SESSION.test(r.session) ? "session" : "",
    !isQuestionKey(r.question) ? "question" : "",
    !(LANGS as readonly unknown[]).includes(r.lang) ? "lang" : "",
    !(TOPICS as readonly unknown[]).includes(r.topic) ? "topic" : "",
    typeof r.score !== "number" || !(r.score >= 0 && r.score <= 100) ? "score" : "",
    typeof r.passed !== "boolean" ? "passed" : "",
    !isIds(r.hit) ? "hit" : "",
    !isIds(r.missed) ? "missed" : "",
    !isIds(r.redFlags) ? "redFlags" : "",
    r.seconds !== null && (typeof r.seconds !== "number" || !(r.seconds >= 0)) ? "seconds" : "",
    typeof r.overTime !== "boolean" ? "overTime" : "",
    !isIds(r.overrides) ? "overrides" : "",
    !Number.isInteger(r.try) || (r.try as number) < 1 ? "try" : "",
    typeof r.hinted !== "boolean" ? "hinted" : "",
  ].filter(Boolean);
  if (problems.length > 0) return { reason: `bad or missing ${problems.join(", ")}` };
  return {
    v: HISTORY_VERSION,
    time: r.time as string,
    session: r.session as string,
    question: r.question as string,
    lang: r.lang as Lang,
    topic: r.topic as Topic,
    score: r.score as number,
    passed: r.passed as boolean,
    hit: [...(r.hit as string[])],
    missed: [...(r.missed as string[])],
    redFlags: [...(r.redFlags as string[])],
    seconds: r.seconds as number | null,
    overTime: r.overTime as boolean,
    overrides: [...(r.overrides as string[])],
    try: r.try as number,
    hinted: r.hinted as boolean,
  };
}

/** Whether parseRecord gave a record (rather than a reason). */
export function isRecord(value: HistoryRecord | { reason: string }): value is HistoryRecord {
  return !("reason" in value);
}
