import { createRequire } from "node:module";
import { join } from "node:path";

type Env = Record<string, string | undefined>;

// node:os costs a few milliseconds to load; $HOME is nearly always set, so it is loaded only without it.
function homedir(env: Env): string {
  return env.HOME || (createRequire(import.meta.url)("node:os") as typeof import("node:os")).homedir();
}

/** Where history lives: $SMM_PREP_HOME, else $XDG_DATA_HOME/smm-prep, else ~/.local/share/smm-prep. */
export function dataDir(env: Env): string {
  if (env.SMM_PREP_HOME) return env.SMM_PREP_HOME;
  return join(env.XDG_DATA_HOME || join(homedir(env), ".local", "share"), "smm-prep");
}

/** Where parsed user banks are cached: $SMM_PREP_CACHE_DIR, $SMM_PREP_HOME/cache, $XDG_CACHE_HOME/smm-prep or ~/.cache/smm-prep. */
export function cacheDir(env: Env): string {
  if (env.SMM_PREP_CACHE_DIR) return env.SMM_PREP_CACHE_DIR;
  if (env.SMM_PREP_HOME) return join(env.SMM_PREP_HOME, "cache");
  return join(env.XDG_CACHE_HOME || join(homedir(env), ".cache"), "smm-prep");
}

/** The content directories the user configured: every --content, then $SMM_PREP_CONTENT (`:`-separated). */
export function contentDirs(flags: readonly string[] | undefined, env: Env): string[] {
  const fromEnv = (env.SMM_PREP_CONTENT ?? "").split(":").filter((d) => d.trim() !== "");
  return [...(flags ?? []), ...fromEnv];
}
