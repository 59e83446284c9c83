import { Command, CommanderError, Option } from "commander";
import type { GlobalOptions, Io } from "./io/context.js";
import { LANGS } from "./content/types.js";
import { VERSION } from "./version.js";

/** Holds the exit code that the last command asked for. */
export interface RunState {
  exitCode: number;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

// Languages are checked by resolveLang, not commander's choices, so a typo gets a did-you-mean.
const langOption = () => new Option("-l, --lang <lang>", `language of the questions: ${LANGS.join(", ")} (default: $SMM_PREP_LANG, then the locale, then en)`);

// For stats and export --lang narrows the history; it also picks the language they speak.
const filterLangOption = () =>
  new Option("-l, --lang <lang>", `only answers in this language (${LANGS.join(", ")}), and speak it (default: every language)`);

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** Builds a fresh commander program whose commands write to `io` and record their exit code in `state`. */
export function createProgram(io: Io, state: RunState = { exitCode: 0 }): Command {
  const program = new Command("smm-prep");
  const globals = (cmd: Command): GlobalOptions => cmd.optsWithGlobals<GlobalOptions>();
  const setExit = (code: number | void) => {
    state.exitCode = code ?? 0;
  };

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
      examples([
        "npx smm-prep quiz",
        "smm-prep list --lang el",
        "smm-prep show faq/engagement-rate --lang ru",
        'smm-prep grade interview/roi-metrics --answer "Leads, conversions and ROI in Google Analytics"',
        "smm-prep validate ./my-banks",
        "smm-prep stats",
        "smm-prep review --until 2025-06-30",
      ]),
    );

  program
    .command("quiz")
    .description("practise: answer questions and get feedback on each (scripted when input is piped)")
    .addOption(langOption())
    .option("-b, --bank <bank>", "only this bank (e.g. interview, faq)")
    .option("-t, --topic <topic>", "only this topic (e.g. analytics)")
    .option("-n, --count <n>", "how many questions (default: 5)")
    .option("--seed <seed>", "repeat the same questions in the same order")
    .option("--timer <seconds>", "a countdown per question; at zero the answer so far is graded")
    .option("--editor", "write answers in $EDITOR")
    .option("--answers <file>", "grade a prepared session from a YAML file")
    .option("--json", "print the session report as JSON (scripted sessions)")
    .option("--min-score <n>", "exit 1 when the average score is under N")
    .option("--no-history", "do not record this session's answers")
    .addHelpText(
      "after",
      examples([
        "smm-prep quiz",
        "smm-prep quiz --lang ru --topic analytics --count 3 --timer 90",
        "printf '%s\\n' \"answer one\" \"answer two\" | smm-prep quiz --count 2 --seed 7",
        "smm-prep quiz --answers session.yaml --json --min-score 60",
      ]),
    )
    .action(async (opts, cmd: Command) => {
      const { quiz } = await import("./commands/quiz.js");
      const { HistoryRecorder } = await import("./commands/history-recorder.js");
      setExit(await quiz(io, globals(cmd), opts, new HistoryRecorder(io, opts.history !== false)));
    });

  program
    .command("list")
    .description("list the questions")
    .addOption(langOption())
    .option("-b, --bank <bank>", "only this bank (e.g. interview, faq)")
    .option("-t, --topic <topic>", "only this topic (e.g. analytics)")
    .option("--json", "print JSON instead of a table")
    .addHelpText("after", examples(["smm-prep list", "smm-prep list --lang el --bank faq", "smm-prep list --topic analytics --json"]))
    .action(async (opts, cmd: Command) => {
      const { list } = await import("./commands/list.js");
      setExit(await list(io, globals(cmd), opts));
    });

  program
    .command("show")
    .description("show a question with its guidance, model answer and rubric")
    .argument("<question>", "the question as <bank>/<id>, e.g. faq/engagement-rate")
    .addOption(langOption())
    .option("--json", "print JSON")
    .addHelpText("after", examples(["smm-prep show faq/engagement-rate", "smm-prep show interview/account-goals --lang ru --json"]))
    .action(async (ref: string, opts, cmd: Command) => {
      const { show } = await import("./commands/show.js");
      setExit(await show(io, globals(cmd), ref, opts));
    });

