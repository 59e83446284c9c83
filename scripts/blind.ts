// `npm run blind`: verdict accuracy on our blind corpus (tests/blind/*.jsonl: answers written by people
// who never saw the rubrics, labelled strong / weak / redflag by meaning before any rubric changed).
// Prints the tuning split and the held-back split apart: the held-back figure is the honest one.
// `--split holdout|tune|tune-a|tune-b|all` picks the split (tune-a and tune-b are stable halves of tune:
// tune on one, check on the other), `--lang L` one language, `-v` lists every wrong verdict.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LANGS, type Question } from "../src/content/types.js";
import * as grading from "../src/grading/index.js";
import { loadBuiltinBanks } from "../src/io/load-content.js";

interface Blind {
  q: string;
  lang: string;
  expect: "strong" | "weak" | "redflag";
  style: string;
  answer: string;
  split: "tune" | "holdout" | "fresh" | "dev";
}

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes("-v");
const split = args.includes("--split") ? (args[args.indexOf("--split") + 1] ?? "all") : "all";
const only = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : undefined;

/** FNV-1a of the answer: splits the tuning answers into two stable halves, to check that a change generalises. */
function half(text: string): "tune-a" | "tune-b" {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? "tune-a" : "tune-b";
}
// The built-in banks' lemma forms, as the build wrote them (the CLI installs the same table).
const formsFile = join(root, "dist", "content", "forms.json");
if (existsSync(formsFile) && "useForms" in grading) grading.useForms(JSON.parse(readFileSync(formsFile, "utf8")));
// And its graded examples (built from the tune split only: the held-back answers are never among them).
for (const lang of LANGS) {
  const examplesFile = join(root, "dist", "content", `examples.${lang}.json`);
  if (existsSync(examplesFile) && "useExamples" in grading) grading.useExamples(JSON.parse(readFileSync(examplesFile, "utf8")));
}

const questions = new Map<string, Question>();
// Read as the CLI reads them (the bank-wide red flags joined to every question).
for (const b of loadBuiltinBanks({ SMM_PREP_BUILTIN_DIR: join(root, "dist", "content") })) {
  for (const q of b.questions) questions.set(`${b.lang}:${q.bank}/${q.id}`, q);
}

const tally = new Map<string, [number, number]>();
const count = (key: string, ok: boolean) => {
  const t = tally.get(key) ?? [0, 0];
  tally.set(key, [t[0] + (ok ? 1 : 0), t[1] + 1]);
};
for (const lang of LANGS) {
  const lines = readFileSync(join(root, "tests", "blind", `${lang}.jsonl`), "utf8").split("\n").filter(Boolean);
  for (const line of lines) {
    const a = JSON.parse(line) as Blind;
    if (only && a.lang !== only) continue;
    const part = a.split === "tune" ? half(a.answer) : a.split;
    if (split !== "all" && a.split !== split && part !== split) continue;
    const q = questions.get(`${a.lang}:${a.q}`);
    if (!q) throw new Error(`unknown question ${a.lang}:${a.q}`);
    const g = grading.gradeAnswer(q, a.answer);
    const flagged = g.redFlags.some((f) => f.hit);
    const ok = a.expect === "strong" ? g.passed : a.expect === "weak" ? !g.passed : flagged;
    for (const key of [`class ${a.expect}`, `lang ${a.lang} ${a.expect}`, `style ${a.style}`]) count(key, ok);
    if (a.expect === "redflag") count("class redflag-not-passed", !g.passed);
    if (!ok && verbose) {
      const hit = g.redFlags.filter((f) => f.hit).map((f) => f.id);
      console.log(`WRONG ${a.expect} ${a.lang} ${a.q} [${a.style}] score=${g.score} passed=${g.passed} flags=${hit.join(",")} :: ${a.answer.slice(0, 160)}`);
    }
  }
}
console.log(`split: ${split}`);
for (const [key, [ok, n]] of [...tally].sort()) console.log(`${key.padEnd(28)} ${String(ok).padStart(4)}/${String(n).padEnd(4)} ${((100 * ok) / n).toFixed(1)}%`);
