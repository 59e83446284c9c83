import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Bank } from "../content/types.js";
import { VERSION } from "../version.js";
import type { BankFile } from "./bank-files.js";

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

  private key(file: BankFile): string {
    return JSON.stringify([resolve(this.cwd, file.path), file.size, file.mtimeMs, VERSION]);
  }

  /** The cached bank, when the file's path, size, modification time and our version all match. */
  get(file: BankFile): Bank | undefined {
    if (!this.dir) return undefined;
    try {
      const entry = JSON.parse(readFileSync(this.entryPath(file), "utf8")) as { key?: string; bank?: Bank };
      // The file path in messages is the one the user typed this time, not the one cached.
      return entry.key === this.key(file) && entry.bank ? { ...entry.bank, file: file.path } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a valid bank; the cache only speeds things up, so failing to write it is not an error. */
  set(file: BankFile, bank: Bank): void {
    if (!this.dir) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const path = this.entryPath(file);
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ key: this.key(file), bank }), { mode: 0o600 });
      renameSync(tmp, path);
    } catch {
      // An unwritable cache directory only costs speed.
    }
  }
}

/** A 64-bit FNV-1a hash as hex: enough to name a cache file, without loading node:crypto at start-up. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, "0");
}
