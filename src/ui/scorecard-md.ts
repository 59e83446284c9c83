import type { Lang } from "../content/types.js";
import type { Scorecard, ScorecardRow } from "../practice/scorecard.js";
import { messages } from "./i18n/messages.js";
import { inert } from "./text.js";
import { listAnd, percent } from "./locale-format.js";

/** Text from banks or history made safe inside a Markdown table cell: no controls, pipes, markup or line breaks. */
function mdCell(text: string): string {
  return inert(text)
    .replace(/\s+/g, " ")
    .replace(/[\\|*_`<>[\]#]/g, (ch) => `\\${ch}`)
    .trim();
}

/** The scorecard as Markdown, in the interface language, for a mentor to read. */
export function renderScorecardMarkdown(card: Scorecard, lang: Lang, label: (question: string, concept: string, answeredIn: Lang) => string, today: string): string {
  const m = messages(lang);
  const t = m.practice;
  const lines = [`# ${t.scorecardTitle}`, ""];
  if (card.attempts === 0 || card.from === null || card.to === null) return `${[...lines, t.noneSelected, "", `_${t.generated(today)}_`].join("\n")}\n`;
  lines.push(`${t.period(card.from, card.to)} · ${t.overview(card.sessions, card.attempts, card.questions.length)}  `);
  lines.push(t.average(card.average, card.passed, card.attempts) + (card.selfCredit.answers > 0 ? "  " : ""));
  // A mentor reads the average knowing how much of it the candidate credited themselves.
  if (card.selfCredit.answers > 0) lines.push(`**${t.selfCreditSummary(card.selfCredit.answers, card.attempts, card.selfCredit.points)}**`);
  lines.push("");
  lines.push(`| ${[t.colQuestion, t.colTopic, t.colAttempts, t.colBest, t.colLatest, t.colTrend, t.colStillMissed].join(" | ")} |`);
  lines.push("|---|---|---:|---:|---:|---|---|");
  for (const row of card.questions) {
    const change = row.trend === "new" ? "" : ` (${row.change > 0 ? "+" : ""}${row.change})`;
    const missed = row.stillMissed.map((id) => mdCell(label(row.question, id, row.lang)));
    const cells = [`\`${row.question}\``, mdCell(m.quiz.topics[row.topic]), String(row.attempts), percent(row.best, lang), latestCell(row, lang), `${t.trend[row.trend]}${change}`, missed.length > 0 ? listAnd(missed, lang) : "—"];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  lines.push("", `_${t.generated(today)}_`);
  return `${lines.join("\n")}\n`;
}

/** The latest score, with the points "I covered this" added to it, if any. */
function latestCell(row: ScorecardRow, lang: Lang): string {
  const score = percent(row.latest, lang);
  if (row.overrides.length === 0) return score;
  return `${score} (${messages(lang).practice.selfCreditCell(row.selfCredit)})`;
}
