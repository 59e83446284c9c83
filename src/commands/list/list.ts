import { selectQuestions } from "../../content/catalog.js";
import { resolveLang } from "../../content/lang.js";
import { questionKey } from "../../content/types.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { paint } from "../../ui/color.js";
import { renderQuestionTable } from "../../ui/question-table.js";
import { columnsOf } from "../../ui/text.js";
import { openSummaries } from "../open-catalog.js";
import { jsonText } from "../../ui/json-text.js";

export interface ListOptions {
  lang?: string;
  bank?: string;
  topic?: string;
  json?: boolean;
}

/** `smm-prep list`: the questions of one language as a table or JSON. */
export async function list(io: Io, globals: GlobalOptions, opts: ListOptions): Promise<number> {
  const lang = resolveLang(opts.lang, io.env);
  const catalog = await openSummaries(io, globals, [lang]);
  const questions = selectQuestions(catalog, { lang, ...(opts.bank ? { bank: opts.bank } : {}), ...(opts.topic ? { topic: opts.topic } : {}) });
  if (opts.json) {
    const rows = questions.map((q) => ({ id: questionKey(q), bank: q.bank, lang: q.lang, topic: q.topic, prompt: q.prompt }));
    io.stdout.write(`${jsonText(rows, 2)}\n`);
    return 0;
  }
  const chalk = await paint(io.stdout, io.env, globals.color);
  io.stdout.write(renderQuestionTable(questions, lang, chalk, columnsOf(io.stdout, io.env, Infinity)));
  return 0;
}
