import type { ChalkInstance } from "chalk";
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

/** A painter that leaves text as it is, whatever style is asked for (`plain.bold.red("x")` is "x"). */
export const plain: ChalkInstance = new Proxy(Object.assign((...text: unknown[]) => text.join(" "), { level: 0 }), {
  // "then" stays undefined so the painter is not mistaken for a promise when an async function returns it.
  get: (target, key) => (key === "then" ? undefined : key === "level" ? 0 : key in target && key !== "bind" ? Reflect.get(target, key) : plain),
}) as unknown as ChalkInstance;

/**
 * A chalk instance for one stream, so piped output stays plain while the terminal gets colour. Chalk
 * (and the terminal detection it runs when loaded) is imported only when there is colour to paint.
 */
export async function paint(stream: Output, env: Record<string, string | undefined>, allowed: boolean): Promise<ChalkInstance> {
  const level = colorLevel(stream, env, allowed);
  if (level === 0) return plain;
  const { Chalk } = await import("chalk");
  return new Chalk({ level });
}
