import type { ChalkInstance } from "chalk";
import { TOPIC_NAMES } from "../content/topic-names.js";
import { keywordText, questionKey, type Keyword, type Question } from "../content/types.js";
import { catalogTexts } from "./i18n/catalog-views.js";
import { listOr, percent } from "./locale-format.js";
import { inert, wrap } from "./text.js";

/** The `show` page, in the question's language: prompt, guidance, model answer, then the rubric with weights and keywords. */
export function renderQuestion(q: Question, chalk: ChalkInstance, columns: number): string {
  const t = catalogTexts(q.lang);
  const text = (s: string, indent = "  ") => wrap(inert(s.trim()), columns, indent);
  // Keywords are alternatives (any one earns the concept), so they are joined with the language's "or".
  const keywords = (list: Keyword[], head = t.keywords) => chalk.dim(text(`${head}: ${listOr(list.map(keywordText), q.lang)}`, "      "));
  const lines = [
    chalk.dim(`${questionKey(q)} · ${TOPIC_NAMES[q.lang][q.topic]} · ${t.langName[q.lang]}`),
    chalk.bold(text(q.prompt, "")),
    "",
    chalk.underline(t.guidance),
    text(q.guidance),
    "",
    chalk.underline(t.modelAnswer),
    text(q.answer),
    "",
    chalk.underline(t.rubric(percent(q.rubric.pass, q.lang))),
  ];
  for (const c of q.rubric.concepts) {
    lines.push(`  ${chalk.green("●")} ${inert(c.label)} ${chalk.dim(`[${c.id}] ×${c.weight}`)}`, keywords(c.keywords));
  }
  if (q.rubric.redFlags.length > 0) {
    lines.push("", chalk.underline(t.redFlags));
    for (const f of q.rubric.redFlags) {
      lines.push(`  ${chalk.red("⚠")} ${inert(f.label)} ${chalk.dim(`[${f.id}]`)}`);
      if (f.why) lines.push(text(f.why, "      "));
      if (f.keywords.length > 0) lines.push(keywords(f.keywords));
      if (f.practice) lines.push(keywords(f.practice, t.practice));
    }
  }
  if (q.source) lines.push("", chalk.dim(text(t.source(q.source.article, q.source.item), "")));
  return `${lines.join("\n")}\n`;
}
