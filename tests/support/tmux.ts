// A tmux server of the tests' own, for driving the built binary in a real pseudo-terminal.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether tmux is installed (the real-terminal suites skip, saying so, when it is not). */
export const HAS_TMUX = spawnSync("tmux", ["-V"]).status === 0;

/** A private tmux server on a socket in a temp folder, so tests never touch the user's tmux sessions. */
export function tmuxServer(): { tmux: (...args: string[]) => string; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "smm-prep-tmux-"));
  const socket = join(dir, "socket");
  return {
    tmux(...args: string[]): string {
      // -u and a UTF-8 locale: CI may have no locale set, and tmux would then draw "█" and "✔" as "_".
      const r = spawnSync("tmux", ["-u", "-S", socket, ...args], { encoding: "utf8", env: { ...process.env, LC_ALL: "C.UTF-8" } });
      if (r.status !== 0) throw new Error(`tmux ${args.join(" ")} failed: ${r.stderr}`);
      return r.stdout;
    },
    close(): void {
      spawnSync("tmux", ["-S", socket, "kill-server"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls the screen (never a fixed sleep alone) until the pattern shows, within a generous limit. */
export async function waitFor(screen: () => string, pattern: RegExp, what: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const text = screen();
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
