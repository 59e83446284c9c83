import { closeSync, constants, mkdirSync, mkdtempSync, openSync, renameSync, rmdirSync, unlinkSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { isBankShape } from "../content/bank-shape.js";
import type { Bank } from "../content/types.js";
import { VERSION } from "../version.js";
import type { BankFile } from "./bank-files.js";
import { readRegularFile } from "./regular-file.js";

/** No entry of a valid bank (2 MiB of YAML at most) comes near this; a bigger one is not read. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

/** The cache of parsed user banks, so YAML is parsed (and the parser loaded) only when a file changed. */
export class BankCache {
  constructor(
    private readonly dir: string | null,
    private readonly cwd: string,
  ) {}

  private entryPath(file: BankFile): string {
    const id = fnv1a(resolve(this.cwd, file.path));
    return join(this.dir!, `${id}.json`);
  }

  // The content hash catches an edit that kept the size and had its modification time put back.
  private key(file: BankFile, hash: string): string {
    return JSON.stringify([resolve(this.cwd, file.path), file.size, file.mtimeMs, hash, VERSION]);
  }

  /**
   * The cached bank, when the file's path, size, modification time, content hash and our version all
   * match and the entry has exactly a bank's shape; anything else is a miss, and the file is parsed.
   */
  get(file: BankFile, hash: string): Bank | undefined {
    if (!this.dir) return undefined;
    try {
      const entry = JSON.parse(readRegularFile(this.entryPath(file), MAX_ENTRY_BYTES).toString("utf8")) as unknown;
      if (typeof entry !== "object" || entry === null) return undefined;
      const { key, bank } = entry as { key?: unknown; bank?: unknown };
      if (key !== this.key(file, hash) || !isBankShape(bank)) return undefined;
      // The file path in messages is the one the user typed this time, not the one cached.
      return { ...bank, file: file.path };
    } catch {
      return undefined;
    }
  }

  /**
   * Stores a valid bank; the cache only speeds things up, so failing to write it is not an error. The
   * entry is written in a fresh folder with a random name (mkdtemp), created exclusively and owner-only,
   * then renamed into place: another user of a shared cache folder cannot plant a link we would follow.
   */
  set(file: BankFile, hash: string, bank: Bank): void {
    if (!this.dir) return;
    let tmpDir: string | undefined;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      tmpDir = mkdtempSync(join(this.dir, ".tmp-"));
      const tmp = join(tmpDir, "entry.json");
      const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
      try {
        writeSync(fd, JSON.stringify({ key: this.key(file, hash), bank }));
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.entryPath(file));
    } catch {
      // An unwritable cache directory only costs speed.
    } finally {
      if (tmpDir) removeQuietly(tmpDir);
    }
  }
}

function removeQuietly(dir: string): void {
  try {
    unlinkSync(join(dir, "entry.json"));
  } catch {
    // Already renamed into place.
  }
  try {
    rmdirSync(dir);
  } catch {
    // A leftover empty folder only costs a directory entry.
  }
}

/** A 64-bit FNV-1a hash as hex: enough to name a cache file, without loading node:crypto at start-up. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, "0");
}

/**
 * A fingerprint of a file's bytes: two independent 32-bit FNV-1a hashes with different offsets, about
 * 2 ms for a 2 MiB bank. It detects edits, not attacks: the cache folder is the user's own (0700).
 */
export function contentHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
