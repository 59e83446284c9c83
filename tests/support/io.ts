import { Readable } from "node:stream";
import type { Io } from "../../src/io/context.js";
import { main } from "../../src/main.js";
import { ROOT, testEnv } from "./home.js";

/** A stream that remembers what was written to it. */
export class Capture {
  text = "";
  constructor(
    readonly isTTY = false,
    readonly columns?: number,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string | Buffer;
  tty?: boolean;
  columns?: number;
  cwd?: string;
}

/**
 * The one Io of in-process tests: output captured, standard input the given text (piped) or nothing
 * (a terminal with `tty`), the test environment (see home.ts) and the repository as the folder.
 */
export function testIo(opts: RunOptions = {}): Io & { stdout: Capture; stderr: Capture } {
  const stdout = new Capture(opts.tty ?? false, opts.columns);
  const stderr = new Capture(false);
  const stdin = Object.assign(Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]), { isTTY: opts.stdin === undefined && (opts.tty ?? false) });
  return { stdout, stderr, stdin, env: testEnv(opts.env), cwd: opts.cwd ?? ROOT };
}

/** Runs one command line through a fresh program (in-process) and returns what it printed. */
export async function runCli(args: string[], opts: RunOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = testIo(opts);
  const code = await main(args, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}
