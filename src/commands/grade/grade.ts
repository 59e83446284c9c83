import { findQuestion } from "../../content/catalog.js";
import { resolveLang } from "../../content/lang.js";
import { UserError } from "../../errors.js";
import { MAX_ANSWER_CHARS, gradeAnswer } from "../../grading/index.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { installExamples } from "../../io/examples.js";
import { installForms } from "../../io/forms.js";
import { builtinDir } from "../../io/load-content.js";
import { readAllText } from "../../io/read-input.js";
import { paint } from "../../ui/color.js";
import { renderFeedback } from "../../ui/feedback.js";
import { columnsOf } from "../../ui/text.js";
import { openCatalog } from "../open-catalog.js";
import { jsonText } from "../../ui/json-text.js";

export interface GradeOptions {
  lang?: string;
  answer?: string;
  json?: boolean;
  /** `--record`: add the answer to the practice history (grade is a one-off check otherwise). */
  record?: boolean;
}

/** The answer from --answer, else from piped standard input; a terminal with no answer is a usage error. */
async function answerText(io: Io, opts: GradeOptions, ref: string): Promise<string> {
  if (opts.answer !== undefined) return opts.answer;
  if (io.stdin.isTTY) {
    throw new UserError(`no answer to grade: pass --answer "..." or pipe it in, e.g. echo "my answer" | smm-prep grade ${ref}`);
  }
  // UTF-8 takes at most 4 bytes a character, so this byte cap never cuts an answer under the character cap.
  return readAllText(io.stdin, MAX_ANSWER_CHARS * 4, "the answer");
}

/** `smm-prep grade <bank>/<id>`: grades one answer and shows (or prints as JSON) the verdict. */
export async function grade(io: Io, globals: GlobalOptions, ref: string, opts: GradeOptions): Promise<number> {
  const lang = resolveLang(opts.lang, io.env);
  const question = findQuestion(await openCatalog(io, globals, [lang]), ref, lang);
  const answer = await answerText(io, opts, ref);
  await installForms([question], builtinDir(io.env));
  await installExamples(builtinDir(io.env), [question.lang]);
  const result = gradeAnswer(question, answer);
  if (opts.record) {
    // Loaded only here: plain `grade` never touches the history. Settled at once: there is no "I covered this" here.
    const { HistoryRecorder } = await import("../history/recorder.js");
    const { SessionRecorder } = await import("../history/session-recorder.js");
    const recorder = new HistoryRecorder(io, true);
    recorder.open(lang);
    const session = new SessionRecorder(recorder, false);
    await session.graded({ question, position: 1, answer, grade: result, try: 1, hinted: false, overTime: false });
    await session.settle();
  }
  if (opts.json) {
    io.stdout.write(`${jsonText(result)}\n`);
    return 0;
  }
  const chalk = await paint(io.stdout, io.env, globals.color);
  io.stdout.write(renderFeedback(result, question, chalk, Math.min(100, columnsOf(io.stdout, io.env, 80))));
  return 0;
}
