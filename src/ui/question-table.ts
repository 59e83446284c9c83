import type { ChalkInstance } from "chalk";
import { TOPIC_NAMES } from "../content/topic-names.js";
import { questionKey, type Lang, type QuestionSummary } from "../content/types.js";
import { catalogTexts } from "./i18n/catalog-views.js";
import { number } from "./locale-format.js";
import { inert, pad, truncate, width, wrap } from "./text.js";

// Below this many columns for the question, one line per row stops being readable: cells wrap instead.
const ONE_LINE_ROOM = 30;
// When cells wrap, the id column gets at most this share of the room next to the topic.
const ID_SHARE = 0.4;
const MIN_ID = 10;
const MAX_PROMPT_LINES = 3;

/** Breaks an id into lines of at most `room` columns, after "/" and "-" where it can. */
function wrapId(id: string, room: number): string[] {
  const parts = id.match(/[^/-]+[/-]?|[/-]/g) ?? [id];
  const lines: string[] = [];
  let line = "";
  for (let part of parts) {
    if (line !== "" && width(line + part) > room) lines.push(line), (line = "");
    while (width(part) > room) lines.push(part.slice(0, room)), (part = part.slice(room));
    line += part;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * The `list` table: id, topic and the question in the session's language. Wide terminals get one line
 * per question, cut with "…"; narrow ones shrink the id column and wrap the cells.
 */
export function renderQuestionTable(questions: readonly QuestionSummary[], lang: Lang, chalk: ChalkInstance, columns: number): string {
  const t = catalogTexts(lang);
  if (questions.length === 0) return `${t.noQuestions(t.langName[lang])}\n`;
  const ids = questions.map(questionKey);
  const topics = questions.map((q) => TOPIC_NAMES[lang][q.topic]);
  const topicWidth = Math.max(width(t.colTopic), ...topics.map(width));
  const fullId = Math.max(width(t.colId), ...ids.map(width));
  const oneLine = columns - fullId - topicWidth - 4 >= ONE_LINE_ROOM;
  const idWidth = oneLine ? fullId : Math.max(MIN_ID, Math.min(fullId, Math.floor((columns - topicWidth - 4) * ID_SHARE)));
  const room = Math.max(10, columns - idWidth - topicWidth - 4);
  const header = chalk.dim(`${pad(truncate(t.colId, idWidth), idWidth)}  ${pad(t.colTopic, topicWidth)}  ${t.colQuestion}`);
  const rows = questions.flatMap((q, i) => {
    const prompt = inert(q.prompt.replace(/\s+/g, " ").trim());
    if (oneLine) return [`${chalk.cyan(pad(ids[i]!, idWidth))}  ${chalk.yellow(pad(topics[i]!, topicWidth))}  ${truncate(prompt, room)}`];
    const idLines = wrapId(ids[i]!, idWidth);
    let promptLines = wrap(prompt, room).split("\n");
    if (promptLines.length > MAX_PROMPT_LINES) promptLines = [...promptLines.slice(0, MAX_PROMPT_LINES - 1), truncate(promptLines.slice(MAX_PROMPT_LINES - 1).join(" "), room)];
    const height = Math.max(idLines.length, promptLines.length);
    return Array.from({ length: height }, (_, n) => {
      const topic = n === 0 ? topics[i]! : "";
      return `${chalk.cyan(pad(idLines[n] ?? "", idWidth))}  ${chalk.yellow(pad(topic, topicWidth))}  ${promptLines[n] ?? ""}`.trimEnd();
    });
  });
  const footer = chalk.dim(t.questionCount(number(questions.length, lang), questions.length, t.langName[lang]));
  return `${[header, ...rows, footer].join("\n")}\n`;
}
