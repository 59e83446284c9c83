import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HistoryRecord } from "../../src/practice/history-record.js";

const DAY_MS = 86_400_000;

/** A valid history record; override any field. */
export function makeRecord(fields: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    v: 1,
    time: "2025-03-01T10:00:00.000Z",
    session: "s1",
    question: "faq/engagement-rate",
    lang: "en",
    topic: "analytics",
    score: 50,
    passed: false,
    hit: ["numerator"],
    missed: ["denominator"],
    redFlags: [],
    seconds: null,
    overTime: false,
    overrides: [],
    try: 1,
    hinted: false,
    ...fields,
  };
}

/** The ISO time `days` days before now (negative: in the future), at the current time of day. */
export function daysAgo(days: number, now = Date.now()): string {
  return new Date(now - days * DAY_MS).toISOString();
}

/** Writes history.jsonl under `home` from records (as JSON lines) and raw strings (written as they are). */
export function writeHistory(home: string, lines: Array<HistoryRecord | string>): string {
  mkdirSync(home, { recursive: true });
  const file = join(home, "history.jsonl");
  writeFileSync(file, lines.map((l) => (typeof l === "string" ? l : `${JSON.stringify(l)}\n`)).join(""));
  return file;
}
