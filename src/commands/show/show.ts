import { findQuestion } from "../../content/catalog.js";
import { resolveLang } from "../../content/lang.js";
import { questionKey } from "../../content/types.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { paint } from "../../ui/color.js";
import { renderQuestion } from "../../ui/question-view.js";
import { columnsOf } from "../../ui/text.js";
import { openCatalog } from "../open-catalog.js";
import { jsonText } from "../../ui/json-text.js";

export interface ShowOptions {
  lang?: string;
  json?: boolean;
}

/** `smm-prep show <bank>/<id>`: the question with its guidance, model answer and rubric. */
export async function show(io: Io, globals: GlobalOptions, ref: string, opts: ShowOptions): Promise<number> {
  const lang = resolveLang(opts.lang, io.env);
  const question = findQuestion(await openCatalog(io, globals, [lang]), ref, lang);
  if (opts.json) {
    io.stdout.write(`${jsonText({ ...question, id: questionKey(question) }, 2)}\n`);
    return 0;
  }
  const chalk = await paint(io.stdout, io.env, globals.color);
  io.stdout.write(renderQuestion(question, chalk, Math.min(100, columnsOf(io.stdout, io.env, 80))));
  return 0;
}
