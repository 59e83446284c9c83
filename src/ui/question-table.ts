import type { ChalkInstance } from "chalk";
import { questionKey, type Lang, type Question } from "../content/types.js";
import { inert, pad, truncate, width } from "./text.js";

/** The `list` table: id, topic and the question, each row cut to the terminal width. */
export function renderQuestionTable(questions: Question[], lang: Lang, chalk: ChalkInstance, columns: number): string {
  if (questions.length === 0) return `No questions match (language ${lang}).\n`;
  const ids = questions.map(questionKey);
  const idWidth = Math.max(2, ...ids.map(width));
  const topicWidth = Math.max(5, ...questions.map((q) => width(q.topic)));
  const room = Math.max(10, columns - idWidth - topicWidth - 4);
  const header = chalk.dim(`${pad("ID", idWidth)}  ${pad("TOPIC", topicWidth)}  QUESTION`);
  const rows = questions.map((q, i) => {
    const prompt = truncate(inert(q.prompt.replace(/\s+/g, " ").trim()), room);
    return `${chalk.cyan(pad(ids[i]!, idWidth))}  ${chalk.yellow(pad(q.topic, topicWidth))}  ${prompt}`;
  });
  const footer = chalk.dim(`${questions.length} question${questions.length === 1 ? "" : "s"} (${lang})`);
  return `${[header, ...rows, footer].join("\n")}\n`;
}