  program
    .command("grade")
    .description("grade one answer against a question's rubric")
    .argument("<question>", "the question as <bank>/<id>, e.g. interview/roi-metrics")
    .addOption(langOption())
    .option("-a, --answer <text>", "the answer (default: read from standard input)")
    .option("--json", "print the grade as JSON")
    .option("--record", "also add this answer to your practice history")
    .addHelpText(
      "after",
      examples([
        'smm-prep grade faq/engagement-rate --answer "Engagements divided by followers, times 100"',
        'smm-prep grade faq/engagement-rate --record < answer.txt',
        'echo "Лиды и конверсии в Google Analytics" | smm-prep grade interview/roi-metrics --lang ru --json',
        "smm-prep grade faq/handling-trolls --lang el < answer.txt",
      ]),
    )
    .action(async (ref: string, opts, cmd: Command) => {
      const { grade } = await import("./commands/grade.js");
      setExit(await grade(io, globals(cmd), ref, opts));
    });

  program
    .command("validate")
    .description("check question banks for mistakes (exit 1 when there are any)")
    .argument("[dir...]", "directories to check (default: the built-in banks and the configured ones)")
    .addOption(new Option("-l, --lang <lang>", `language of the summary line: ${LANGS.join(", ")} (default: $SMM_PREP_LANG, then the locale, then en)`))
    .option("--json", "print {ok, banks, files, questions, langs, problems: [{file, line, col, message}]}")
    .addHelpText("after", examples(["smm-prep validate", "smm-prep validate ./my-banks", "smm-prep --content ./my-banks validate", "smm-prep validate ./my-banks --json"]))
    .action(async (dirs: string[], opts, cmd: Command) => {
      const { validate } = await import("./commands/validate.js");
      setExit(await validate(io, globals(cmd), dirs, opts));
    });

  program
    .command("stats")
    .description("your progress: sessions, average over time, a bar per topic, most-missed concepts, streak")
    .addOption(filterLangOption())
    .option("--since <date>", "only practice from this day on (YYYY-MM-DD)")
    .option("--json", "print JSON")
    .addHelpText("after", examples(["smm-prep stats", "smm-prep stats --lang ru --since 2025-03-01", "smm-prep stats --json"]))
    .action(async (opts, cmd: Command) => {
      const { stats } = await import("./commands/stats.js");
      setExit(await stats(io, globals(cmd), opts));
    });

  program
    .command("review")
    .description("spaced review: a quiz on the questions that are due, most overdue first")
    .addOption(langOption())
    .option("-n, --count <n>", "ask at most N questions (default: 10)")
    .option("--new <n>", "bring in at most N never-practised questions a day (default: 5; 0 for none)")
    .option("--cram", "ignore the schedule and take your weakest questions")
    .option("--until <date>", "your interview date (YYYY-MM-DD): every question comes back before it")
    .option("--json", "list what would be asked, without starting")
    .option("--no-history", "do not record this session's answers")
    .addHelpText(
      "after",
      examples(["smm-prep review", "smm-prep review --until 2025-06-30 --count 5", "smm-prep review --cram --lang el", "smm-prep review --json"]),
    )
    .action(async (opts, cmd: Command) => {
      const { review } = await import("./commands/review.js");
      setExit(await review(io, globals(cmd), opts));
    });

  program
    .command("export")
    .description("a scorecard for a mentor: best and latest score per question, concepts still missed, trend")
    .option("-f, --format <format>", "md or json (default: md)")
    .option("--since <date>", "only practice from this day on (YYYY-MM-DD)")
    .option("-o, --output <file>", "write to FILE instead of standard output (never replaces a file without --force)")
    .option("--force", "replace the --output file if it exists")
    .addOption(filterLangOption())
    .addHelpText(
      "after",
      examples(["smm-prep export", "smm-prep export --since 2025-03-01 --output scorecard.md", "smm-prep export --format json --output scorecard.json --force"]),
    )
    .action(async (opts, cmd: Command) => {
      const { exportScorecard } = await import("./commands/export.js");
      setExit(await exportScorecard(io, globals(cmd), opts));
    });

  program
    .command("completion")
    .description("print the shell completion script for bash, zsh or fish")
    .argument("<shell>", "bash, zsh or fish")
    .addHelpText(
      "after",
      examples(["source <(smm-prep completion bash)      # in ~/.bashrc", "source <(smm-prep completion zsh)       # in ~/.zshrc", "smm-prep completion fish > ~/.config/fish/completions/smm-prep.fish"]),
    )
    .action(async (shell: string) => {
      const { completionScript } = await import("./commands/completion.js");
      setExit(completionScript(io, program, shell));
    });

  // What the completion scripts call at each Tab; not for people, so not in the help.
  program
    .command("complete", { hidden: true })
    .argument("[words...]")
    .allowUnknownOption()
    .action(async (words: string[], _opts, cmd: Command) => {
      const { complete } = await import("./commands/completion.js");
      setExit(await complete(io, globals(cmd), program, words));
    });

  return program;
}
