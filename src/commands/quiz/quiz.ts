// `smm-prep quiz`: checks the flags' combinations, plans the session (drawn questions, or an
// --answers file) and runs it as the practice session review runs too (../session/practise.ts).
import { resolveLang } from "../../content/lang.js";
import type { Lang } from "../../content/types.js";
import { UserError } from "../../errors.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { checkEditor } from "../../io/editor-check.js";
import { randomSeed } from "../../practice/select.js";
import { NO_HISTORY, type Recorder } from "../history/recorder.js";
import { practise, type Mode } from "../session/practise.js";
import { SESSION_COUNT, type QuizFlags } from "./index.js";
import { drawQuestions, planFromFile, type SessionPlan } from "./plan.js";

/** The checked flags. */
interface Settings {
  mode: Mode;
  count: number;
  seed: string;
  editor: boolean;
  timer?: number;
  minScore?: number;
}

/** `smm-prep quiz`: an interactive session, or a scripted one from piped lines or `--answers FILE`. */
export async function quiz(io: Io, globals: GlobalOptions, opts: QuizFlags, recorder: Recorder = NO_HISTORY): Promise<number> {
  const settings = checkOptions(io, opts);
  let lang = resolveLang(opts.lang, io.env);
  let plan: SessionPlan;
  if (opts.answers !== undefined) ({ lang, ...plan } = await planFromFile(io, globals, opts.answers, lang));
  else plan = await drawQuestions(io, globals, { lang, count: settings.count, seed: settings.seed, ...(opts.bank ? { bank: opts.bank } : {}), ...(opts.topic ? { topic: opts.topic } : {}) });
  const repeat = settings.mode === "file" ? undefined : repeatCommand(lang, opts, settings);
  const { mode, editor, timer, minScore } = settings;
  return practise(io, globals, { lang, questions: plan.questions, ...(plan.answers ? { answers: plan.answers } : {}), mode, editor, ...(timer !== undefined ? { timer } : {}), ...(minScore !== undefined ? { minScore } : {}), json: Boolean(opts.json), ...(repeat ? { repeat } : {}) }, recorder);
}

/** Checks flag values and combinations; every problem is a usage error (exit 2). */
function checkOptions(io: Io, opts: QuizFlags): Settings {
  const mode: Mode = opts.answers !== undefined ? "file" : io.stdin.isTTY ? "interactive" : "piped";
  const count = opts.count ?? SESSION_COUNT;
  const { timer, minScore } = opts;
  if (mode === "file") {
    const clash = (["bank", "topic", "count", "seed", "timer", "editor"] as const).find((k) => opts[k] !== undefined && opts[k] !== false);
    if (clash) throw new UserError(`--answers takes its questions from the file; it cannot be combined with --${clash}`);
  }
  if (timer !== undefined && opts.editor) throw new UserError("--timer and --editor cannot be combined: the countdown cannot see into the editor");
  if (mode !== "interactive" && (timer !== undefined || opts.editor)) {
    throw new UserError(`--${timer !== undefined ? "timer" : "editor"} needs an interactive terminal; answers from a pipe or --answers are graded as they are`);
  }
  if (mode === "interactive" && opts.json) throw new UserError("--json is for scripted sessions: pipe the answers in (one per line) or pass --answers FILE");
  // Inquirer starts the editor from the real environment, so that is the one checked.
  if (opts.editor) checkEditor(process.env);
  return { mode, count, seed: opts.seed ?? randomSeed(), editor: Boolean(opts.editor), ...(timer !== undefined ? { timer } : {}), ...(minScore !== undefined ? { minScore } : {}) };
}

/** The command that replays this session's questions, shown under the summary (after `smm-prep` or `npx smm-prep`). */
function repeatCommand(lang: Lang, opts: QuizFlags, settings: Settings): string {
  const parts = ["quiz", `--lang ${lang}`, opts.bank && `--bank ${opts.bank}`, opts.topic && `--topic ${opts.topic}`, opts.count && `--count ${settings.count}`, `--seed ${settings.seed}`];
  return parts.filter(Boolean).join(" ");
}

