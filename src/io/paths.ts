import { createRequire } from "node:module";
import { isAbsolute, posix, win32 } from "node:path";
import { UserError } from "../errors.js";

type Env = Record<string, string | undefined>;
type Platform = NodeJS.Platform;

// Paths are built with the rules of the platform asked for, so tests can check Windows paths on Linux.
const pathOf = (platform: Platform) => (platform === "win32" ? win32 : posix);

// node:os costs a few milliseconds to load; $HOME is nearly always set, so it is loaded only without it.
function homedir(env: Env, platform: Platform): string {
  return (platform === "win32" ? env.USERPROFILE : env.HOME) || (createRequire(import.meta.url)("node:os") as typeof import("node:os")).homedir();
}

/**
 * Where smm-prep keeps its data and cache on Windows when $SMM_PREP_HOME is not set: under
 * %LOCALAPPDATA% (not the roaming profile: history is per machine), as env-paths does.
 */
function windowsDir(env: Env, kind: "Data" | "Cache"): string {
  return win32.join(env.LOCALAPPDATA || win32.join(homedir(env, "win32"), "AppData", "Local"), "smm-prep", kind);
}

/** Where history lives: $SMM_PREP_HOME, else $XDG_DATA_HOME/smm-prep, else ~/.local/share/smm-prep; on Windows %LOCALAPPDATA%\smm-prep\Data. */
export function dataDir(env: Env, platform: Platform = process.platform): string {
  const { join } = pathOf(platform);
  if (env.SMM_PREP_HOME) return absolute(env.SMM_PREP_HOME, "SMM_PREP_HOME");
  if (platform === "win32") return windowsDir(env, "Data");
  return join(env.XDG_DATA_HOME || join(homedir(env, platform), ".local", "share"), "smm-prep");
}

/** Where parsed user banks are cached: $SMM_PREP_CACHE_DIR, $SMM_PREP_HOME/cache, $XDG_CACHE_HOME/smm-prep or ~/.cache/smm-prep; on Windows %LOCALAPPDATA%\smm-prep\Cache. */
export function cacheDir(env: Env, platform: Platform = process.platform): string {
  const { join } = pathOf(platform);
  if (env.SMM_PREP_CACHE_DIR) return absolute(env.SMM_PREP_CACHE_DIR, "SMM_PREP_CACHE_DIR");
  if (env.SMM_PREP_HOME) return join(absolute(env.SMM_PREP_HOME, "SMM_PREP_HOME"), "cache");
  if (platform === "win32") return windowsDir(env, "Cache");
  return join(env.XDG_CACHE_HOME || join(homedir(env, platform), ".cache"), "smm-prep");
}

// A relative data folder would be a different history in every folder smm-prep runs from.
function absolute(path: string, name: string): string {
  if (!isAbsolute(path)) throw new UserError(`${name} must be an absolute path, not '${path}' (e.g. ${name}="$PWD/${path}")`);
  return path;
}

/** The content directories the user configured: every --content, then $SMM_PREP_CONTENT (split like PATH: `:`, on Windows `;`). */
export function contentDirs(flags: readonly string[] | undefined, env: Env, platform: Platform = process.platform): string[] {
  // An empty --content would silently mean the current folder.
  if (flags?.some((d) => d.trim() === "")) throw new UserError("--content needs a directory, not an empty string");
  const fromEnv = (env.SMM_PREP_CONTENT ?? "").split(pathOf(platform).delimiter).filter((d) => d.trim() !== "");
  return [...(flags ?? []), ...fromEnv];
}
