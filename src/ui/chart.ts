import type { ChalkInstance } from "chalk";
import type { DayPoint } from "../practice/stats.js";
import { pad, width } from "./text.js";

const EIGHTHS = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
const AXIS = 4; // "100┤"

/** How many days fit: one column and one gap per day, after the axis. */
export function chartCapacity(columns: number): number {
  return Math.max(1, Math.floor((columns - AXIS - 1) / 2));
}

/** The colour of a score: green from the usual pass mark (60), yellow from 40, else red. */
export function scoreColour(chalk: ChalkInstance, score: number): ChalkInstance {
  return score >= 60 ? chalk.green : score >= 40 ? chalk.yellow : chalk.red;
}

/**
 * A column chart of the average score per practice day, `height` rows of eighth-blocks on a 0-100
 * axis, the oldest day on the left; the first and last day are written under the axis. Only the
 * latest days that fit the width are drawn (the caller says so); a few days get wider columns.
 */
export function renderDayChart(days: readonly DayPoint[], columns: number, chalk: ChalkInstance, height = 5): string[] {
  const shown = days.slice(-chartCapacity(columns));
  const room = columns - AXIS;
  const cell = Math.max(1, Math.min(3, Math.floor((room + 1) / Math.max(1, shown.length)) - 1));
  const rows: string[] = [];
  for (let row = 0; row < height; row++) {
    const base = (height - 1 - row) * 8;
    const label = row === 0 ? "100" : row === height - 1 ? "0" : row === Math.floor(height / 2) ? "50" : "";
    const cells = shown.map((d) => {
      const filled = Math.round((Math.max(0, Math.min(100, d.average)) / 100) * height * 8);
      // Even a 0% day shows a sliver on the bottom row, so a practice day never looks like a gap.
      const eighths = Math.max(0, Math.min(8, filled - base)) || (row === height - 1 ? 1 : 0);
      return scoreColour(chalk, d.average)(EIGHTHS[eighths]!.repeat(cell));
    });
    rows.push(`${label.padStart(AXIS - 1)}${chalk.dim("┤")}${cells.join(" ")}`.trimEnd());
  }
  const first = shown[0]?.day.slice(5) ?? "";
  const last = shown.at(-1)?.day.slice(5) ?? "";
  const span = shown.length * (cell + 1) - 1;
  let axis = first;
  if (first !== last) axis = span >= width(first) + width(last) + 1 ? `${pad(first, span - width(last))}${last}` : `${first} – ${last}`;
  rows.push(chalk.dim(`${" ".repeat(AXIS)}${axis}`));
  return rows;
}
