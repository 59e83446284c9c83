import { describe, expect, it } from "vitest";
import { SessionRecorder } from "../../../src/commands/history/session-recorder.js";
import type { AttemptExtras } from "../../../src/commands/history/recorder.js";
import type { Question } from "../../../src/content/types.js";
import { conceptResult, makeGrade } from "../../support/grades.js";
import type { Attempt } from "../../../src/practice/session.js";

const grade = makeGrade({ score: 25, concepts: [conceptResult("a", 1, true, "A"), conceptResult("b", 2, false, "B"), conceptResult("c", 1, false, "C")] });
const attempt = (): Attempt => ({ question: { lang: "en", topic: "analytics" } as Question, position: 1, answer: "a", grade: structuredClone(grade), try: 1, hinted: false, overTime: false });

function sink() {
  const seen: Array<{ score: number; extras: AttemptExtras | undefined }> = [];
  return { seen, record: (a: Attempt, extras?: AttemptExtras) => void seen.push({ score: a.grade.score, extras }) };
}

describe("SessionRecorder", () => {
  it("holds a scripted answer until its feedback is out (settle), untimed", async () => {
    const s = sink();
    const rec = new SessionRecorder(s, false);
    rec.shown();
    await rec.graded(attempt());
    expect(s.seen).toEqual([]);
    await rec.settle();
    expect(s.seen).toEqual([{ score: 25, extras: { time: expect.any(Date), seconds: null, overrides: [] } }]);
  });

  it("holds an interactive answer until the user moves on, timed from when the question was shown", async () => {
    const s = sink();
    let now = 1000;
    const rec = new SessionRecorder(s, true, () => now);
    rec.shown();
    now = 43_500;
    await rec.graded(attempt());
    expect(s.seen).toEqual([]);
    await rec.settle();
    await rec.settle(); // once only
    expect(s.seen).toEqual([{ score: 25, extras: { time: expect.any(Date), seconds: 42.5, overrides: [] } }]);
  });

  it("recomputes the held answer for vouched concepts and records them", async () => {
    const s = sink();
    const rec = new SessionRecorder(s, true, () => 0);
    const a = attempt();
    await rec.graded(a);
    expect(rec.vouchable(a).map((c) => c.id)).toEqual(["b", "c"]);
    rec.vouch(a, ["b", "zzz"]);
    expect(a.grade.score).toBe(75);
    expect(rec.vouchable(a).map((c) => c.id)).toEqual(["c"]);
    rec.vouch(a, ["c"]);
    await rec.settle();
    expect(s.seen[0]).toMatchObject({ score: 100, extras: { overrides: ["b", "c"] } });
  });

  it("offers nothing to vouch for on an empty answer", () => {
    const rec = new SessionRecorder(sink(), true);
    expect(rec.vouchable({ ...attempt(), grade: { ...grade, empty: true } })).toEqual([]);
  });
});
