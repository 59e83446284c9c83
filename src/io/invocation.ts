// How to write a smm-prep command the user can paste back into their shell. `smm-prep …` only works
// when the binary is on their PATH (a global install); in a clone, or a project that depends on
// smm-prep, the way in is `npx smm-prep`.
import { statSync } from "node:fs";
import { posix, win32 } from "node:path";

type Env = Record<string, string | undefined>;

/** The two ways smm-prep is run from a shell. */
export type Invocation = "smm-prep" | "npx smm-prep";

/** Whether `path` is a file (not a folder); a missing or unreadable path is not. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The command prefix that works in the user's setup:
 * - run by `npx smm-prep` or `npm exec` (npm sets `npm_command=exec`): `npx smm-prep`, the way it was run;
 * - else a `smm-prep` in a PATH folder of the user's own (npm's `node_modules/.bin` folders are left
 *   out: npm adds them to PATH only while it runs a script or npx, never in the user's shell): `smm-prep`;
 * - else (`node bin/smm-prep.js` in a clone, a local dependency): `npx smm-prep`, which works in a
 *   clone and in a project that depends on smm-prep, and anywhere once it is published.
 */
export function invocation(env: Env, platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = isFile): Invocation {
  if (env.npm_command === "exec" || env.npm_lifecycle_event === "npx") return "npx smm-prep";
  const path = platform === "win32" ? win32 : posix;
  const dirs = (env.PATH ?? (platform === "win32" ? env.Path : undefined) ?? "").split(path.delimiter).filter((dir) => dir !== "");
  const names = platform === "win32" ? ["smm-prep.cmd", "smm-prep.ps1", "smm-prep.exe"] : ["smm-prep"];
  const own = dirs.filter((dir) => !/node_modules[\\/]\.bin[\\/]?$/.test(dir));
  return own.some((dir) => names.some((name) => exists(path.join(dir, name)))) ? "smm-prep" : "npx smm-prep";
}
