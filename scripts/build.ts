// Builds the CLI bundle and compiles the built-in banks to JSON, so start-up never parses YAML.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "../src/content/tree.js";
import { LANGS } from "../src/content/types.js";
import { loadBankDirs } from "../src/io/load-content.js";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const dist = join(root, "dist");

rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: [join(root, "src/main.ts")],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  packages: "bundle",
  minifySyntax: true,
  banner: { js: "import { createRequire as __smmCreateRequire } from \"node:module\"; const require = __smmCreateRequire(import.meta.url);" },
  define: { SMM_PREP_VERSION: JSON.stringify(pkg.version) },
  logLevel: "warning",
});

const { banks, problems } = await loadBankDirs(["content"], root, null);
mkdirSync(join(dist, "content"), { recursive: true });
for (const lang of LANGS) {
  const mine = banks.filter((b) => b.lang === lang);
  writeFileSync(join(dist, "content", `${lang}.json`), JSON.stringify(mine));
}
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  console.error(`build: ${problems.length} problem(s) in content/; the banks with problems were left out`);
  process.exitCode = 1;
}
