import { CommanderError } from "commander";
import { createProgram } from "./cli.js";
import { DomainError } from "./domain-error.js";
import { EXIT, Interrupted, UserError } from "./errors.js";
import type { Io } from "./io/context.js";
import { errnoWhy } from "./io/errno.js";
import { fileOutput, StdoutWriteError } from "./io/stdout-file.js";
import { inert } from "./ui/inert.js";

const REPORT_URL = "https://github.com/smm-prep/smm-prep/issues";

/** Turns any error escaping a command into a message on stderr and an exit code. */
function reportError(err: unknown, io: Io): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its own message (or the help/version text).
    const quiet = ["commander.helpDisplayed", "commander.version", "commander.help"];
    return quiet.includes(err.code) ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof UserError) {
    const lines = [...err.details, `smm-prep: ${err.message}`];
    io.stderr.write(`${lines.map(inert).join("\n")}\n`);
    return err.exitCode;
  }
  // The core's own errors (an unknown name, an answer too long to grade) are input errors: exit 2.
  if (err instanceof DomainError) {
    io.stderr.write(`smm-prep: ${inert(err.message)}\n`);
    return EXIT.usage;
  }
  if (err instanceof Interrupted) return err.exitCode;
  if (err instanceof StdoutWriteError) return stdoutFailure(err, io.stderr);
  const message = inert(err instanceof Error ? err.message : String(err));
  io.stderr.write(`smm-prep: internal error: ${message}\nThis is a bug in smm-prep; please report it at ${REPORT_URL} with the command you ran.\n`);
  if (io.env.SMM_PREP_DEBUG === "1" && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  else io.stderr.write("(set SMM_PREP_DEBUG=1 to see the stack trace)\n");
  return EXIT.internal;
}

/** Runs one command line against `io` and resolves to its exit code; never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const state = { exitCode: EXIT.ok as number };
  try {
    await createProgram(io, state).parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (err) {
    return reportError(err, io);
  }
}

/** One line for a failed write to standard output (a full disk, `ulimit -f`), and exit 74: never a stack trace. */
function stdoutFailure(err: { code?: string; message: string }, stderr: { write(chunk: string): unknown }): number {
  const code = err.code ?? "";
  stderr.write(`smm-prep: cannot write to standard output: ${errnoWhy(code) ?? (code || inert(err.message))}\n`);
  return EXIT.ioError;
}

/** The entry point used by bin/smm-prep.js: the real process, streams and exit code. */
export async function run(): Promise<void> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") {
      // A reader that stops early (`smm-prep list | head`) is not an error. A scripted quiz listens
      // for this itself (a second listener) so it can stop asking and say so; everyone else just ends.
      if (process.stdout.listenerCount("error") > 1) return;
      process.exit(process.exitCode ?? 0);
    }
    process.exit(stdoutFailure(err, process.stderr));
  });
  const io: Io = {
    // A regular file gets complete writes (see stdout-file.ts); a terminal or a pipe is the stream itself.
    stdout: fileOutput(1) ?? process.stdout,
    stderr: process.stderr,
    // Opening stdin loads Node's stream and net modules; only commands that read answers pay for it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
  process.exitCode = await main(process.argv.slice(2), io);
}
