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
import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../errors.js";
import { isRecord, parseRecord, type Damaged, type HistoryRecord } from "../practice/history-record.js";
import { dataDir } from "./paths.js";
import { errnoWhy } from "./errno.js";

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
  let fd: number | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: DIR_MODE });
    fd = openHistory(file);
    return undefined;
  } catch (err) {
    return failure(file, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Opens the history for appending; a FIFO, a device or a link to one (/dev/zero, /dev/null) is refused. */
function openHistory(file: string): number {
  // O_NONBLOCK: opening a FIFO with no reader would otherwise wait forever.
  const fd = openSync(file, FLAGS | constants.O_NONBLOCK, FILE_MODE);
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
  }
  return fd;
}

/** How long to look again before taking a file that ends mid-line for a damaged one. */
const SETTLE_MS = 25;

/**
 * Whether the file ends in a line cut short by a crash or an editor. A file can also end mid-line for
 * an instant while another session's write is being copied in (its size grows as the bytes land); then
 * the size moves while we look again, the line comes out whole, and no newline must be added.
 */
function endsMidLine(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0 || lastByte(fd, size) === 0x0a) return false;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
  // Still the same size: nobody is writing, the line really was cut short.
  return fstatSync(fd).size === size;
}

function lastByte(fd: number, size: number): number | undefined {
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 ? last[0] : undefined;
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
    fd = openHistory(file);
    const line = `${JSON.stringify(record)}\n`;
    const bytes = Buffer.from(endsMidLine(fd) ? `\n${line}` : line, "utf8");
    const written = writeSync(fd, bytes);
    if (written !== bytes.length) {
      tearOff(fd, bytes.subarray(0, written));
      return { file, code: "ENOSPC" };
    }
    return undefined;
  } catch (err) {
    return failure(file, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * After a short write (a full disk, a file size limit), cuts our partial line off again, so the file
 * still ends with whole lines. Only when the file's tail is exactly the bytes we wrote: if another
 * session appended after them, the partial line stays and reads as one damaged line.
 */
function tearOff(fd: number, partial: Buffer): void {
  if (partial.length === 0) return;
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(partial.length);
    if (size >= partial.length && readSync(fd, tail, 0, tail.length, size - partial.length) === tail.length && tail.equals(partial)) {
      ftruncateSync(fd, size - partial.length);
    }
  } catch {
    // The write already failed and is reported; a failed repair leaves one damaged line, which reading skips.
  }
}

/** What reading the history found: the valid records in file order, and the damaged lines skipped. */
export interface HistoryContents {
  file: string;
  records: HistoryRecord[];
  damaged: Damaged[];
}

/** How much of the history is read at a time: the file is streamed, so its size is bounded only by the records it holds. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads every record, streaming the file a chunk at a time (a 100 MB history never becomes one string).
 * Damaged lines are reported, never repaired or removed; blank lines are ignored. No file yet means no
 * history. A file that exists but cannot be read, or is not a regular file, is a user error (exit 2).
 */
export function readHistory(env: Env): HistoryContents {
  const file = historyPath(env);
  const records: HistoryRecord[] = [];
  const damaged: Damaged[] = [];
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { file, records, damaged };
    const why = errnoWhy(code) ?? code ?? String(err);
    throw new UserError(`cannot read the practice history ${file}: ${why}`);
  }
  let lineNo = 0;
  const take = (bytes: Buffer) => {
    lineNo++;
    const line = bytes.toString("utf8").replace(/\r$/, "");
    if (line.trim() === "") return;
    const parsed = parseRecord(line);
    if (isRecord(parsed)) records.push(parsed);
    else damaged.push({ line: lineNo, reason: parsed.reason });
  };
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let rest: Buffer = Buffer.alloc(0);
    for (let n; (n = readSync(fd, chunk, 0, CHUNK_BYTES, null)) > 0; ) {
      const data = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let nl; (nl = data.indexOf(0x0a, start)) !== -1; start = nl + 1) take(data.subarray(start, nl));
      // A line longer than a record can be is damage, not something to hold in memory: keep only its start.
      rest = Buffer.from(data.subarray(start, start + Math.min(data.length - start, MAX_LINE_BYTES)));
    }
    if (rest.length > 0) take(rest);
  } finally {
    closeSync(fd);
  }
  return { file, records, damaged };
}

/** No record comes near this; a longer line is read only this far (it is damaged either way). */
const MAX_LINE_BYTES = 64 * 1024;
