import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readBank } from "../content/schema.js";
import { tabIndentation } from "../content/tab-indent.js";
import type { Problem } from "../content/tree.js";
import { LANGS, type Bank, type Lang } from "../content/types.js";
import { BankCache } from "./bank-cache.js";
import { findBankFiles, readBankText, type BankFile } from "./bank-files.js";

/** Where the build put the built-in banks, compiled to one JSON file per language. */
export function builtinDir(env: Record<string, string | undefined>): string {
  return env.SMM_PREP_BUILTIN_DIR || fileURLToPath(new URL("./content/", import.meta.url));
}

/** Reads the built-in banks of the given languages (all by default); no YAML is parsed. */
export function loadBuiltinBanks(env: Record<string, string | undefined>, langs: readonly Lang[] = LANGS): Bank[] {
  const dir = builtinDir(env);
  return langs.flatMap((lang) => JSON.parse(readFileSync(join(dir, `${lang}.json`), "utf8")) as Bank[]);
}

/** Banks read from YAML directories, with every problem found in them. */
export interface LoadedBanks {
  banks: Bank[];
  problems: Problem[];
}

/** Reads one bank file, through the cache when one is given. The YAML parser is imported only on a miss. */
async function loadFile(file: BankFile, cwd: string, cache: BankCache | null): Promise<LoadedBanks> {
  const cached = cache?.get(file);
  if (cached) return { banks: [cached], problems: [] };
  const read = readBankText(file, cwd);
  if ("problem" in read) return { banks: [], problems: [read.problem] };
  const tabs = tabIndentation(read.text, file.path);
  if (tabs) return { banks: [], problems: [tabs] };
  const { parseYamlSource } = await import("../content/yaml-source.js");
  const parsed = parseYamlSource(read.text, file.path);
  const checked = readBank(parsed.tree, { file: file.path, langFolder: file.langFolder, fileBank: file.fileBank });
  const problems = [...parsed.problems, ...checked.problems];
  if (!checked.bank || problems.length > 0) return { banks: [], problems };
  cache?.set(file, checked.bank);
  return { banks: [checked.bank], problems: [] };
}

/** Reads every bank in the given directories, collecting all problems rather than stopping at the first. */
export async function loadBankDirs(dirs: readonly string[], cwd: string, cacheDir: string | null): Promise<LoadedBanks> {
  const cache = cacheDir === null ? null : new BankCache(cacheDir, cwd);
  const result: LoadedBanks = { banks: [], problems: [] };
  for (const dir of dirs) {
    const found = findBankFiles(dir, cwd);
    result.problems.push(...found.problems);
    for (const file of found.files) {
      const loaded = await loadFile(file, cwd, cache);
      result.banks.push(...loaded.banks);
      result.problems.push(...loaded.problems);
    }
  }
  return result;
}
