// The built binary, for real: concurrent sessions appending to one history, and a damaged line.
import { spawn } from "node:child_process";
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isRecord, parseRecord } from "../../src/practice/history-record.js";
import { genBank } from "../support/banks.js";
import { ROOT, tempHome, testEnv } from "../support/home.js";
import { BIN, spawnCli } from "../support/spawn.js";


/** Runs the built binary without waiting, feeding `input` on a pipe; resolves to its exit code and output. */
function runAsync(args: string[], input: string, env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: testEnv({ SMM_PREP_BUILTIN_DIR: undefined, ...env }) as NodeJS.ProcessEnv, cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("history from the built binary", () => {
  it("two scripted sessions of 40 answers at once leave exactly 80 whole records", async () => {
    const home = tempHome();
    const bank = genBank(40);
    const answers = (word: string) => Array.from({ length: 40 }, (_, i) => `${word} ${i} ${"padding ".repeat(i)}`).join("\n") + "\n";
    const args = (seed: string) => ["--content", bank, "quiz", "--bank", "gen", "--count", "40", "--seed", seed, "--json"];
    const [a, b] = await Promise.all([runAsync(args("1"), answers("reach"), { SMM_PREP_HOME: home }), runAsync(args("2"), answers("nothing"), { SMM_PREP_HOME: home })]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, "", 0, ""]);

    const text = readFileSync(join(home, "history.jsonl"), "utf8");
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.slice(0, -1).split("\n");
    expect(lines).toHaveLength(80);
    const records = lines.map(parseRecord);
    expect(records.every(isRecord)).toBe(true);
    const valid = records.filter(isRecord);
    const sessions = new Map<string, number[]>();
    for (const r of valid) sessions.set(r.session, [...(sessions.get(r.session) ?? []), r.score]);
    expect([...sessions.values()].map((scores) => scores.length)).toEqual([40, 40]);
    // Each session's scores are its own: one answered "reach" every time (50%), the other nothing (0%).
    expect([...sessions.values()].map((scores) => [...new Set(scores)]).sort()).toEqual([[0], [50]]);
    expect(new Set(valid.map((r) => r.question)).size).toBe(40);

    const stats = spawnCli(["stats", "--json"], { env: { SMM_PREP_HOME: home } });
    expect(JSON.parse(stats.stdout)).toMatchObject({ attempts: 80, sessions: 2, damagedLines: 0 });
  }, 60_000);

  it("stats skips a damaged last line with a warning and leaves it in the file, byte for byte", () => {
    const home = tempHome();
    const bank = genBank(3);
    expect(spawnCli(["--content", bank, "quiz", "--bank", "gen", "--count", "3", "--seed", "1"], { input: "reach\nreach and click-through\nno\n", env: { SMM_PREP_HOME: home } }).code).toBe(0);
    const file = join(home, "history.jsonl");
    const torn = '{"v":1,"time":"2025-03-01T10:00:00.000Z","session":"cut-off-by-a-cra';
    appendFileSync(file, torn);
    const before = readFileSync(file);

    const { code, stdout, stderr } = spawnCli(["stats", "--json"], { env: { SMM_PREP_HOME: home } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ attempts: 3, damagedLines: 1 });
    expect(stderr).toBe(`warning: skipped a damaged line in ${file} (line 4); it is left in the file untouched\n`);
    expect(readFileSync(file).equals(before)).toBe(true);

    // The next session starts a fresh line after the damage; the damaged bytes stay where they were.
    spawnCli(["--content", bank, "quiz", "--bank", "gen", "--count", "1", "--seed", "1"], { input: "reach\n", env: { SMM_PREP_HOME: home } });
    const after = readFileSync(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.toString("utf8").slice(before.length)).toMatch(/^\n\{"v":1,[^\n]+\}\n$/);
    expect(JSON.parse(spawnCli(["stats", "--json"], { env: { SMM_PREP_HOME: home } }).stdout)).toMatchObject({ attempts: 4, damagedLines: 1 });
  });

  it("a session with an unwritable data directory still runs, with one warning", () => {
    const home = tempHome();
    writeFileSync(join(home, "file"), "");
    const { code, stdout, stderr } = spawnCli(["--content", genBank(2), "quiz", "--bank", "gen", "--count", "2", "--seed", "1"], { input: "reach\nreach\n", env: { SMM_PREP_HOME: join(home, "file") } });
    expect(code).toBe(0);
    expect(stdout).toContain("Summary");
    expect(stderr).toBe(`warning: practice history is off for this session: cannot write ${join(home, "file", "history.jsonl")} (a file is in the way)\n`);
  });

  it("--no-history records nothing", () => {
    const home = tempHome();
    const { code } = spawnCli(["--content", genBank(2), "quiz", "--bank", "gen", "--count", "2", "--seed", "1", "--no-history"], { input: "reach\nreach\n", env: { SMM_PREP_HOME: home } });
    expect(code).toBe(0);
    expect(() => readFileSync(join(home, "history.jsonl"))).toThrow(/ENOENT/);
  });

  it("keeps history and FSRS out of the start-up bundle: they load only with their commands", () => {
    const dist = join(ROOT, "dist");
    const main = readFileSync(join(dist, "main.cjs"), "utf8");
    expect(main).not.toMatch(/history\.jsonl|FSRSValidationError/);
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".cjs")).map((f) => readFileSync(join(dist, f), "utf8"));
    expect(chunks.some((c) => c.includes("history.jsonl"))).toBe(true);
    expect(chunks.some((c) => c.includes("FSRSValidationError"))).toBe(true);
  });
});
