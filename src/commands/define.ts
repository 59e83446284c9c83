// A command is one definition (its flags, defaults, examples and how its flag values are read) next
// to its `run`, in src/commands/<name>/index.ts, as citty's defineCommand does. cli.ts only collects
// the definitions. A definition is loaded at every start-up, so it stays small: `run` imports the
// command's code only when the command runs.
import type { Command } from "commander";
import type { GlobalOptions, Io } from "../io/context.js";

/** One flag: commander's syntax (`-n, --count <n>`) and its help line, defaults written in it. */
export interface Flag {
  syntax: string;
  help: string;
}

/** One positional argument: commander's syntax (`<question>`, `[dir...]`) and its help line. */
interface Argument {
  syntax: string;
  help?: string;
}

/** What a command runs with: the outside world, the global flags and the program (for completion). */
interface CommandContext {
  io: Io;
  globals: GlobalOptions;
  program: Command;
}

/** A command: what `--help` shows, and `run`, which gets the arguments and flags as commander parsed them. */
export interface CommandDefinition<Flags = Record<string, unknown>> {
  name: string;
  description: string;
  args?: readonly Argument[];
  flags: readonly Flag[];
  examples: readonly string[];
  /** Not listed in the help (the completion scripts' callback). */
  hidden?: boolean;
  /** Flags it does not know are passed on as words (the completion callback gets the user's half-typed line). */
  allowUnknownOption?: boolean;
  /** Reads the flags into typed options, imports the command's code and runs it; resolves to the exit code. */
  run(ctx: CommandContext, args: readonly unknown[], flags: Flags): Promise<number>;
}

/** Declares a command; the identity function, there for the types (as citty's defineCommand). */
export function defineCommand<Flags>(definition: CommandDefinition<Flags>): CommandDefinition<Flags> {
  return definition;
}

/** The "Examples:" block at the end of a command's help. */
export function examplesHelp(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}
