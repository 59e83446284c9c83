// The interactive session driven through @inquirer/testing's screen: every Inquirer prompt (and our
// timed one) reads the keys typed here; headings, feedback and the summary go to the captured stdout.
import { screen } from "@inquirer/testing/vitest";
import { choose, say } from "../support/screen.js";
import { describe, expect, it, vi } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { ROOT, tempHome } from "../support/home.js";
import { DRILL, STRONG, STRONG_RU, WEAK, currentTag, startCli } from "../support/session.js";

vi.mock("../../src/ui/answer-input.js", async (importOriginal) => {
  const { wrapPrompt } = await import("@inquirer/testing/vitest");
  const actual = await importOriginal<typeof import("../../src/ui/answer-input.js")>();
  return { ...actual, answerInput: wrapPrompt(actual.answerInput) };
});

const ctrlC = () => screen.keypress({ name: "c", ctrl: true });

describe("an interactive session", () => {
  it("asks, gives feedback after each answer, and ends with the summary", async () => {
    const run = startCli([...DRILL, "--count", "2", "--seed", "7"]);
    await screen.next();
    expect(run.stdout.text).toMatch(/Question 1\/2 · \w+/);
    expect(screen.getScreen()).toContain("Your answer");
    const first = currentTag(run.stdout.text);
    await say(STRONG[first]!);
    expect(run.stdout.text).toContain("Score ████████████████████ 100%  ✔ passed");
    expect(run.stdout.text).toContain("Model answer");
    expect(screen.getScreen()).toContain("What next?");
    expect(screen.getScreen()).toContain("Next question");
    await choose(1);
    expect(run.stdout.text).toMatch(/Question 2\/2/);
    await say(WEAK);
    expect(run.stdout.text).toContain("✘ not passed");
    expect(screen.getScreen()).toContain("Finish and see the summary");
    await choose(1, false);
    expect(await run.done).toBe(0);
    const summary = run.stdout.text.slice(run.stdout.text.indexOf("Summary"));
    expect(summary).toMatch(/drill\/\S+ +100% +✔/);
    expect(summary).toMatch(/drill\/\S+ +0% +✘/);
    expect(summary).toContain("Average: 50% · passed 1 of 2");
    expect(summary).toContain("Practise next");
    expect(summary).toContain("Same questions again:\n    $ npx smm-prep quiz --lang en --bank drill --count 2 --seed 7");
  });

  it(":hint shows the guidance and asks the same question again", async () => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7"]);
    await screen.next();
    const tag = currentTag(run.stdout.text);
    await say(":hint");
    expect(run.stdout.text).toContain("💡 Hint");
    expect(screen.getScreen()).toContain("Your answer");
    expect(currentTag(run.stdout.text)).toBe(tag);
    await say(STRONG[tag]!);
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toMatch(/100% +✔ +with hint/);
  });

  it(":skip moves on and the summary lists the question as skipped", async () => {
    const run = startCli([...DRILL, "--count", "2", "--seed", "7"]);
    await screen.next();
    await say(":skip");
    expect(run.stdout.text).toContain("Skipped.");
    expect(run.stdout.text).toMatch(/Question 2\/2/);
    await say(STRONG[currentTag(run.stdout.text)]!);
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toMatch(/drill\/\S+ +— +– +skipped/);
    expect(run.stdout.text).toContain("1 skipped");
  });

  it(":quit ends the session at once with the summary of what was graded", async () => {
    const run = startCli([...DRILL, "--count", "3", "--seed", "7"]);
    await screen.next();
    await say(WEAK);
    await choose(1);
    screen.type(":quit");
    screen.keypress("enter");
    expect(await run.done).toBe(0);
    expect(run.stdout.text).not.toContain("Question 3/3");
    expect(run.stdout.text).toContain("Average: 0% · passed 0 of 1");
  });

  it("try again: grades the question a second time and the last try counts", async () => {
    const run = startCli([...DRILL, "--count", "2", "--seed", "7"]);
    await screen.next();
    const tag = currentTag(run.stdout.text);
    await say(WEAK);
    await choose(2);
    expect(run.stdout.text.match(/Question 1\/2/g)).toHaveLength(2);
    await say(STRONG[tag]!);
    await choose(3, false);
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toMatch(/100% +✔ +2 tries/);
    expect(run.stdout.text).toContain("Average: 100% · passed 1 of 1");
  });

  it("Ctrl-C at the answer prompt keeps the graded answers, prints them, and exits 130", async () => {
    const run = startCli([...DRILL, "--count", "3", "--seed", "7"]);
    await screen.next();
    await say(STRONG[currentTag(run.stdout.text)]!);
    await choose(1);
    screen.type("half a thou");
    ctrlC();
    expect(await run.done).toBe(130);
    expect(run.stdout.text).toContain("Session interrupted. Here is what you did so far:");
    expect(run.stdout.text).toMatch(/drill\/\S+ +100% +✔/);
    expect(run.stdout.text).toContain("Average: 100% · passed 1 of 1");
    expect(run.stderr.text).toBe("");
  });

  it("Ctrl-C at the what-next menu also exits 130 with the summary", async () => {
    const run = startCli([...DRILL, "--count", "2", "--seed", "7"]);
    await screen.next();
    await say(WEAK);
    ctrlC();
    expect(await run.done).toBe(130);
    expect(run.stdout.text).toContain("Average: 0% · passed 0 of 1");
    expect(run.stderr.text).toBe("");
  });

  it("--editor takes the answer from $EDITOR, and commands work there too", async () => {
    // Inquirer starts $EDITOR from the real environment; a stand-in editor writes what we give it.
    vi.stubEnv("VISUAL", "");
    vi.stubEnv("EDITOR", `${process.execPath} ${join(ROOT, "tests/fixtures/fake-editor.mjs")}`);
    const run = startCli([...DRILL, "--count", "2", "--seed", "7", "--editor"]);
    await screen.next();
    expect(run.stdout.text).toContain(":hint");
    expect(screen.getScreen()).toContain("Press <enter> to write your answer in your editor ($EDITOR)");
    vi.stubEnv("FAKE_EDITOR_TEXT", ":skip\n");
    screen.keypress("enter");
    await screen.next();
    expect(run.stdout.text).toContain("Skipped.");
    vi.stubEnv("FAKE_EDITOR_TEXT", `${STRONG[currentTag(run.stdout.text)]!}\nand a second line\n`);
    screen.keypress("enter");
    await screen.next();
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toContain("Average: 100% · passed 1 of 1");
    vi.unstubAllEnvs();
  });

  it("--editor left empty asks again, and the text graded is shown once the editor closes", async () => {
    vi.stubEnv("VISUAL", "");
    vi.stubEnv("EDITOR", `${process.execPath} ${join(ROOT, "tests/fixtures/fake-editor.mjs")}`);
    const home = tempHome();
    const run = startCli([...DRILL, "--count", "1", "--seed", "7", "--editor"], { env: { SMM_PREP_HOME: home } });
    await screen.next();
    vi.stubEnv("FAKE_EDITOR_TEXT", "\n   \n");
    screen.keypress("enter");
    await vi.waitFor(() => expect(screen.getScreen()).toContain("Nothing to grade yet: type your answer, or :skip to skip this question."));
    expect(run.stdout.text).not.toContain("Score");
    const answer = STRONG[currentTag(run.stdout.text)]!;
    vi.stubEnv("FAKE_EDITOR_TEXT", `${answer}\nand a second line\n`);
    screen.keypress("enter");
    await screen.next();
    expect(run.stdout.text).toContain(`  ${answer}\n  and a second line\n`);
    await choose(1, false);
    expect(await run.done).toBe(0);
    const records = readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n");
    expect(records).toHaveLength(1);
    vi.unstubAllEnvs();
  });

  it("--timer shows a countdown and at zero grades the answer so far, marked over time", async () => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7", "--timer", "1"]);
    await screen.next();
    expect(screen.getScreen()).toContain("⏱ 0:01 left");
    const tag = currentTag(run.stdout.text);
    screen.type(STRONG[tag]!);
    // The clock, not a key, ends this prompt; by the time we look, the next prompt may already be up.
    await vi.waitFor(() => expect(screen.getScreen()).toContain("What next?"), { timeout: 5000 });
    expect(run.stdout.text).toContain("Time is up: what you had typed so far was graded and marked as over time.");
    expect(run.stdout.text).toContain("100%  ✔ passed");
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toMatch(/100% +✔ +over time/);
  });

  it.each([
    ["NO_COLOR", { NO_COLOR: "1" }, false],
    ["FORCE_COLOR", { NO_COLOR: undefined, FORCE_COLOR: "1" }, true],
  ])("prompts follow %s like the rest of the output", async (_name, env, coloured) => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7"], { env });
    await screen.next();
    const sgr = /\u001b\[[0-9;]*m/;
    expect(sgr.test(screen.getScreen({ raw: true }))).toBe(coloured);
    expect(sgr.test(run.stdout.text)).toBe(coloured);
    ctrlC();
    expect(await run.done).toBe(130);
  });

  it("--min-score makes an interactive session exit 1 when the average is under it", async () => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7", "--min-score", "50"]);
    await screen.next();
    await say(WEAK);
    await choose(1, false);
    expect(await run.done).toBe(1);
    expect(run.stdout.text).toContain("Average 0% is under the required 50%.");
  });

  it("speaks the session's language: prompts, feedback and summary in Russian", async () => {
    const run = startCli([...DRILL, "--count", "1", "--seed", "7", "--lang", "ru"]);
    await screen.next();
    expect(run.stdout.text).toMatch(/Вопрос 1\/1 · /);
    expect(screen.getScreen()).toContain("Ваш ответ");
    await say(STRONG_RU[currentTag(run.stdout.text)]!);
    expect(run.stdout.text).toContain("100\u00a0%  ✔ зачтено");
    expect(screen.getScreen()).toContain("Закончить и посмотреть итоги");
    await choose(1, false);
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toContain("Средний балл: 100\u00a0% · зачтено 1 из 1");
  });
});
