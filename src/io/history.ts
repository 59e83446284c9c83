// The only module that touches history.jsonl: one JSON record per line, appended, never rewritten.
//
// Why concurrent sessions cannot interleave bytes or lose records: every record is written by ONE
// write(2) call on a descriptor opened with O_APPEND. On Linux local filesystems (ext4, xfs, btrfs,
// tmpfs) the kernel holds the inode's lock across "move to the end, then write", so two appenders
// each land a whole line after the other's; nothing is read-modify-written, so nothing is lost.
// A write to a regular file is not cut short except when the disk is full or the file too big; we
// check the byte count and report that as a failure rather than retrying (a retry could interleave).
// PIPE_BUF does not apply to regular files, and records stay a few hundred bytes anyway.
// NFS does not honour O_APPEND atomically; keep $SMM_PREP_HOME on a local disk.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { isRecord, parseRecord, type Damaged, type HistoryRecord } from "../practice/history-record.js";
import { dataDir } from "./paths.js";

type Env = Record<string, string | undefined>;

/** The history file: `<data dir>/history.jsonl`. */
export function historyPath(env: Env): string {
  return join(dataDir(env), "history.jsonl");
}

// Read and write (not write only) so the last byte can be checked; O_APPEND still sends every write to the end.
const FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT;
/** Owner-only: answers can be personal. The directory is 0700 for the same reason. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Why history could not be written: the system's error code (EACCES, ENOTDIR, ENOSPC, …). */
export interface HistoryWriteFailure {
  file: string;
  code: string;
}

function failure(file: string, err: unknown): HistoryWriteFailure {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return { file, code: typeof code === "string" ? code : String((err as Error | undefined)?.message ?? err) };
}

/**
 * Creates the data directory and the history file if needed (0700 and 0600), without writing to it,
 * so a session can warn at its start that history is off. Returns the failure, or undefined.
 */
export function prepareHistory(file: string): HistoryWriteFailure | undefined {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: DIR_MODE });
    closeSync(openSync(file, FLAGS, FILE_MODE));
    return undefined;
  } catch (err) {
    return failure(file, err);
  }
}

/** Whether the file's last byte is something other than a newline (a line cut short by a crash or an editor). */
function endsMidLine(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
}

/**
 * Appends one record as one line in a single write(2). When the file ends in the middle of a
 * (damaged) line, the record starts on a new line, so the damage is left as it is and the new
 * record stays whole. Returns the failure, or undefined.
 */
export function appendRecord(file: string, record: HistoryRecord): HistoryWriteFailure | undefined {
  let fd: number | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: DIR_MODE });
    fd = openSync(file, FLAGS, FILE_MODE);
    const line = `${JSON.stringify(record)}\n`;
    const bytes = Buffer.from(endsMidLine(fd) ? `\n${line}` : line, "utf8");
    const written = writeSync(fd, bytes);
    if (written !== bytes.length) return { file, code: "a short write (is the disk full?)" };
    return undefined;
  } catch (err) {
    return failure(file, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What reading the history found: the valid records in file order, and the damaged lines skipped. */
export interface HistoryContents {
  file: string;
  records: HistoryRecord[];
  damaged: Damaged[];
}

/**
 * Reads every record. Damaged lines are reported, never repaired or removed; blank lines are ignored.
 * No file yet means no history. A file that exists but cannot be read is a user error (exit 2).
 */
export function readHistory(env: Env): HistoryContents {
  const file = historyPath(env);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { file, records: [], damaged: [] };
    const why = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : code === "ENOTDIR" ? "a parent is not a directory" : (code ?? String(err));
    throw new UserError(`cannot read the practice history ${file}: ${why}`);
  }
  const records: HistoryRecord[] = [];
  const damaged: Damaged[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const parsed = parseRecord(line);
    if (isRecord(parsed)) records.push(parsed);
    else damaged.push({ line: index + 1, reason: parsed.reason });
  });
  return { file, records, damaged };
}
