import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { dayFormatter } from "../../../src/practice/days.js";
import { buildCards, clampToUntil, cramItems, dueItems, nextDue, ratingFor } from "../../../src/practice/schedule.js";
import { makeRecord } from "../../support/history.js";

const utc = dayFormatter("UTC");
const at = (day: string, time = "10:00") => `${day}T${time}:00.000Z`;

describe("ratingFor", () => {
  it.each([
    [0, Rating.Again],
    [39, Rating.Again],
    [40, Rating.Hard],
    [59, Rating.Hard],
    [60, Rating.Good],
    [84, Rating.Good],
    [85, Rating.Easy],
    [100, Rating.Easy],
  ])("%i%% → %i", (score, rating) => expect(ratingFor(score)).toBe(rating));
});

describe("buildCards", () => {
  it.each([
    // One answer: a better score earns a longer first interval (FSRS defaults, no fuzz, whole days).
    [[20], "2025-03-02"],
    [[50], "2025-03-03"],
    [[70], "2025-03-04"],
    [[95], "2025-03-09"],
  ])("a first answer of %j is due on %s", (scores, due) => {
    const cards = buildCards(scores.map((score) => makeRecord({ time: at("2025-03-01"), score })), utc);
    expect(cards.get("faq/engagement-rate")?.due).toBe(due);
  });

  it("counts only the first answer of a day for the schedule, but every answer for the scores", () => {
    const first = buildCards([makeRecord({ time: at("2025-03-01"), score: 20 })], utc).get("faq/engagement-rate")!;
    const retried = buildCards(
      [makeRecord({ time: at("2025-03-01"), score: 20 }), makeRecord({ time: at("2025-03-01", "10:05"), score: 100, try: 2 })],
      utc,
    ).get("faq/engagement-rate")!;
    expect(retried.due).toBe(first.due);
    expect(retried).toMatchObject({ attempts: 2, latest: 100, best: 100 });
  });

  it("replays in time order whatever the file order (concurrent sessions interleave)", () => {
    const a = makeRecord({ time: at("2025-03-01"), score: 30 });
    const b = makeRecord({ time: at("2025-03-04"), score: 90 });
    expect(buildCards([b, a], utc).get("faq/engagement-rate")).toEqual(buildCards([a, b], utc).get("faq/engagement-rate"));
  });

  it("lengthens the interval after good reviews and shortens it after a lapse", () => {
    const good = buildCards([makeRecord({ time: at("2025-03-01"), score: 70 }), makeRecord({ time: at("2025-03-04"), score: 70 })], utc).get("faq/engagement-rate")!;
    const lapse = buildCards([makeRecord({ time: at("2025-03-01"), score: 70 }), makeRecord({ time: at("2025-03-04"), score: 10 })], utc).get("faq/engagement-rate")!;
    expect(good.due > "2025-03-10").toBe(true);
    expect(lapse.due).toBe("2025-03-05");
  });
});

describe("due order, cram, until", () => {
  const records = [
    makeRecord({ question: "b/old", time: at("2025-03-01"), score: 20 }), // due 03-02
    makeRecord({ question: "b/mid", time: at("2025-03-02"), score: 50 }), // due 03-04
    makeRecord({ question: "b/today", time: at("2025-03-07"), score: 70 }), // due 03-10
    makeRecord({ question: "b/later", time: at("2025-03-09"), score: 95 }), // due 03-17
  ];
  const cards = [...buildCards(records, utc).values()];

  it("lists due questions most overdue first", () => {
    expect(dueItems(cards, "2025-03-10").map((i) => [i.question, i.overdue])).toEqual([
      ["b/old", 8],
      ["b/mid", 6],
      ["b/today", 0],
    ]);
  });
  it("breaks ties in lateness by the weaker score", () => {
    const tied = [...buildCards([makeRecord({ question: "b/x", time: at("2025-03-01"), score: 30 }), makeRecord({ question: "b/y", time: at("2025-03-01"), score: 10 })], utc).values()];
    expect(dueItems(tied, "2025-03-05").map((i) => i.question)).toEqual(["b/y", "b/x"]);
  });
  it("finds nothing due before the first review, and says what is next", () => {
    expect(dueItems(cards, "2025-03-01")).toEqual([]);
    expect(nextDue(cards, "2025-03-10")).toEqual({ question: "b/later", due: "2025-03-17" });
    expect(nextDue(cards, "2025-03-20")).toBeUndefined();
  });
  it("--cram takes every practised question, weakest latest score first, ignoring the schedule", () => {
    expect(cramItems(cards, "2025-03-01").map((i) => i.question)).toEqual(["b/old", "b/mid", "b/today", "b/later"]);
  });
  it.each([
    // Interview on 03-12: the card due 03-17 moves to 03-11; earlier ones stay.
    ["2025-03-12", { "b/old": "2025-03-02", "b/mid": "2025-03-04", "b/today": "2025-03-10", "b/later": "2025-03-11" }],
    // Interview on 03-05: everything after 03-04 is pulled to 03-04.
    ["2025-03-05", { "b/old": "2025-03-02", "b/mid": "2025-03-04", "b/today": "2025-03-04", "b/later": "2025-03-04" }],
    ["2025-12-31", { "b/old": "2025-03-02", "b/mid": "2025-03-04", "b/today": "2025-03-10", "b/later": "2025-03-17" }],
  ])("--until %s brings every question back before that day", (until, expected) => {
    const clamped = clampToUntil(cards, until);
    expect(Object.fromEntries(clamped.map((c) => [c.question, c.due]))).toEqual(expected);
    for (const c of clamped) expect(c.due < until).toBe(true);
  });
  it("--until makes a question due today when the interview is tomorrow", () => {
    expect(dueItems(clampToUntil(cards, "2025-03-11"), "2025-03-10").map((i) => i.question)).toEqual(["b/old", "b/mid", "b/today", "b/later"]);
  });
});
