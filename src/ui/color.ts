import { Chalk, type ChalkInstance } from "chalk";
import type { Output } from "../io/context.js";

type Level = 0 | 1 | 2 | 3;

/**
 * The colour level for one stream. `--no-color` always wins; then FORCE_COLOR (0 turns colour off,
 * 1-3 force that level); then NO_COLOR (any non-empty value); otherwise colour only on a real terminal.
 */
export function colorLevel(stream: Output, env: Record<string, string | undefined>, allowed: boolean): Level {
  if (!allowed) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  if (env.NO_COLOR) return 0;
  if (!stream.isTTY || env.TERM === "dumb") return 0;
  return env.COLORTERM === "truecolor" || env.COLORTERM === "24bit" ? 3 : 2;
}

/** A chalk instance for one stream, so piped output stays plain while the terminal gets colour. */
export function paint(stream: Output, env: Record<string, string | undefined>, allowed: boolean): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env, allowed) });
}
