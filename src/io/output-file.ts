import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { UserError } from "../errors.js";

const WHY: Record<string, string> = {
  ENOENT: "no such directory",
  ENOTDIR: "a parent is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

/**
 * Writes a report the user asked for with `--output FILE` (relative to `cwd`) and returns its full
 * path. An existing file is never replaced silently: without `force` that is a usage error naming
 * `--force`. The file is created exclusively (O_EXCL), so there is no window between the check and
 * the write. Every failure is one line, exit 2.
 */
export function writeOutputFile(file: string, cwd: string, text: string, force: boolean): string {
  const path = resolve(cwd, file);
  try {
    writeFileSync(path, text, { flag: force ? "w" : "wx" });
    return path;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") throw new UserError(`${file} already exists; pass --force to replace it, or choose another --output`);
    throw new UserError(`cannot write ${file}: ${WHY[code] ?? (code || String(err))}`);
  }
}
