// `list` in a real 60-column terminal (tmux): the width comes from the terminal itself, not $COLUMNS.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { width } from "../../src/ui/text.js";
import { tempHome } from "../support/home.js";
import { BIN } from "../support/spawn.js";

const HAS_TMUX = spawnSync("tmux", ["-V"]).status === 0;
// A server of our own, on a socket in a temp folder, so the test never touches the user's tmux sessions.
const SOCKET_DIR = mkdtempSync(join(tmpdir(), "smm-prep-tmux-"));
const tmux = (...args: string[]) => spawnSync("tmux", ["-u", "-S", join(SOCKET_DIR, "socket"), ...args], { encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } });
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

describe.skipIf(!HAS_TMUX)(`list in a real terminal${HAS_TMUX ? "" : " (skipped: tmux is not installed; .ci/run installs it)"}`, () => {
  afterAll(() => {
    tmux("kill-server");
    rmSync(SOCKET_DIR, { recursive: true, force: true });
  });

  it("fits 60 columns: the id column shrinks and the cells wrap, in the session's language", async () => {
    const env = `env -i PATH=${quote(process.env.PATH ?? "")} HOME=${quote(tempHome())} SMM_PREP_HOME=${quote(tempHome())} NO_COLOR=1 LANG=C.UTF-8 TERM=xterm-256color`;
    tmux("new-session", "-d", "-s", "list", "-x", "60", "-y", "50", `${env} ${quote(process.execPath)} ${quote(BIN)} list --lang ru --bank interview; echo "EXIT=$?"; sleep 600`);
    let screen = "";
    for (const deadline = Date.now() + 20_000; !/EXIT=\d+/.test(screen) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 100));
      // -J joins lines the terminal wrapped, so a line longer than the window would show.
      screen = tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", "list").stdout;
    }
    expect(screen).toContain("EXIT=0");
    const lines = screen.split("\n");
    expect(lines.every((l) => width(l) <= 60)).toBe(true);
    expect(lines[0]).toMatch(/^КОД +ТЕМА +ВОПРОС$/);
    // interview/… ids (up to 36 columns) break after the slash, and the question goes on under itself.
    const at = lines.findIndex((l) => /^interview\/ /.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^[a-z-]+ {2,}/);
    expect(screen).toMatch(/\n20 вопросов · русский\n/);
  });
});
