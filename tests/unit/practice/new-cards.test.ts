import { describe, expect, it } from "vitest";
import { dayFormatter } from "../../../src/practice/days.js";
import { introducedOn, newCards } from "../../../src/practice/new-cards.js";
import { makeRecord } from "../../support/history.js";

describe("new cards", () => {
  const dayOf = dayFormatter("UTC");
  it("counts the questions answered for the first time ever today", () => {
    const records = [
      makeRecord({ question: "b/old", time: "2025-03-01T10:00:00Z" }),
      makeRecord({ question: "b/old", time: "2025-03-05T10:00:00Z" }),
      makeRecord({ question: "b/new", time: "2025-03-05T09:00:00Z" }),
      makeRecord({ question: "b/new", time: "2025-03-05T11:00:00Z" }),
    ];
    expect(introducedOn(records, dayOf, "2025-03-05")).toBe(1);
  });

  it("takes never-practised questions in order, up to what is left of the day's allowance", () => {
    const practised = new Set(["b/a"]);
    expect(newCards(["b/a", "b/b", "b/c", "b/d"], practised, 5, 0)).toEqual(["b/b", "b/c", "b/d"]);
    expect(newCards(["b/a", "b/b", "b/c", "b/d"], practised, 5, 3)).toEqual(["b/b", "b/c"]);
    expect(newCards(["b/b"], practised, 5, 7)).toEqual([]);
    expect(newCards(["b/b"], practised, 0, 0)).toEqual([]);
  });
});
