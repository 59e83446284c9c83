// `npm test`: build, type-check, run vitest, validate the built-in banks, then one plain summary line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => join(root, "node_modules", ".bin", name);
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  const ok = result.status === 0;
  console.log(ok ? `✔ ${name}` : `✘ ${name} (exit ${result.status ?? result.signal})`);
  return ok;
}

function count(ok: boolean): void {
  if (ok) passed++;
  else failed++;
}

const built = step("build", bin("tsx"), ["scripts/build.ts"]);
count(built);
count(step("type-check", bin("tsc"), ["--noEmit", "-p", "."]));

const report = join(mkdtempSync(join(tmpdir(), "smm-prep-vitest-")), "report.json");
const vitestOk = step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`]);
try {
  const json = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A skipped test (tmux or a shell missing, a check root cannot make) must show, not vanish.
  skipped += json.numPendingTests + json.numTodoTests;
  // A suite that failed to load has no failed tests of its own, but the run still failed.
  if (!vitestOk && json.numFailedTests === 0) failed++;
} catch {
  failed++;
}
rmSync(join(report, ".."), { recursive: true, force: true });

if (built) count(step("validate content", process.execPath, ["bin/smm-prep.js", "validate", "content"]));
else failed++;

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed === 0 ? 0 : 1;
