import type { ChalkInstance } from "chalk";
import { TOPIC_NAMES } from "../content/topic-names.js";
import { questionKey, type Keyword, type Question } from "../content/types.js";
import { catalogTexts } from "./i18n/catalog-views.js";
import { number, percent } from "./locale-format.js";
import { inert, wrap } from "./text.js";

/** A keyword as an author reads it, in the page's language: "likes + goal/success", "4,5–5,7 млрд", "μέσα (όχι δίπλα σε: …)". */
function keywordLabel(k: Keyword, q: Question): string {
  const t = catalogTexts(q.lang);
  if (typeof k === "string") return k;
  if ("all" in k) return k.all.map((part) => (Array.isArray(part) ? part.join("/") : part)).join(" + ");
  if ("between" in k) {
    const [lo, hi] = k.between.map((n) => number(n, q.lang));
    const range = lo === hi ? `${lo}` : `${lo}–${hi}`;
    return `${range}${k.scale ? ` ${t.scales[k.scale]}` : ""}${k.unit === "percent" ? " %" : ""}`;
  }
  return `${k.keyword} ${t.notNextTo(k.unless.join(", "))}`;
}

/** The `show` page, in the question's language: prompt, guidance, model answer, then the rubric with weights and keywords. */
export function renderQuestion(q: Question, chalk: ChalkInstance, columns: number): string {
  const t = catalogTexts(q.lang);
  const text = (s: string, indent = "  ") => wrap(inert(s.trim()), columns, indent);
  // Keywords are listed like tags, with commas: not a sentence, and Intl.ListFormat would cost `show`
  // about 12 ms of start-up.
  const keywords = (list: Keyword[], head = t.keywords) => chalk.dim(text(`${head}: ${list.map((k) => keywordLabel(k, q)).join(", ")}`, "      "));
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
