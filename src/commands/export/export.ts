import { resolve } from "node:path";
import type { ExportFlags } from "./index.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { historyPath } from "../../io/history.js";
import { writeOutputFile } from "../../io/output-file.js";
import { cacheDir, contentDirs } from "../../io/paths.js";
import { buildScorecard } from "../../practice/scorecard.js";
import { messages } from "../../ui/i18n/messages.js";
import { renderScorecardMarkdown } from "../../ui/scorecard-md.js";
import { inert } from "../../ui/text.js";
import { conceptLabels, conceptWeights, selectHistory } from "../history/reports.js";
import { jsonText } from "../../ui/json-text.js";

/** `smm-prep export`: the scorecard (best and latest score, still missed, trend) as Markdown or JSON. */
export async function exportScorecard(io: Io, globals: GlobalOptions, opts: ExportFlags): Promise<number> {
  const { format } = opts;
  const { lang, only, since, dayOf, today, records } = selectHistory(io, opts);
  const card = buildScorecard(records, dayOf, await conceptWeights(io, globals, records));
  const label = await conceptLabels(io, globals, records, lang);

  let text: string;
  if (format === "json") {
    const labelled = (q: (typeof card.questions)[number], ids: string[]) => ids.map((id) => ({ id, label: label(q.question, id, q.lang) }));
    const questions = card.questions.map((q) => ({ ...q, stillMissed: labelled(q, q.stillMissed), overrides: labelled(q, q.overrides) }));
    text = `${jsonText({ generated: today, filter: { lang: only ?? null, since: since ?? null }, ...card, questions }, 2)}\n`;
  } else {
    text = renderScorecardMarkdown(card, lang, label, today);
  }
  if (opts.output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  const guard = { files: [historyPath(io.env)], dirs: [cacheDir(io.env)], contentDirs: contentDirs(globals.content, io.env).map((d) => resolve(io.cwd, d)) };
  const path = writeOutputFile(opts.output, io.cwd, text, opts.force, guard);
  io.stderr.write(`${inert(messages(lang).practice.exported(path))}\n`);
  return 0;
}
