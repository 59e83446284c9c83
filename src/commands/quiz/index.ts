// `smm-prep quiz`: its flags, defaults and help, and the reading of its flag values. The session
// itself is in quiz.ts, imported only when the command runs.
import { UserError } from "../../errors.js";
import { defineCommand } from "../define.js";
import { BANK_FLAG, LANG_FLAG, TOPIC_FLAG, percentage, wholeNumber } from "../flags.js";

/** How many questions a session asks unless --count says otherwise. */
export const SESSION_COUNT = 5;

/** The flags as commander hands them over: values still text. */
interface RawFlags {
  lang?: string;
  bank?: string;
  topic?: string;
  count?: string;
  seed?: string;
  timer?: string;
  editor?: boolean;
  answers?: string;
  json?: boolean;
  minScore?: string;
  /** false for --no-history. */
  history?: boolean;
}

/** The flags of `smm-prep quiz`, read: numbers are numbers; a flag not given is undefined. */
export interface QuizFlags {
  lang?: string;
  bank?: string;
  topic?: string;
  count?: number;
  seed?: string;
  timer?: number;
  editor?: boolean;
  answers?: string;
  json?: boolean;
  minScore?: number;
}

/** Reads the flag values; each bad one is a usage error (exit 2). Combinations are checked in quiz.ts. */
function readQuizFlags(raw: RawFlags): QuizFlags {
  const { history: _history, count, timer, minScore, ...rest } = raw;
  const flags: QuizFlags = { ...rest };
  if (count !== undefined) flags.count = wholeNumber(count, "--count", 1, 1000);
  if (timer !== undefined) flags.timer = wholeNumber(timer, "--timer", 1, 3600);
  if (minScore !== undefined) flags.minScore = percentage(minScore, "--min-score");
  if (raw.seed !== undefined && raw.seed.trim() === "") throw new UserError("--seed needs a value, e.g. --seed 7");
  return flags;
}

/** The definition of `smm-prep quiz`. */
export const quizCommand = defineCommand<RawFlags>({
  name: "quiz",
  description: "practise: answer questions and get feedback on each (scripted when input is piped)",
  flags: [
    LANG_FLAG,
    BANK_FLAG,
    TOPIC_FLAG,
    { syntax: "-n, --count <n>", help: `how many questions (default: ${SESSION_COUNT})` },
    { syntax: "--seed <seed>", help: "repeat the same questions in the same order" },
    { syntax: "--timer <seconds>", help: "a countdown per question; at zero the answer so far is graded" },
    { syntax: "--editor", help: "write answers in $EDITOR" },
    { syntax: "--answers <file>", help: "grade a prepared session from a YAML file" },
    { syntax: "--json", help: "print the session report as JSON (scripted sessions)" },
    { syntax: "--min-score <n>", help: "exit 1 when the average score is under N" },
    { syntax: "--no-history", help: "do not record this session's answers" },
  ],
  examples: [
    "smm-prep quiz",
    "smm-prep quiz --lang ru --topic analytics --count 3 --timer 90",
    "printf '%s\\n' \"answer one\" \"answer two\" | smm-prep quiz --count 2 --seed 7",
    "smm-prep quiz --answers session.yaml --json --min-score 60",
  ],
  async run({ io, globals }, _args, raw) {
    const flags = readQuizFlags(raw);
    const { quiz } = await import("./quiz.js");
    const { HistoryRecorder } = await import("../history/recorder.js");
    return quiz(io, globals, flags, new HistoryRecorder(io, raw.history !== false));
  },
});
