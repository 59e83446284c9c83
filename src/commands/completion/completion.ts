import { RootCommand, type Command as TabCommand } from "@bomb.sh/tab";
import type { Command } from "commander";
import { topicSpellings } from "../../content/topic-names.js";
import { LANGS, questionKey, type Bank } from "../../content/types.js";
import { didYouMean } from "../../content/suggest.js";
import { UserError } from "../../errors.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { loadBankDirs, loadBuiltinBanks } from "../../io/load-content.js";
import { cacheDir, contentDirs } from "../../io/paths.js";

/** The shells `smm-prep completion` writes a script for. */
const SHELLS = ["bash", "zsh", "fish"] as const;

/** What an option's value or an argument completes to, by its name. */
type Values = Record<string, () => string[]>;

/** Mirrors the commander program into tab's model: every visible command with its options and arguments. */
function describe(program: Command, values: Values): RootCommand {
  const root = new RootCommand();
  const addOptions = (target: TabCommand, cmd: Command) => {
    for (const option of cmd.options) {
      if (option.hidden || !option.long) continue;
      const name = option.long.slice(2);
      const alias = option.short?.slice(1);
      const takesValue = option.required || option.optional;
      const list = values[name];
      if (!takesValue) target.option(name, option.description, alias);
      else target.option(name, option.description, (complete) => list?.().forEach((v) => complete(v, "")), alias);
    }
  };
  addOptions(root, program);
  for (const cmd of program.commands) {
    if ((cmd as Command & { _hidden?: boolean })._hidden) continue;
    const sub = root.command(cmd.name(), cmd.description());
    addOptions(sub, cmd);
    for (const arg of cmd.registeredArguments) {
      const list = values[arg.name()];
      sub.argument(arg.name(), list && ((complete) => list().forEach((v) => complete(v, ""))), arg.variadic);
    }
  }
  return root;
}

/** The banks completion offers: built-in and configured ones, quietly skipping any that do not load. */
async function knownBanks(io: Io, globals: GlobalOptions): Promise<Bank[]> {
  const user = await loadBankDirs(contentDirs(globals.content, io.env), io.cwd, cacheDir(io.env)).catch(() => ({ banks: [] }));
  return [...loadBuiltinBanks(io.env), ...user.banks];
}

/**
 * `smm-prep complete -- <words>`: what the shell script asks for at each Tab, one `value<TAB>description`
 * per line and a directive, as @bomb.sh/tab defines. Question ids and banks come from the loaded banks.
 */
export async function complete(io: Io, globals: GlobalOptions, program: Command, words: string[]): Promise<number> {
  // Banks are read only when the words may need them, so commands and flags complete at once.
  const needsBanks = words.some((w) => ["show", "grade", "--bank", "-b"].includes(w));
  const all = needsBanks ? await knownBanks(io, globals) : [];
  const unique = (xs: string[]) => [...new Set(xs)].sort();
  const root = describe(program, {
    lang: () => [...LANGS],
    bank: () => unique(all.map((b) => b.bank)),
    topic: () => topicSpellings(),
    format: () => ["md", "json"],
    question: () => unique(all.flatMap((b) => b.questions.map(questionKey))),
    shell: () => [...SHELLS],
  });
  // tab prints with console.log; our output goes through `io`, so console.log is lent to it for this call.
  const log = console.log;
  console.log = (...parts: unknown[]) => void io.stdout.write(`${parts.join(" ")}\n`);
  try {
    root.parse([...words]);
  } finally {
    console.log = log;
  }
  return 0;
}

/** `smm-prep completion <shell>`: the script to source in bash, zsh or fish. */
export function completionScript(io: Io, program: Command, shell: string): number {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UserError(`unsupported shell '${shell}'${didYouMean(shell, SHELLS)}; choose one of: ${SHELLS.join(", ")}`);
  const log = console.log;
  console.log = (...parts: unknown[]) => void io.stdout.write(`${parts.join(" ")}\n`);
  try {
    new RootCommand().setup(program.name(), program.name(), shell);
  } finally {
    console.log = log;
  }
  return 0;
}
