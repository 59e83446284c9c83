// `npm run eval` (tsx scripts/eval.ts): how well the grader follows the keyword rules on the labelled
// answers in tests/unit/grading/labelled/. Prints precision, recall and F1, then every disagreement.
import { describe, evaluate } from "../tests/unit/grading/evaluate.js";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { installForms } from "../src/io/forms.js";
import { LABELLED_DIR, LABELLED_V2_DIR, loadLabelled } from "../tests/unit/grading/labelled/load.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const pct = (x: number) => x.toFixed(3);
for (const [name, dir] of [["labelled set (keyword rules)", LABELLED_DIR], ["labelled set v2 (meaning)", LABELLED_V2_DIR]] as const) {
const { questions, answers } = loadLabelled(dir);
await installForms(questions, join(root, "dist", "content"));
const result = evaluate(questions, answers);
console.log(`== ${name}`);

for (const [lang, c] of Object.entries(result.byLang)) {
  console.log(`${lang}: ${c.answers} answers, precision ${pct(c.precision)} recall ${pct(c.recall)} F1 ${pct(c.f1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
}
console.log(
  `all: ${result.answers} answers, precision ${pct(result.precision)} recall ${pct(result.recall)} F1 ${pct(result.f1)} (tp ${result.tp} fp ${result.fp} fn ${result.fn})`,
);
for (const [family, c] of Object.entries(result.byFamily)) {
  if (family !== "-") console.log(`  family ${family.padEnd(16)} ${c.answers} answers, precision ${pct(c.precision)} recall ${pct(c.recall)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
}
if (result.disagreements.length === 0) console.log("no disagreements");
else {
  console.log(`${result.disagreements.length} disagreement(s):`);
  for (const d of result.disagreements) console.log(`  ${describe(d)}`);
}
}
