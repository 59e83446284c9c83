// Builds the CLI bundle and compiles the built-in banks to JSON, so start-up never parses YAML.
// The bundle is CommonJS: Node's ESM loader alone costs about 10 ms of start-up, a third of our budget.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "rolldown";
import { formatProblem } from "../src/content/tree.js";
import { LANGS } from "../src/content/types.js";
import { splitBankFlags } from "../src/content/bank-flags.js";
import { loadBankDirs } from "../src/io/load-content.js";
import { buildForms, copyMorphologyData } from "./build-forms.js";
import { buildExamples } from "./build-examples.js";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const dist = join(root, "dist");
// Built beside dist/ and swapped in at the end, so a run of the CLI never sees a half-built dist/.
const staging = join(root, `.dist-${process.pid}`);

// Every module `list`, `show` and `validate` need goes into one chunk: each extra file costs a load.
const LIGHT = /src[\\/](errors|domain-error|version|group-by|content[\\/](errors|catalog|lang|suggest|types|tree|topic-names|bank-flags)|io[\\/](context|paths|load-content|bank-cache|bank-files|errno)|ui[\\/](inert|text|json-text|color|locale-format|question-table|question-view|i18n[\\/]catalog-views)|commands[\\/](open-catalog|define|flags|[a-z]+[\\/]index)|practice[\\/]days)\.ts$|node_modules[\\/]fast-/;

await build({
  input: { main: join(root, "src/main.ts") },
  platform: "node",
  logLevel: "warn",
  transform: { define: { SMM_PREP_VERSION: JSON.stringify(pkg.version) } },
  plugins: [
    {
      // commander loads child_process (about 9 ms) only to run executable subcommands, which we never use.
      name: "no-child-process-in-commander",
      resolveId: (id, importer) => (id === "node:child_process" && importer?.includes("/node_modules/commander/") ? "\0child-process-stub" : null),
      load: (id) => (id === "\0child-process-stub" ? "export default {};" : null),
    },
  ],
  output: {
    dir: staging,
    format: "cjs",
    entryFileNames: "[name].cjs",
    chunkFileNames: "[name]-[hash].cjs",
    codeSplitting: {
      groups: [
        // Light first: a group takes its members' dependencies along, and the messages depend on light
        // modules (topic names, number formats) that `list` needs without the messages.
        { name: "light", test: LIGHT, priority: 2 },
        // Interface messages are shared by feedback, the quiz and the history views; kept apart so that
        // grading an answer does not drag the prompt library in with them.
        { name: "messages", test: /src[\\/]ui[\\/]i18n[\\/](messages|en|ru|el)\.ts$/, priority: 1 },
        { name: "grading", test: /src[\\/]grading[\\/]|node_modules[\\/]@nlpjs[\\/]/ },
        { name: "yaml", test: /node_modules[\\/]yaml[\\/]|src[\\/]content[\\/](yaml-source|schema|tab-indent)\.ts$/ },
        { name: "prompts", test: /node_modules[\\/](@inquirer|mute-stream|signal-exit|cli-width|chardet|iconv-lite|safer-buffer|ansi-)|src[\\/]ui[\\/](prompts|answer-input)\.ts$/ },
      ],
    },
  },
});

const { banks, problems } = await loadBankDirs(["content"], root, null);
mkdirSync(join(staging, "content"), { recursive: true });
for (const lang of LANGS) {
  const mine = banks.filter((b) => b.lang === lang);
  // Bank-wide red flags are written once per bank; loadBuiltinBanks joins them to the questions.
  writeFileSync(join(staging, "content", `${lang}.json`), JSON.stringify(mine.map(splitBankFlags)));
  // What `list` reads: the questions without their rubrics (see loadBuiltinSummaries).
  const summaries = mine.map(({ bank, lang: l, title, file, questions }) => ({ bank, lang: l, title, file, questions: questions.map(({ id, bank: b, lang: ql, topic, prompt }) => ({ id, bank: b, lang: ql, topic, prompt })) }));
  writeFileSync(join(staging, "content", `${lang}.list.json`), JSON.stringify(summaries));
}
// Lemma forms of the built-in keywords, so grading them never loads a dictionary; the dictionaries
// themselves go beside the bundle for the banks users add.
const forms = await buildForms(banks);
writeFileSync(join(staging, "content", "forms.json"), JSON.stringify(forms));
// The graded examples an answer is compared with where the rubric's keywords are silent.
// One file per language; each question's set is kept as JSON text, parsed only when that question is
// graded (see useExamples).
const examples = Object.entries(buildExamples(banks, forms, join(root, "tests", "blind")));
for (const lang of LANGS) {
  const mine = examples.filter(([key]) => key.startsWith(`${lang}:`)).map(([key, set]) => [key, JSON.stringify(set)]);
  writeFileSync(join(staging, "content", `examples.${lang}.json`), JSON.stringify(Object.fromEntries(mine)));
}
copyMorphologyData(staging);
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join("\n"));
  console.error(`build: ${problems.length} problem(s) in content/; the banks with problems were left out`);
  process.exitCode = 1;
}
