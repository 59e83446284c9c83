import { closeSync, constants, existsSync, fstatSync, linkSync, mkdtempSync, openSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { EXIT, UserError } from "../errors.js";
import { errnoWhy } from "./errno.js";


/** Failures of the disk rather than of the request: exit 74, like a failed write to standard output. */
const IO_ERRORS = new Set(["ENOSPC", "EFBIG", "EDQUOT", "EIO"]);

/** Files smm-prep itself depends on, which a report must never overwrite, even with --force. */
export interface ProtectedPaths {
  /** Files (the history). */
  files: readonly string[];
  /** Folders whose every file is protected (the cache). */
  dirs: readonly string[];
  /** Content folders: the bank files (`<lang>/*.yaml`) in them are protected. */
  contentDirs: readonly string[];
}

/** The path with every symbolic link resolved, as far as the path exists. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), basename(path));
  }
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && rel !== "..";
};

/** What the output would overwrite that smm-prep needs, or undefined. Compared by real path and by inode (hard links). */
function protectedTarget(path: string, guard: ProtectedPaths): string | undefined {
  const target = real(path);
  const same = (a: string, b: string) => {
    if (a === b) return true;
    try {
      const [x, y] = [statSync(a), statSync(b)];
      return x.dev === y.dev && x.ino === y.ino;
    } catch {
      return false;
    }
  };
  if (guard.files.some((f) => same(target, real(f)))) return "your practice history";
  if (guard.dirs.some((d) => inside(real(d), target))) return "smm-prep's cache";
  for (const dir of guard.contentDirs) {
    const rel = relative(real(dir), target).split(sep);
    if (rel.length === 2 && rel[0] !== ".." && /\.ya?ml$/i.test(rel[1]!)) return "a question bank";
  }
  return undefined;
}

/**
 * Writes a report the user asked for with `--output FILE` (relative to `cwd`) and returns its full
 * path. An existing file is never replaced silently: without `force` that is a usage error naming
 * `--force`; the history, the cache and bank files are never replaced at all. The text goes to a new
 * temporary file beside the target (created exclusively, so no link is followed) and is renamed over
 * it only once fully written: a full disk leaves the old file as it was. Failures are one line: exit
 * 2 for the request (no such folder, exists), 74 for the disk (full, too big).
 */
export function writeOutputFile(file: string, cwd: string, text: string, force: boolean, guard: ProtectedPaths): string {
  const path = resolve(cwd, file);
  const fail = (code: string): never => {
    throw new UserError(`cannot write ${file}: ${errnoWhy(code, { ENOENT: "no such directory" }) ?? code}`, IO_ERRORS.has(code) ? EXIT.ioError : EXIT.usage);
  };
  const what = protectedTarget(path, guard);
  if (what) throw new UserError(`${file} is ${what}; smm-prep never writes a report over it, even with --force`);
  // Writing through a symbolic link replaces the file it points to, as a plain write would.
  const target = existsSync(path) ? real(path) : path;
  let existing;
  try {
    existing = statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    if (code !== "ENOENT") fail(code);
  }
  if (existing?.isDirectory()) fail("EISDIR");
  if (existing && !force) throw new UserError(`${file} already exists; pass --force to replace it, or choose another --output`);
  if (existing && !existing.isFile()) throw new UserError(`cannot write ${file}: not a regular file`);
  let tmpDir: string | undefined;
  try {
    // mkdtemp picks a fresh random name no one else can have prepared as a link.
    tmpDir = mkdtempSync(join(dirname(target), ".smm-prep-"));
    const tmp = join(tmpDir, "out");
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o777 : 0o666);
    try {
      const bytes = Buffer.from(text, "utf8");
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      if (fstatSync(fd).size !== bytes.length) fail("ENOSPC");
    } finally {
      closeSync(fd);
    }
    // Without --force, link(2) puts the file in place only if the name is still free: no window between check and write.
    if (force) renameSync(tmp, target);
    else linkSync(tmp, target);
    return path;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code === "EEXIST") throw new UserError(`${file} already exists; pass --force to replace it, or choose another --output`);
    return fail(code);
  } finally {
    if (tmpDir) cleanUp(tmpDir);
  }
}

function cleanUp(dir: string): void {
  try {
    if (existsSync(join(dir, "out"))) unlinkSync(join(dir, "out"));
    rmdirSync(dir);
  } catch {
    // A leftover empty temporary folder is harmless.
  }
}
