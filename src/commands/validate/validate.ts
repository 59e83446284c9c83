import { findDuplicates } from "../../content/catalog.js";
import { resolveLang } from "../../content/lang.js";
import { checkParity } from "../../content/parity.js";
import { formatProblem, type Problem } from "../../content/tree.js";
import { LANGS, type Bank } from "../../content/types.js";
import type { GlobalOptions, Io } from "../../io/context.js";
import { loadBankDirs, loadBuiltinBanks } from "../../io/load-content.js";
import { contentDirs } from "../../io/paths.js";
import { paint } from "../../ui/color.js";
import { catalogTexts } from "../../ui/i18n/catalog-views.js";
import { inert } from "../../ui/text.js";

/** One group of banks checked for parity together: a directory, or the built-in set. */
interface Source {
  banks: Bank[];
  problems: Problem[];
}

export interface ValidateOptions {
  lang?: string;
  json?: boolean;
}

/** `smm-prep validate [dir...]`: every problem in the given (or configured) banks; exit 1 when any. */
export async function validate(io: Io, globals: GlobalOptions, dirs: string[], opts: ValidateOptions = {}): Promise<number> {
  const lang = resolveLang(opts.lang, io.env);
  const sources: Source[] = [];
  const targets = dirs.length > 0 ? dirs : contentDirs(globals.content, io.env);
  if (dirs.length === 0) sources.push({ banks: loadBuiltinBanks(io.env), problems: [] });
  // Validation always reads the files afresh: the cache only ever holds banks that were valid.
  for (const dir of targets) sources.push(await loadBankDirs([dir], io.cwd, null));

  const banks = sources.flatMap((s) => s.banks);
  const problems = [...sources.flatMap((s) => [...s.problems, ...checkParity(s.banks)]), ...findDuplicates(banks)];
  const questions = banks.reduce((n, b) => n + b.questions.length, 0);
  const langs = LANGS.filter((l) => banks.some((b) => b.lang === l));
  // A "bank" is what the user names with --bank: one name, whatever languages its files are in.
  const bankCount = new Set(banks.map((b) => b.bank)).size;
  if (opts.json) {
    const report = { ok: problems.length === 0, banks: bankCount, files: banks.length, questions, langs, problems };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return problems.length === 0 ? 0 : 1;
  }
  const t = catalogTexts(lang);
  const chalk = await paint(io.stdout, io.env, globals.color);
  if (problems.length === 0) {
    io.stdout.write(`${chalk.green("✔")} ${t.valid(bankCount, banks.length, questions, langs.join(", ") || "—")}\n`);
    return 0;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  io.stdout.write(`${problems.map((p) => inert(formatProblem(p))).join("\n")}\n`);
  io.stdout.write(`${chalk.red("✘")} ${t.invalid(problems.length, files)}\n`);
  return 1;
}
