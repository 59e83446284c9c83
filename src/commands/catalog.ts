import { buildCatalog, type Catalog } from "../content/catalog.js";
import { formatProblem } from "../content/tree.js";
import { LANGS, type Lang } from "../content/types.js";
import { UserError } from "../errors.js";
import type { GlobalOptions, Io } from "../io/context.js";
import { loadBankDirs, loadBuiltinBanks } from "../io/load-content.js";
import { cacheDir, contentDirs } from "../io/paths.js";

/** Loads the built-in banks (only the languages asked for) and the user's directories into one catalog. */
export async function openCatalog(io: Io, globals: GlobalOptions, langs: readonly Lang[] = LANGS): Promise<Catalog> {
  const user = await loadBankDirs(contentDirs(globals.content, io.env), io.cwd, cacheDir(io.env));
  if (user.problems.length > 0) {
    const n = user.problems.length;
    throw new UserError(`${n} problem${n === 1 ? "" : "s"} in the question banks above; fix them or check with 'smm-prep validate'`, 2, user.problems.map(formatProblem));
  }
  return buildCatalog([...loadBuiltinBanks(io.env, langs), ...user.banks]);
}
