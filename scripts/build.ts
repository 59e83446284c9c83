// Builds the CLI bundle and compiles the built-in banks to JSON, so start-up never parses YAML.
import { build } from "esbuild";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem } from "../src/content/tree.js";
import { LANGS } from "../src/content/types.js";
import { loadBankDirs } from "../src/io/load-content.js";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const dist = join(root, "dist");
// Built beside dist/ and swapped in at the end, so a run of the CLI never sees a half-built dist/.
const staging = join(root, `.dist-${process.pid}`);
await build({
  entryPoints: [join(root, "src/main.ts")],
  outdir: staging,
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
  plugins: [
    {
      // commander loads child_process (about 9 ms) only to run executable subcommands, which we never use.
      name: "no-child-process-in-commander",
      setup(b) {
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          args.importer.includes("/node_modules/commander/") ? { path: "child_process-stub", namespace: "stub" } : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "module.exports = {};", loader: "js" }));
      },
    },
  ],
});

const { banks, problems } = await loadBankDirs(["content"], root, null);
mkdirSync(join(staging, "content"), { recursive: true });
for (const lang of LANGS) {
  const mine = banks.filter((b) => b.lang === lang);
  writeFileSync(join(staging, "content", `${lang}.json`), JSON.stringify(mine));
}
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  console.error(`build: ${problems.length} problem(s) in content/; the banks with problems were left out`);
  process.exitCode = 1;
}
