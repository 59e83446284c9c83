// The built binary in a real pseudo-terminal (tmux): keys typed as a person would, the screen read
// back with capture-pane. Run `npm run build` first. Skipped, with the reason, only when tmux is absent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { width } from "../../src/ui/text.js";
import { tempHome } from "../support/home.js";
import { BIN } from "../support/spawn.js";
import { FIXTURE, STRONG, WEAK } from "../support/session.js";
import { HAS_TMUX, tmuxServer, waitFor } from "../support/tmux.js";

const { tmux, close } = tmuxServer();

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** Starts the binary in a new tmux window of the given size; the shell prints EXIT=<code> when it ends. */
function start(name: string, args: string[], columns: number) {
  const home = tempHome();
  const env = `env -i PATH=${quote(process.env.PATH ?? "")} HOME=${quote(tempHome())} SMM_PREP_HOME=${quote(home)} NO_COLOR=1 LANG=C.UTF-8 TERM=xterm-256color`;
  const command = `${env} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(" ")}; echo "EXIT=$?"; sleep 600`;
  tmux("new-session", "-d", "-s", name, "-x", String(columns), "-y", "50", command);
  // -J joins lines the terminal wrapped, so a line longer than the window shows that we did not wrap it.
  const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", name);
  return {
    screen,
    /** The history the session wrote, one record per line ("" when it wrote none). */
    history: () => (existsSync(join(home, "history.jsonl")) ? readFileSync(join(home, "history.jsonl"), "utf8") : ""),
    type: (text: string) => void tmux("send-keys", "-t", name, "-l", text),
    key: (key: string) => void tmux("send-keys", "-t", name, key),
    // As a terminal pastes: -p wraps the text in bracketed-paste markers when the program asked for them.
    paste: (text: string) => {
      tmux("set-buffer", "-b", name, text);
      tmux("paste-buffer", "-p", "-d", "-b", name, "-t", name);
    },
    waitFor: (pattern: RegExp, what: string) => waitFor(screen, pattern, what),
  };
}

const SESSION = ["--content", FIXTURE, "quiz", "--bank", "drill", "--count", "2", "--seed", "7"];

