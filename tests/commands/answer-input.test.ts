// The answer prompt on its own, through @inquirer/testing's render() (kept apart from the screen-based
// flow tests, which import @inquirer/testing/vitest). Where a clock is involved it is faked.
import { render } from "@inquirer/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isBlankAnswer } from "../../src/practice/reply.js";
import { answerInput } from "../../src/ui/answer-input.js";
import { clock } from "../../src/ui/quiz-question.js";

const base = { message: "Your answer", accept: (text: string) => !isBlankAnswer(text), refusal: "Nothing to grade yet" };
const timed = (seconds: number) => ({ ...base, seconds, countdown: (left: number) => `⏱ ${clock(left)} left` });

describe("the answer prompt", () => {
  it("Enter on an empty answer (or only spaces and dots) does not submit: it says why and waits", async () => {
    const { events, answer, getScreen } = await render(answerInput, base);
    events.keypress("enter");
    expect(getScreen()).toContain("Nothing to grade yet");
    events.type("  ...");
    events.keypress("enter");
    expect(getScreen()).toContain("Nothing to grade yet");
    events.type(" reach");
    expect(getScreen()).not.toContain("Nothing to grade yet");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "... reach", overTime: false });
  });

  it("Alt+Enter and a line ending in \\ start a new line of the same answer", async () => {
    const { events, answer, getScreen } = await render(answerInput, base);
    events.type("first line");
    events.keypress({ name: "return", meta: true });
    events.type("second line\\");
    events.keypress("enter");
    events.type("third");
    expect(getScreen()).toBe("? Your answer first line\n  second line\n  third");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "first line\nsecond line\nthird", overTime: false });
    expect(getScreen()).toBe("✔ Your answer first line\n  second line\n  third");
  });

  it("Backspace on an empty new line goes back to the end of the line before", async () => {
    const { events, answer } = await render(answerInput, base);
    events.type("one\\");
    events.keypress("enter");
    events.keypress("backspace");
    events.type("two");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "onetwo", overTime: false });
  });

  it("a bracketed paste is one answer, whatever line breaks it holds; Enter after it submits", async () => {
    const { events, answer, getScreen } = await render(answerInput, base);
    events.keypress("paste-start");
    events.type("Reach is people.");
    events.keypress("enter");
    events.keypress("enter");
    events.type("Engagement is reactions.");
    events.keypress("enter");
    events.keypress("paste-end");
    expect(getScreen()).toContain("Engagement is reactions.");
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "Reach is people.\n\nEngagement is reactions.", overTime: false });
  });
});

describe("the answer prompt with a clock", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] }));
  afterEach(() => vi.useRealTimers());

  it("shows a countdown that goes down as time passes", async () => {
    const { getScreen, events, answer } = await render(answerInput, timed(90));
    expect(getScreen()).toBe("? Your answer\n⏱ 1:30 left");
    await vi.advanceTimersByTimeAsync(31_000);
    expect(getScreen()).toContain("⏱ 0:59 left");
    events.type("ok");
    events.keypress("enter");
    await answer;
  });

  it("returns what was typed when Enter comes in time", async () => {
    const { events, answer, getScreen } = await render(answerInput, timed(10));
    events.type("engagements over followers");
    await vi.advanceTimersByTimeAsync(3_000);
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "engagements over followers", overTime: false });
    expect(getScreen()).toBe("✔ Your answer engagements over followers");
  });

  it("at zero grades the text typed so far, every line of it, marked over time", async () => {
    const { events, answer, getScreen } = await render(answerInput, timed(5));
    events.type("half\\");
    events.keypress("enter");
    events.type("an ans");
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(answer).resolves.toEqual({ text: "half\nan ans", overTime: true });
    expect(getScreen()).toBe("✔ Your answer half\n  an ans");
  });

  it("at zero with nothing typed returns an empty answer over time", async () => {
    const { answer } = await render(answerInput, timed(1));
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(answer).resolves.toEqual({ text: "", overTime: true });
  });

  it("rejects like every Inquirer prompt on Ctrl-C, and stops the clock", async () => {
    const { events, answer } = await render(answerInput, timed(5));
    events.keypress({ name: "c", ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: "ExitPromptError" });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("the countdown clock", () => {
  it.each([
    [0, "0:00"],
    [5, "0:05"],
    [59.2, "1:00"],
    [90, "1:30"],
    [-3, "0:00"],
  ])("%s seconds read %s", (seconds, expected) => {
    expect(clock(seconds)).toBe(expected);
  });
});
