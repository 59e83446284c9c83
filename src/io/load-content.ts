import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { joinBankFlags } from "../content/bank-flags.js";
import type { Problem } from "../content/tree.js";
import { LANGS, type Bank, type BankOf, type Lang, type Question, type QuestionSummary } from "../content/types.js";
import { UserError } from "../errors.js";
import { BankCache, contentHash } from "./bank-cache.js";
import { decodeBank, findBankFiles, readBankBytes, type BankFile } from "./bank-files.js";

/** Where the build put the built-in banks, compiled to one JSON file per language. */
export function builtinDir(env: Record<string, string | undefined>): string {
  return env.SMM_PREP_BUILTIN_DIR || fileURLToPath(new URL("./content/", import.meta.url));
}

const MISSING = new Set(["ENOENT", "ENOTDIR", "EISDIR", "EACCES", "EPERM"]);

/**
 * Reads the built-in banks of the given languages (all by default); no YAML is parsed. When
 * $SMM_PREP_BUILTIN_DIR (a test hook) points where there are none, that is the user's setting: exit 2.
 * Without it, missing built-in banks are a broken install, an internal error.
 */
export function loadBuiltinBanks(env: Record<string, string | undefined>, langs: readonly Lang[] = LANGS): Bank[] {
  const banks = langs.flatMap((lang) => (readBuiltin(env, `${lang}.json`) as Bank[]).map(joinBankFlags));
  for (const bank of banks) for (const q of bank.questions) builtinRubrics.add(q.rubric);
  return banks;
}

// Rubrics as the build's own banks hold them: the build wrote the lemma forms of all their words.
const builtinRubrics = new WeakSet<Question["rubric"]>();

/** True when the question's rubric is a built-in bank's as built, not one from the user's banks (which the build never saw). */
export function isBuiltinRubric(q: Question): boolean {
  return builtinRubrics.has(q.rubric);
}

/**
 * The built-in banks' questions without their rubrics, for `list`: a twentieth of the full banks to
 * read and parse at start-up. A build without the summaries falls back to the full banks.
 */
export function loadBuiltinSummaries(env: Record<string, string | undefined>, langs: readonly Lang[] = LANGS): BankOf<QuestionSummary>[] {
  return langs.flatMap((lang) => {
    try {
      return readBuiltin(env, `${lang}.list.json`) as BankOf<QuestionSummary>[];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      return loadBuiltinBanks(env, [lang]);
    }
  });
}

function readBuiltin(env: Record<string, string | undefined>, name: string): unknown {
  const dir = builtinDir(env);
  try {
    return JSON.parse(readFileSync(join(dir, name), "utf8"));
  } catch (err) {
    // A file that is there but not JSON is a broken build, an internal error like any other.
    const code = (err as NodeJS.ErrnoException).code;
    if (!env.SMM_PREP_BUILTIN_DIR || !code || !MISSING.has(code) || name.endsWith(".list.json")) throw err;
    throw new UserError(`SMM_PREP_BUILTIN_DIR=${dir} holds no readable built-in banks (${name}: ${code === "ENOENT" ? "no such file" : code}); unset it`);
  }
}

/** Banks read from YAML directories, with every problem found in them. */
export interface LoadedBanks {
  banks: Bank[];
  problems: Problem[];
}

/** Reads one bank file, through the cache when one is given. The YAML parser is imported only on a miss. */
async function loadFile(file: BankFile, cwd: string, cache: BankCache | null): Promise<LoadedBanks> {
  const read = readBankBytes(file, cwd);
  if ("problem" in read) return { banks: [], problems: [read.problem] };
  // The bytes are read even on a hit: hashing them is cheap next to parsing, and a same-size edit with
  // its modification time put back must not leave a stale bank in use.
  const hash = contentHash(read.bytes);
  const cached = cache?.get(file, hash);
  if (cached) return { banks: [cached], problems: [] };
  const decoded = decodeBank(file, read.bytes);
  if ("problem" in decoded) return { banks: [], problems: [decoded.problem] };
  // Checking a bank file is only needed on a cache miss: the checker loads with the YAML parser, never for
  // the built-in banks (compiled JSON) or a cached user bank.
  const [{ tabIndentation }, { parseYamlSource }, { readBank }] = await Promise.all([
    import("../content/tab-indent.js"),
    import("../content/yaml-source.js"),
    import("../content/schema.js"),
  ]);
  const tabs = tabIndentation(decoded.text, file.path);
  if (tabs) return { banks: [], problems: [tabs] };
  const parsed = parseYamlSource(decoded.text, file.path);
  const checked = readBank(parsed.tree, { file: file.path, langFolder: file.langFolder, fileBank: file.fileBank });
  const problems = parsed.problems.concat(checked.problems);
  if (!checked.bank || problems.length > 0) return { banks: [], problems };
  cache?.set(file, hash, checked.bank);
  return { banks: [checked.bank], problems: [] };
}

/** Reads every bank in the given directories, collecting all problems rather than stopping at the first. */
export async function loadBankDirs(dirs: readonly string[], cwd: string, cacheDir: string | null): Promise<LoadedBanks> {
  const cache = cacheDir === null ? null : new BankCache(cacheDir, cwd);
  const result: LoadedBanks = { banks: [], problems: [] };
  for (const dir of dirs) {
    const found = findBankFiles(dir, cwd);
    // Appended one by one: a spread of a list of 120,000 problems overflows the call stack.
    for (const problem of found.problems) result.problems.push(problem);
    for (const file of found.files) {
      const loaded = await loadFile(file, cwd, cache);
      for (const bank of loaded.banks) result.banks.push(bank);
      for (const problem of loaded.problems) result.problems.push(problem);
    }
  }
  return result;
}
