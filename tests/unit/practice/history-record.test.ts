import { describe, expect, it } from "vitest";
import type { Grade } from "../../../src/grading/types.js";
import { isRecord, parseRecord, recordOf } from "../../../src/practice/history-record.js";
import { applyOverrides } from "../../../src/practice/overrides.js";
import { makeGrade } from "../../support/grades.js";
import { makeRecord } from "../../support/history.js";

const grade = makeGrade({
  question: "mini/engagement-rate",
  score: 33,
  pass: 50,
  concepts: [
    { id: "numerator", label: "Counts all engagements", weight: 2, hit: false, matches: [] },
    { id: "denominator", label: "Divides by followers or reach", weight: 1, hit: true, matches: ["followers"] },
  ],
  redFlags: [{ id: "likes-only", label: "Only counts likes", hit: true, matches: ["only likes"] }],
});

const ctx = { time: new Date("2025-03-01T10:00:00Z"), session: "abc", topic: "analytics" as const, seconds: 41.26, overTime: false, overrides: [], try: 1, hinted: false };

describe("recordOf", () => {
  it("keeps ids, not labels or the answer, and the score as graded", () => {
    expect(recordOf(grade, ctx)).toEqual({
      v: 1,
      time: "2025-03-01T10:00:00.000Z",
      session: "abc",
      question: "mini/engagement-rate",
      lang: "en",
      topic: "analytics",
      score: 33,
      passed: false,
      hit: ["denominator"],
      missed: ["numerator"],
      redFlags: ["likes-only"],
      seconds: 41.3,
      overTime: false,
      overrides: [],
      try: 1,
      hinted: false,
    });
  });

  it("records overridden concepts as overrides, never as hit, with the recomputed score", () => {
    const record = recordOf(applyOverrides(grade, ["numerator"]), { ...ctx, overrides: ["numerator"] });
    expect(record).toMatchObject({ score: 100, passed: false, hit: ["denominator"], missed: [], overrides: ["numerator"] });
  });

  it("round-trips through parseRecord", () => {
    const record = recordOf(grade, ctx);
    expect(parseRecord(JSON.stringify(record))).toEqual(record);
  });
});

describe("parseRecord", () => {
  const good = makeRecord();
  const line = (fields: Record<string, unknown>) => JSON.stringify({ ...good, ...fields });
  it.each([
    ["not JSON", '{"v":1,"time":"2025-', "not JSON"],
    ["an array", "[1,2]", "not a JSON object"],
    ["no version", line({ v: undefined }), "no known format version"],
    ["a newer version", line({ v: 2 }), "written by a newer smm-prep (format 2)"],
    ["a bad time", line({ time: "soon" }), "bad or missing time"],
    ["a bad question", line({ question: "engagement-rate" }), "bad or missing question"],
    ["an unknown language", line({ lang: "de" }), "bad or missing lang"],
    ["a score over 100", line({ score: 140 }), "bad or missing score"],
    ["several bad fields", line({ passed: "yes", hit: "numerator", try: 0 }), "bad or missing passed, hit, try"],
  ])("refuses %s", (_name, text, reason) => expect(parseRecord(text)).toEqual({ reason }));

  it("accepts a valid record and drops unknown keys, __proto__ included", () => {
    const parsed = parseRecord(`{"__proto__":{"polluted":true},${line({ extra: 1 }).slice(1)}`);
    expect(isRecord(parsed)).toBe(true);
    expect(parsed).toEqual(good);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
