// The timed answer prompt on its own, through @inquirer/testing's render() (kept apart from the
// screen-based flow tests, which import @inquirer/testing/vitest). The clock is faked.
import { render } from "@inquirer/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clock } from "../../src/ui/quiz-question.js";
import { timedInput } from "../../src/ui/timed-input.js";

const config = (seconds: number) => ({ message: "Your answer", seconds, countdown: (left: number) => `⏱ ${clock(left)} left` });

describe("the timed answer prompt", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] }));
  afterEach(() => vi.useRealTimers());

  it("shows a countdown that goes down as time passes", async () => {
    const { getScreen, events, answer } = await render(timedInput, config(90));
    expect(getScreen()).toBe("? Your answer\n⏱ 1:30 left");
    await vi.advanceTimersByTimeAsync(31_000);
    expect(getScreen()).toContain("⏱ 0:59 left");
    events.type("ok");
    events.keypress("enter");
    await answer;
  });

  it("returns what was typed when Enter comes in time", async () => {
    const { events, answer, getScreen } = await render(timedInput, config(10));
    events.type("engagements over followers");
    await vi.advanceTimersByTimeAsync(3_000);
    events.keypress("enter");
    await expect(answer).resolves.toEqual({ text: "engagements over followers", overTime: false });
    expect(getScreen()).toBe("✔ Your answer engagements over followers");
  });

  it("at zero grades the text typed so far, marked over time", async () => {
    const { events, answer, getScreen } = await render(timedInput, config(5));
    events.type("half an ans");
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(answer).resolves.toEqual({ text: "half an ans", overTime: true });
    expect(getScreen()).toBe("✔ Your answer half an ans");
  });

  it("at zero with nothing typed returns an empty answer over time", async () => {
    const { answer } = await render(timedInput, config(1));
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(answer).resolves.toEqual({ text: "", overTime: true });
  });

  it("rejects like every Inquirer prompt on Ctrl-C, and stops the clock", async () => {
    const { events, answer } = await render(timedInput, config(5));
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
