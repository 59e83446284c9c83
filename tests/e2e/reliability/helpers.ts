// Shared by the reliability suite (issue 13): the built binary run through a shell (for pipes,
// redirections and `ulimit`), a tiny tmpfs for full-disk cases, and a generated bank.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, testEnv } from "../../support/home.js";
import { BIN } from "../../support/spawn.js";

/** Quotes a word for sh. */
export const sh = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** The command line that runs the built binary, for use inside a shell script. */
export const SMM = `${sh(process.execPath)} ${sh(BIN)}`;

/** Runs a bash script (with `$SMM` set to the binary) in a test environment; never the real home. */
export function bash(script: string, env: Record<string, string | undefined> = {}, timeout = 30_000) {
  const r = spawnSync("bash", ["--norc", "--noprofile", "-c", script], {
    env: { ...testEnv({ SMM_PREP_BUILTIN_DIR: undefined, ...env }), SMM } as NodeJS.ProcessEnv,
    cwd: ROOT,
    encoding: "utf8",
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** A stack trace line, which no user-facing message may contain. */
export const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * Mounts a tmpfs of `size` at a new temporary folder, or returns the reason it cannot (not root, no
 * mount in a container). The caller unmounts it with `unmount`.
 */
export function tmpfs(size: string): { dir: string } | { reason: string } {
  const dir = mkdtempSync(join(tmpdir(), "smm-prep-tmpfs-"));
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { encoding: "utf8" });
  if (r.status === 0) return { dir };
  rmdirSync(dir);
  return { reason: (r.stderr || String(r.error)).trim().split("\n")[0] ?? "mount failed" };
}

/** Unmounts a tmpfs made by `tmpfs`. */
export function unmount(dir: string): void {
  spawnSync("umount", [dir]);
  rmdirSync(dir);
}

/** Whether this machine can mount a tmpfs here (root, not forbidden by the container), and why not. */
export const TMPFS = (() => {
  const probe = tmpfs("64k");
  if ("reason" in probe) return { ok: false, reason: probe.reason };
  unmount(probe.dir);
  return { ok: true, reason: "" };
})();

