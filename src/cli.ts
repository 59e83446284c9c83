import { Command, CommanderError, Option } from "commander";
import type { GlobalOptions, Io } from "./io/context.js";
import { VERSION } from "./version.js";
import { examplesHelp, type CommandDefinition } from "./commands/define.js";
import { quizCommand } from "./commands/quiz/index.js";
import { listCommand } from "./commands/list/index.js";
import { showCommand } from "./commands/show/index.js";
import { gradeCommand } from "./commands/grade/index.js";
import { validateCommand } from "./commands/validate/index.js";
import { statsCommand } from "./commands/stats/index.js";
import { reviewCommand } from "./commands/review/index.js";
import { exportCommand } from "./commands/export/index.js";
import { completeCommand, completionCommand } from "./commands/completion/index.js";

/** Holds the exit code that the last command asked for. */
export interface RunState {
  exitCode: number;
}

/** Every command, in the order the help lists them; each is defined in src/commands/<name>/index.ts. */
const COMMANDS: readonly CommandDefinition<never>[] = [
  quizCommand,
  listCommand,
  showCommand,
  gradeCommand,
  validateCommand,
  statsCommand,
  reviewCommand,
  exportCommand,
  completionCommand,
  completeCommand,
];

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Builds a fresh commander program whose commands write to `io` and record their exit code in `state`. */
export function createProgram(io: Io, state: RunState = { exitCode: 0 }): Command {
  const program = new Command("smm-prep");

  program
    .description("Practise social-media-manager job interviews: questions in Russian, Greek and English, graded answers.")
    .version(VERSION, "-v, --version", "print the version")
    // -V is what commander and most CLIs use; -v stays for those who learnt it here.
    .addOption(new Option("-V").hideHelp().argParser(() => {
      io.stdout.write(`${VERSION}\n`);
      throw new CommanderError(0, "commander.version", VERSION);
    }))
    .helpOption("-h, --help", "show help")
    .addOption(new Option("--content <dir>", "also load question banks from DIR (repeatable; see $SMM_PREP_CONTENT)").argParser(collect))
    .option("--no-color", "plain output without colours (also $NO_COLOR)")
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
    })
    .addHelpText(
      "after",
      examplesHelp([
        "npx smm-prep quiz",
        "smm-prep list --lang el",
        "smm-prep show faq/engagement-rate --lang ru",
        'smm-prep grade interview/roi-metrics --answer "Leads, conversions and ROI in Google Analytics"',
        "smm-prep validate ./my-banks",
        "smm-prep stats",
        "smm-prep review --until 2025-06-30",
      ]),
    );

  for (const definition of COMMANDS) addCommand(program, definition as CommandDefinition, io, state);
  return program;
}

/** Turns a definition into a commander subcommand whose action runs it and keeps its exit code. */
function addCommand(program: Command, definition: CommandDefinition, io: Io, state: RunState): void {
  const cmd = program.command(definition.name, definition.hidden ? { hidden: true } : {});
  if (definition.description) cmd.description(definition.description);
  for (const arg of definition.args ?? []) cmd.argument(arg.syntax, arg.help);
  for (const flag of definition.flags) cmd.addOption(new Option(flag.syntax, flag.help));
  if (definition.allowUnknownOption) cmd.allowUnknownOption();
  if (definition.examples.length > 0) cmd.addHelpText("after", examplesHelp(definition.examples));
  // commander calls the action with the arguments, then the flags, then the command itself.
  cmd.action(async (...params: unknown[]) => {
    const self = params.at(-1) as Command;
    const flags = params.at(-2) as Record<string, unknown>;
    const globals = self.optsWithGlobals<GlobalOptions>();
    state.exitCode = (await definition.run({ io, globals, program }, params.slice(0, -2), flags)) ?? 0;
  });
}
