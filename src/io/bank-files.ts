import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { UserError } from "../errors.js";
import type { Problem } from "../content/tree.js";

/** Bank files larger than this are refused unread (documented in the README). */
export const MAX_BANK_BYTES = 2 * 1024 * 1024;

/** A bank file found on disk: `<dir>/<langFolder>/<fileBank>.yaml`. */
export interface BankFile {
  path: string;
  langFolder: string;
  fileBank: string;
  size: number;
  mtimeMs: number;
}

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Lists the bank files of a content directory; a directory that cannot be read is a user error. */
export function findBankFiles(dir: string, cwd: string): { files: BankFile[]; problems: Problem[] } {
  const root = resolve(cwd, dir);
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch (err) {
    throw new UserError(`cannot read content directory ${dir}: ${describe(err)}`);
  }
  const files: BankFile[] = [];
  const problems: Problem[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isFile() && isYaml(entry.name)) {
      problems.push({ file: path, line: 1, col: 1, message: `bank files belong in a language folder: ${join(dir, "<lang>", entry.name)}` });
    }
    if (!entry.isDirectory()) continue;
    for (const name of safeList(join(root, entry.name)).filter(isYaml).sort()) {
      const filePath = join(path, name);
      const stat = statSync(resolve(cwd, filePath));
      if (!stat.isFile()) continue;
      files.push({ path: filePath, langFolder: entry.name, fileBank: basename(name).replace(/\.ya?ml$/i, ""), size: stat.size, mtimeMs: stat.mtimeMs });
    }
  }
  return { files, problems };
}

/** Reads a bank file as text, refusing files over the size cap and files that are not UTF-8. */
export function readBankText(file: BankFile, cwd: string): { text: string } | { problem: Problem } {
  const at = (message: string) => ({ problem: { file: file.path, line: 1, col: 1, message } });
  if (file.size > MAX_BANK_BYTES) return at(`file is ${file.size} bytes; bank files are limited to ${MAX_BANK_BYTES} bytes (2 MiB)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, file.path));
  } catch (err) {
    return at(`cannot read file: ${describe(err)}`);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return at("file is not valid UTF-8 text; save it as UTF-8");
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such directory";
  if (code === "ENOTDIR") return "not a directory";
  if (code === "EACCES") return "permission denied";
  return err instanceof Error ? err.message : String(err);
}
