import { findQuestion, selectQuestions } from "../../content/catalog.js";
import { ContentError } from "../../content/errors.js";
import type { Problem } from "../../content/tree.js";
import type { Lang, Question } from "../../content/types.js";
import { UserError } from "../../errors.js";
import { MAX_ANSWER_CHARS } from "../../grading/index.js";
import { answersFileError, readAnswersFile } from "../../io/answers-file.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { pickQuestions } from "../../practice/select.js";
import { openCatalog } from "../open-catalog.js";

/** The questions of a session, and for `--answers` the prepared answer to each. */
export interface SessionPlan {
  questions: Question[];
  /** Parallel to `questions` when the answers come from a file. */
  answers?: string[];
}

/** What narrows a drawn session. */
export interface DrawOptions {
  lang: Lang;
  bank?: string;
  topic?: string;
  count: number;
  seed: string;
}

/** Draws `count` questions of one language (and bank, topic), in the order the seed determines. */
export async function drawQuestions(io: Io, globals: GlobalOptions, opts: DrawOptions): Promise<SessionPlan> {
  const catalog = await openCatalog(io, globals, [opts.lang]);
  const pool = selectQuestions(catalog, { lang: opts.lang, ...(opts.bank ? { bank: opts.bank } : {}), ...(opts.topic ? { topic: opts.topic } : {}) });
  if (pool.length === 0) {
    const what = [opts.bank && `bank '${opts.bank}'`, opts.topic && `topic '${opts.topic}'`].filter(Boolean).join(" and ");
    throw new UserError(`no questions in '${opts.lang}'${what ? ` for ${what}` : ""}; see 'smm-prep list --lang ${opts.lang}'`);
  }
  return { questions: pickQuestions(pool, opts.count, opts.seed) };
}

/**
 * The session an `--answers FILE` describes: each entry's question in its language (the entry's,
 * else the file's, else the session's). Unknown questions and over-long answers are located in the file.
 */
export async function planFromFile(io: Io, globals: GlobalOptions, file: string, sessionLang: Lang): Promise<SessionPlan & { lang: Lang }> {
  const parsed = await readAnswersFile(file, io.cwd);
  const lang = parsed.lang ?? sessionLang;
  const langs = [...new Set(parsed.entries.map((e) => e.lang ?? lang))];
  const catalog = await openCatalog(io, globals, langs);
  const problems: Problem[] = [];
  const questions: Question[] = [];
  for (const entry of parsed.entries) {
    try {
      questions.push(findQuestion(catalog, entry.ref, entry.lang ?? lang));
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      problems.push({ file, ...entry.refPos, message: err.message });
    }
    if (entry.answer.length > MAX_ANSWER_CHARS) {
      problems.push({ file, ...entry.answerPos, message: `the answer is too long to grade: ${entry.answer.length} characters, the limit is ${MAX_ANSWER_CHARS}` });
    }
  }
  if (problems.length > 0) throw answersFileError(file, problems);
  return { lang, questions, answers: parsed.entries.map((e) => e.answer) };
}
