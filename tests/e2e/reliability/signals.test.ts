// Issue 13 in a real terminal (tmux): item 2, SIGTERM and SIGHUP at the "What next?" menu end the
// session like Ctrl-C; item 16, an $EDITOR with an unquoted space. Run `npm run build` first.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempHome } from "../../support/home.js";
import { BIN } from "../../support/spawn.js";
import { FIXTURE, STRONG } from "../../support/session.js";
import { HAS_TMUX, tmuxServer, waitFor } from "../../support/tmux.js";
import { sh, STACK } from "./helpers.js";

const { tmux, close } = tmuxServer();

/** The process whose parent is `parent` (the binary started by the pane's shell), from /proc. */
function childOf(parent: number): number | undefined {
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent) return Number(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

/** Starts the binary in a tmux window; the shell prints EXIT=<code> when it ends. */
function start(name: string, args: string[], env: Record<string, string> = {}) {
  const home = tempHome();
  const vars = Object.entries({ PATH: process.env.PATH ?? "", HOME: tempHome(), SMM_PREP_HOME: home, NO_COLOR: "1", LANG: "C.UTF-8", TERM: "xterm-256color", ...env });
  const command = `env -i ${vars.map(([k, v]) => `${k}=${sh(v)}`).join(" ")} ${sh(process.execPath)} ${sh(BIN)} ${args.map(sh).join(" ")}; echo "EXIT=$?"; sleep 600`;
  tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "50", command);
  const screen = () => tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", name);
  return {
    home,
    screen,
    type: (text: string) => void tmux("send-keys", "-t", name, "-l", text),
    key: (key: string) => void tmux("send-keys", "-t", name, key),
    /** Whether the terminal's cursor is visible (tmux's own flag). */
    cursorVisible: () => tmux("display-message", "-p", "-t", name, "#{cursor_flag}").trim() === "1",
    pid: () => childOf(Number(tmux("display-message", "-p", "-t", name, "#{pane_pid}").trim())),
    waitFor: (pattern: RegExp, what: string) => waitFor(screen, pattern, what),
  };
}

const SESSION = ["--content", FIXTURE, "quiz", "--bank", "drill", "--count", "2", "--seed", "7"];

describe.skipIf(!HAS_TMUX)(`signals and the editor in a real terminal${HAS_TMUX ? "" : " (skipped: tmux is not installed)"}`, () => {
  afterAll(close);

  it.each([
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ])("2. %s at the What-next menu records the graded answer, shows the summary, restores the cursor, exits %i", async (signal, exitCode) => {
    const t = start(`sig-${signal}`, SESSION);
    await t.waitFor(/\? Your answer/, "the first prompt");
    t.type(STRONG["Q-ENGAGEMENT"]!);
    t.key("Enter");
    await t.waitFor(/What next\?/, "the what-next menu");
    expect(t.cursorVisible()).toBe(false);
    const pid = t.pid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, signal);
    const screen = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(screen).toContain(`EXIT=${exitCode}`);
    expect(screen).toContain("Session interrupted. Here is what you did so far:");
    expect(screen).toMatch(/drill\/engagement +100% +✔/);
    expect(screen).not.toMatch(STACK);
    expect(t.cursorVisible()).toBe(true);
    const history = readFileSync(join(t.home, "history.jsonl"), "utf8").trim().split("\n");
    expect(history.map((l) => JSON.parse(l).question)).toEqual(["drill/engagement"]);
  });

  it("16. an $EDITOR whose path has an unquoted space: one line saying how to quote it, exit 2, before any question", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "smm-prep-editor-")), "my editors");
    mkdirSync(dir);
    const editor = join(dir, "ed");
    writeFileSync(editor, "#!/bin/sh\nexit 0\n");
    chmodSync(editor, 0o755);
    expect(existsSync(editor)).toBe(true);
    const t = start("editor", [...SESSION, "--editor"], { EDITOR: editor });
    const screen = await t.waitFor(/EXIT=\d+/, "the end of the session");
    expect(screen).toContain("EXIT=2");
    expect(screen).not.toContain("Question 1/2");
    expect(screen).toContain(`smm-prep: cannot start the editor EDITOR=${editor}: its path has a space, so put it in double quotes: EDITOR='"${editor}"'`);
    expect(screen).not.toContain("LaunchEditorError");
    expect(screen).not.toMatch(STACK);
  });
});
