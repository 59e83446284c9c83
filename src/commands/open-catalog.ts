import { buildCatalog, type Catalog } from "../content/catalog.js";
import type { Problem } from "../content/tree.js";
import { LANGS, type Lang, type QuestionSummary } from "../content/types.js";
import type { GlobalOptions, Io } from "../io/context.js";
import { loadBankDirs, loadBuiltinBanks, loadBuiltinSummaries } from "../io/load-content.js";
import { cacheDir, contentDirs } from "../io/paths.js";
import { inert } from "../ui/inert.js";

/** The one warning line about bank files left out because they have problems: which files, and where to see why. */
function skippedBanksWarning(problems: readonly Problem[]): string {
  const files = [...new Set(problems.map((p) => p.file))];
  const named = files.length <= 2 ? files.join(" and ") : `${files.slice(0, 2).join(", ")} and ${files.length - 2} more`;
  const verb = files.length === 1 ? "has" : "have";
  return `smm-prep: warning: skipped ${named}, which ${verb} problems; see 'smm-prep validate'`;
}

/**
 * Loads the built-in banks (only the languages asked for) and the user's directories into one catalog.
 * A user bank file with problems is left out with one warning line, so one broken file does not stop
 * every command; `validate` reports the problems themselves.
 */
export async function openCatalog(io: Io, globals: GlobalOptions, langs: readonly Lang[] = LANGS): Promise<Catalog> {
  return buildCatalog([...loadBuiltinBanks(io.env, langs), ...(await userBanks(io, globals))]);
}

/** The same catalog with the built-in questions as summaries only (no rubrics): all `list` needs. */
export async function openSummaries(io: Io, globals: GlobalOptions, langs: readonly Lang[] = LANGS): Promise<Catalog<QuestionSummary>> {
  return buildCatalog<QuestionSummary>([...loadBuiltinSummaries(io.env, langs), ...(await userBanks(io, globals))]);
}

async function userBanks(io: Io, globals: GlobalOptions) {
  const user = await loadBankDirs(contentDirs(globals.content, io.env), io.cwd, cacheDir(io.env));
  if (user.problems.length > 0) io.stderr.write(`${inert(skippedBanksWarning(user.problems))}\n`);
  return user.banks;
}
