import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, testEnv } from "./home.js";

/** The built launcher, as users run it. */
export const BIN = join(ROOT, "bin/smm-prep.js");

/** Spawns the built binary for real and returns its exit code and output. */
export function spawnCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string; timeout?: number } = {}) {
  // The real binary finds its own compiled banks unless a test points it elsewhere.
  const env = testEnv({ SMM_PREP_BUILTIN_DIR: undefined, ...opts.env });
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? "",
    env: env as NodeJS.ProcessEnv,
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    // A test of something that must end at once passes a short timeout: hanging is then a failure, not a stall.
    timeout: opts.timeout ?? 30_000,
    killSignal: "SIGKILL",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}
