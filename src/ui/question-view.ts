import type { ChalkInstance } from "chalk";
import { keywordText, questionKey, type Keyword, type Question } from "../content/types.js";
import { inert, wrap } from "./text.js";

/** The `show` page: prompt, guidance, model answer, then the rubric with weights and keywords. */
export function renderQuestion(q: Question, chalk: ChalkInstance, columns: number): string {
  const text = (s: string, indent = "  ") => wrap(inert(s.trim()), columns, indent);
  const keywords = (list: Keyword[], head = "keywords") => chalk.dim(text(`${head}: ${list.map(keywordText).join(", ")}`, "      "));
  const lines = [
    chalk.dim(`${questionKey(q)} · ${q.topic} · ${q.lang}`),
    chalk.bold(text(q.prompt, "")),
    "",
    chalk.underline("Guidance"),
    text(q.guidance),
    "",
    chalk.underline("Model answer"),
    text(q.answer),
    "",
    chalk.underline(`Rubric (pass at ${q.rubric.pass}% of the concept weight)`),
  ];
  for (const c of q.rubric.concepts) {
    lines.push(`  ${chalk.green("●")} ${inert(c.label)} ${chalk.dim(`[${c.id}] ×${c.weight}`)}`, keywords(c.keywords));
  }
  if (q.rubric.redFlags.length > 0) {
    lines.push("", chalk.underline("Red flags"));
    for (const f of q.rubric.redFlags) {
      lines.push(`  ${chalk.red("⚠")} ${inert(f.label)} ${chalk.dim(`[${f.id}]`)}`);
      if (f.why) lines.push(text(f.why, "      "));
      if (f.keywords.length > 0) lines.push(keywords(f.keywords));
      if (f.practice) lines.push(keywords(f.practice, "practice"));
    }
  }
  if (q.source) lines.push("", chalk.dim(text(`Source: ${q.source.article}, item ${q.source.item}`, "")));
  return `${lines.join("\n")}\n`;
}