describe.skipIf(!HAS_TMUX)(`the quiz in a real terminal${HAS_TMUX ? "" : " (skipped: tmux is not installed; .ci/run installs it)"}`, () => {
  afterAll(close);

  it("takes two typed answers, shows feedback after each, then the summary, in 40 columns", async () => {
    const t = start("answers", SESSION, 40);
    await t.waitFor(/\? Your answer/, "the first prompt");
    t.type(STRONG["Q-ENGAGEMENT"]!);
    t.key("Enter");
    let screen = await t.waitFor(/What next\?/, "the feedback and the what-next menu");
    expect(screen).toContain("Question 1/2 · analytics");
    expect(screen).toMatch(/Score █+ 100%\s+✔ passed/);
    expect(screen).toContain("✔ Counts engagements ← “Engagements”");
    expect(screen).toContain("Model answer");
    t.key("Enter");
    await t.waitFor(/Question 2\/2[\s\S]*\? Your answer/, "the second question");
    t.type(WEAK);
    t.key("Enter");
    screen = await t.waitFor(/Finish and see the summary/, "the second feedback");
    expect(screen).toContain("✘ not passed");
    t.key("Enter");
    screen = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(screen).toContain("EXIT=0");
    expect(screen).toMatch(/drill\/engagement +100% +✔/);
    expect(screen).toMatch(/drill\/hashtags +0% +✘/);
    expect(screen).toContain("Average: 50% · passed 1 of 2");
    expect(screen).toContain("Practise next");
    // Everything we print wraps to the window; only the echo of a typed answer may be longer.
    const ours = screen.split("\n").filter((line) => !line.includes("Your answer"));
    expect(ours.filter((line) => width(line) > 40)).toEqual([]);
  });

  it("Ctrl-C ends the session cleanly: partial summary, exit 130, no stack trace", async () => {
    const t = start("interrupt", SESSION, 80);
    await t.waitFor(/\? Your answer/, "the first prompt");
    t.type(STRONG["Q-ENGAGEMENT"]!);
    t.key("Enter");
    await t.waitFor(/What next\?/, "the feedback");
    t.key("Enter");
    await t.waitFor(/Question 2\/2[\s\S]*\? Your answer/, "the second question");
    t.type("half an ans");
    t.key("C-c");
    const screen = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(screen).toContain("EXIT=130");
    expect(screen).toContain("Session interrupted. Here is what you did so far:");
    expect(screen).toMatch(/drill\/engagement +100% +✔/);
    expect(screen).not.toMatch(/drill\/hashtags +\d/);
    expect(screen).toContain("Average: 100% · passed 1 of 1");
    expect(screen).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
  });

  it("a pasted answer of several lines is one answer: all of it is graded, nothing spills into the menu", async () => {
    const t = start("paste", SESSION, 80);
    await t.waitFor(/\? Your answer/, "the first prompt");
    expect(t.screen()).toContain("new line: Alt+Enter, or \\ at the end of a line");
    t.paste("Engagements\ndivided by followers\nas a percentage\n");
    await t.waitFor(/as a percentage/, "the pasted lines");
    expect(t.screen()).not.toMatch(/Score/);
    t.key("Enter");
    const screen = await t.waitFor(/What next\?/, "the feedback");
    expect(screen).toMatch(/Score █+ 100%\s+✔ passed/);
    expect(screen).not.toContain("Question 2/2");
    t.key("Enter");
    await t.waitFor(/Question 2\/2[\s\S]*\? Your answer/, "the second question");
    t.type(":quit");
    t.key("Enter");
    const end = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(end).toContain("EXIT=0");
    expect(end).toContain("Average: 100% · passed 1 of 1");
    expect(t.history().trim().split("\n")).toHaveLength(1);
  });

  it("a long answer can be typed over several lines: Alt+Enter, or \\ at the end of a line", async () => {
    const t = start("lines", SESSION, 80);
    await t.waitFor(/\? Your answer/, "the first prompt");
    t.type("Engagements");
    t.key("M-Enter");
    t.type("divided by followers\\");
    t.key("Enter");
    t.type("as a percentage");
    await t.waitFor(/ {2}as a percentage/, "the third line");
    expect(t.screen()).not.toMatch(/Score/);
    t.key("Enter");
    const screen = await t.waitFor(/What next\?/, "the feedback");
    expect(screen).toMatch(/Score █+ 100%\s+✔ passed/);
    t.key("C-c");
    await t.waitFor(/EXIT=130/, "the end of the session");
  });

  it("Enter on an empty answer asks again: nothing is graded or recorded, only :skip skips", async () => {
    const t = start("empty", SESSION, 80);
    await t.waitFor(/\? Your answer/, "the first prompt");
    t.key("Enter");
    await t.waitFor(/Nothing to grade yet: type your answer, or :skip to skip this question\./, "the refusal");
    t.type("   ");
    t.key("Enter");
    await new Promise((r) => setTimeout(r, 300));
    expect(t.screen()).not.toMatch(/Score|What next|Question 2\/2/);
    t.type(":skip");
    t.key("Enter");
    await t.waitFor(/Skipped\.[\s\S]*Question 2\/2[\s\S]*\? Your answer/, "the second question");
    t.type(":q");
    t.key("Enter");
    const end = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(end).toContain("EXIT=0");
    expect(end).toContain("No answers were graded.");
    expect(t.history()).toBe("");
  });

  it("a colon word that is no command is not graded: it names the commands, with a did-you-mean, in the session's language", async () => {
    const t = start("colon", [...SESSION, "--lang", "ru"], 100);
    await t.waitFor(/\? Ваш ответ/, "the first prompt");
    expect(t.screen()).toContain(":подсказка · :пропустить · :выход");
    t.type(":hlep");
    t.key("Enter");
    await t.waitFor(/Команды :hlep нет \(может быть, :help\?\)\. Команды: :подсказка, :пропустить и :выход\./, "the unknown-command line");
    t.type(":подсказкка");
    t.key("Enter");
    await t.waitFor(/Команды :подсказкка нет \(может быть, :подсказка\?\)/, "the did-you-mean");
    t.type(":подсказка");
    t.key("Enter");
    await t.waitFor(/💡 Подсказка/, "the hint");
    t.type(":пропустить");
    t.key("Enter");
    await t.waitFor(/Вопрос пропущен\.[\s\S]*Вопрос 2\/2/, "the second question");
    t.type(":έξοδος");
    t.key("Enter");
    const end = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(end).toContain("EXIT=0");
    expect(end).not.toMatch(/Балл +\S+ +[█░]/);
    expect(t.history()).toBe("");
  });
});
