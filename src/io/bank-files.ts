import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import type { Problem } from "../content/tree.js";
import { describeReadError, readRegularFile } from "./regular-file.js";
import { errnoCode, errnoWhy } from "./errno.js";

/** Bank files larger than this are refused unread (documented in the README). */
const MAX_BANK_BYTES = 2 * 1024 * 1024;

/** A bank file found on disk: `<dir>/<langFolder>/<fileBank>.yaml`. */
export interface BankFile {
  path: string;
  langFolder: string;
  fileBank: string;
  size: number;
  mtimeMs: number;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Whether `path` (already real) lies inside the folder `root` (already real). */
const within = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
};

/**
 * What a folder entry really is. Symbolic links are followed only when they end inside the content
 * folder (a bank may be shared between two language folders of one tree); a link that leaves it is
 * never read, so a bank folder cannot make smm-prep print lines of /etc/shadow in its messages.
 */
function follow(root: string, path: string): { stat: Stats } | { problem: string } {
  let stat: Stats;
  try {
    stat = lstatSync(path);
    if (!stat.isSymbolicLink()) return { stat };
    const target = realpathSync(path);
    if (!within(root, target)) return { problem: "a symbolic link to outside the content folder; it is not read (copy the file in instead)" };
    return { stat: statSync(target) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { problem: "a broken symbolic link (its target does not exist)" };
    if (code === "ELOOP") return { problem: "a symbolic link loop" };
    return { problem: `cannot read it: ${describeReadError(err)}` };
  }
}

/** Lists the bank files of a content directory, with a problem for every entry that is skipped; a directory that cannot be read is a user error. */
export function findBankFiles(dir: string, cwd: string): { files: BankFile[]; problems: Problem[] } {
  const root = resolve(cwd, dir);
  let entries: string[];
  let realRoot: string;
  try {
    entries = readdirSync(root);
    realRoot = realpathSync(root);
  } catch (err) {
    throw new UserError(`cannot read content directory ${dir}: ${describe(err)}`);
  }
  const files: BankFile[] = [];
  const problems: Problem[] = [];
  const skip = (file: string, message: string) => problems.push({ file, line: 1, col: 1, message });
  for (const name of entries.sort((a, b) => a.localeCompare(b))) {
    const path = join(dir, name);
    const entry = follow(realRoot, join(root, name));
    if ("problem" in entry) {
      skip(path, entry.problem);
      continue;
    }
    if (entry.stat.isFile() && isYaml(name)) skip(path, `bank files belong in a language folder: ${join(dir, "<lang>", name)}`);
    if (!entry.stat.isDirectory()) continue;
    let names: string[];
    try {
      names = readdirSync(join(root, name));
    } catch (err) {
      skip(path, `cannot read the language folder: ${describe(err)}`);
      continue;
    }
    for (const file of names.filter(isYaml).sort()) {
      const filePath = join(path, file);
      const found = follow(realRoot, join(root, name, file));
      if ("problem" in found) skip(filePath, found.problem);
      else if (found.stat.isDirectory()) skip(filePath, "a folder, not a bank file");
      else if (!found.stat.isFile()) skip(filePath, "not a regular file");
      else files.push({ path: filePath, langFolder: name, fileBank: basename(file).replace(/\.ya?ml$/i, ""), size: found.stat.size, mtimeMs: found.stat.mtimeMs });
    }
  }
  return { files, problems };
}

/** Reads a bank file's bytes, refusing files over the size cap and anything but a regular file. */
export function readBankBytes(file: BankFile, cwd: string): { bytes: Buffer } | { problem: Problem } {
  const at = (message: string) => ({ problem: { file: file.path, line: 1, col: 1, message } });
  try {
    return { bytes: readRegularFile(resolve(cwd, file.path), MAX_BANK_BYTES) };
  } catch (err) {
    const size = (err as { size?: number }).size;
    if ((err as { code?: string }).code === "EFBIG") return at(`file is ${size} bytes; bank files are limited to ${MAX_BANK_BYTES} bytes (2 MiB)`);
    return at(`cannot read file: ${describeReadError(err)}`);
  }
}

/** A bank file's bytes as text; a file that is not UTF-8 is a problem at its first line. */
export function decodeBank(file: BankFile, bytes: Buffer): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: { file: file.path, line: 1, col: 1, message: "file is not valid UTF-8 text; save it as UTF-8" } };
  }
}

// Only these codes are worded for a folder to list; anything else shows the system's own message.
const LISTING = { ENOENT: "no such directory", ENOTDIR: "not a directory", EACCES: "permission denied" };

function describe(err: unknown): string {
  const code = errnoCode(err);
  return (code !== undefined && code in LISTING ? errnoWhy(code, LISTING) : undefined) ?? (err instanceof Error ? err.message : String(err));
}
