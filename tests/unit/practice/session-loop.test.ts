import { describe, expect, it } from "vitest";
import { Interrupted } from "../../../src/errors.js";
import { runSession, type NextStep, type Reply, type SessionPorts } from "../../../src/practice/session-loop.js";
import { SessionLog, type Attempt } from "../../../src/practice/session.js";
import { grade, question } from "../../support/fakes.js";

const QUESTIONS = [question("a"), question("b"), question("c")];

/** Ports that replay scripted replies and next steps and log every call as a short event. */
function scripted(replies: (Reply | "ctrl-c")[], steps: NextStep[] = []) {
  const events: string[] = [];
  const recorded: Attempt[] = [];
  const ports: SessionPorts = {
    present: (q, position, total) => events.push(`present ${q.id} ${position}/${total}`),
    ask: async (q) => {
      const reply = replies.shift() ?? { kind: "end" };
      if (reply === "ctrl-c") throw new Interrupted();
      events.push(`ask ${q.id}: ${reply.kind === "answer" ? reply.text : reply.kind}`);
      return reply;
    },
    showHint: (q) => events.push(`hint ${q.id}`),
    showSkipped: (q) => events.push(`skipped ${q.id}`),
    showUnknownCommand: (q, reply) => events.push(`unknown ${reply.command} ${q.id}`),
    grade: (q, text) => grade(q, text === "good" ? 100 : 0),
    showFeedback: (a) => events.push(`feedback ${a.question.id} ${a.grade.score}`),
    nextStep: async () => steps.shift() ?? "next",
    graded: (a) => void recorded.push(a),
  };
  return { ports, events, recorded };
}

const answer = (text: string, overTime = false): Reply => ({ kind: "answer", text, overTime });
const summaryOf = (log: SessionLog) => log.outcomes().map((o) => `${o.question.id}:${o.status === "graded" ? o.attempt.grade.score : "skipped"}`);

describe("a session", () => {
  it.each<[string, (Reply | "ctrl-c")[], NextStep[], string[], number]>([
    ["answers every question", [answer("good"), answer("bad"), answer("good")], [], ["a:100", "b:0", "c:100"], 3],
    ["skips one", [answer("good"), { kind: "skip" }, answer("bad")], [], ["a:100", "b:skipped", "c:0"], 2],
    ["quits at the prompt, keeping what was graded", [answer("good"), { kind: "quit" }], [], ["a:100"], 1],
    ["quits after the feedback", [answer("bad")], ["quit"], ["a:0"], 1],
    ["tries again: the last try counts, both are recorded", [answer("bad"), answer("good")], ["retry", "quit"], ["a:100"], 2],
    ["ends normally when piped input runs out", [answer("good")], [], ["a:100"], 1],
    ["takes a hint, then answers the same question", [{ kind: "hint" }, answer("good"), { kind: "quit" }], [], ["a:100"], 1],
  ])("%s", async (_name, replies, steps, expected, recordedCount) => {
    const { ports, recorded } = scripted(replies, steps);
    const log = new SessionLog(QUESTIONS);
    await runSession(log, ports);
    expect(summaryOf(log)).toEqual(expected);
    expect(recorded).toHaveLength(recordedCount);
  });

  it("shows the hint, re-asks without repeating the heading, and marks the attempt hinted", async () => {
    const { ports, events, recorded } = scripted([{ kind: "hint" }, answer("good"), { kind: "quit" }]);
    await runSession(new SessionLog(QUESTIONS), ports);
    expect(events.slice(0, 5)).toEqual(["present a 1/3", "ask a: hint", "hint a", "ask a: good", "feedback a 100"]);
    expect(recorded[0]).toMatchObject({ hinted: true, try: 1, position: 1, overTime: false });
  });

  it("an unknown command is not graded: it is reported and the same question asked again", async () => {
    const { ports, events, recorded } = scripted([{ kind: "unknown", command: ":hlep", suggestion: ":help" }, answer("good"), { kind: "quit" }]);
    await runSession(new SessionLog(QUESTIONS), ports);
    expect(events.slice(0, 5)).toEqual(["present a 1/3", "ask a: unknown", "unknown :hlep a", "ask a: good", "feedback a 100"]);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ hinted: false, try: 1 });
  });

  it("numbers the tries of a retried question and presents it again", async () => {
    const { ports, events, recorded } = scripted([answer("bad"), answer("good"), { kind: "quit" }], ["retry"]);
    await runSession(new SessionLog(QUESTIONS), ports);
    expect(events.filter((e) => e.startsWith("present"))).toEqual(["present a 1/3", "present a 1/3", "present b 2/3"]);
    expect(recorded.map((a) => a.try)).toEqual([1, 2]);
  });

  it("keeps the over-time mark of an answer cut off by the timer", async () => {
    const { ports, recorded } = scripted([answer("half", true)]);
    await runSession(new SessionLog(QUESTIONS), ports);
    expect(recorded[0]?.overTime).toBe(true);
  });

  it("lets Ctrl-C through with the graded answers still in the log", async () => {
    const { ports } = scripted([answer("good"), "ctrl-c"]);
    const log = new SessionLog(QUESTIONS);
    await expect(runSession(log, ports)).rejects.toBeInstanceOf(Interrupted);
    expect(summaryOf(log)).toEqual(["a:100"]);
  });

  it("stops before showing a question when more() says the input has run out", async () => {
    const { ports, events } = scripted([answer("good"), answer("bad")]);
    let left = 1;
    ports.more = async () => left-- > 0;
    const log = new SessionLog(QUESTIONS);
    await runSession(log, ports);
    expect(events.filter((e) => e.startsWith("present"))).toEqual(["present a 1/3"]);
    expect(summaryOf(log)).toEqual(["a:100"]);
  });

  it("records each attempt before its feedback is shown", async () => {
    const order: string[] = [];
    const { ports } = scripted([answer("good")]);
    const record = ports.graded;
    ports.graded = (a) => (order.push("recorded"), record(a));
    const show = ports.showFeedback;
    ports.showFeedback = (a) => (order.push("feedback"), show(a));
    await runSession(new SessionLog(QUESTIONS.slice(0, 1)), ports);
    expect(order).toEqual(["recorded", "feedback"]);
  });
});
