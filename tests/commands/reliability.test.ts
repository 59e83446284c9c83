// Issue 13, the cases a command shows in-process (items 5, 7, 11, 14, 16): a fresh program per run,
// a temporary home and cache, never the real ones.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { tempHome } from "../support/home.js";
import { runCli } from "../support/io.js";

/** The one cache entry a run left in `cache` (there is one bank). */
function cacheEntry(cache: string): string {
  const entries = readdirSync(cache).filter((f) => f.endsWith(".json"));
  expect(entries).toHaveLength(1);
  return join(cache, entries[0]!);
}

/** Rewrites a file and puts its modification time back to the nanosecond, as `touch -r` does. */
function editKeepingTime(file: string, text: string): void {
  const ref = `${file}.ref`;
  execFileSync("cp", ["-p", file, ref]);
  writeFileSync(file, text);
  execFileSync("touch", ["-r", ref, file]);
  expect(statSync(file).mtimeMs).toBe(statSync(ref).mtimeMs);
  unlinkSync(ref);
}

describe("5. invalid UTF-8 in a piped quiz", () => {
  it("is reported on its own line, and the answers before it are graded and recorded", async () => {
    const home = tempHome();
    const stdin = Buffer.concat([Buffer.from("likes comments shares divided by followers\n"), Buffer.from([0x62, 0xff, 0x61, 0x64, 0x0a])]);
    const bank = contentDir({ "en/mini.yaml": MINI_BANK.replace("questions:\n", `questions:\n${MINI_BANK.slice(MINI_BANK.indexOf("  - id:")).replace("id: engagement-rate", "id: second")}`) });
    const { code, stdout, stderr } = await runCli(["--content", bank, "quiz", "--bank", "mini", "--count", "2", "--seed", "1"], { stdin, env: { SMM_PREP_HOME: home } });
    expect(stderr).toBe("smm-prep: line 2 of standard input is not valid UTF-8 text\n");
    expect(code).toBe(2);
    expect(stdout).toContain("Score");
    const records = readFileSync(join(home, "history.jsonl"), "utf8").trim().split("\n");
    expect(records).toHaveLength(1);
    expect(JSON.parse(records[0]!).score).toBe(100);
  });
});

describe("7. the bank cache never follows a planted link", () => {
  it("writes its entry through a fresh exclusive file (0600), leaving a link at the old predictable name alone", async () => {
    const home = tempHome();
    const cache = join(home, "cache");
    const bank = contentDir({ "en/mini.yaml": MINI_BANK });
    expect((await runCli(["--content", bank, "list"], { env: { SMM_PREP_HOME: home } })).code).toBe(0);
    const entry = cacheEntry(cache);
    const victim = join(tempHome(), "victim.txt");
    writeFileSync(victim, "the victim's own file\n");
    // The old code wrote `<entry>.<pid>.tmp` with writeFileSync, which follows a link someone planted there.
    symlinkSync(victim, `${entry}.${process.pid}.tmp`);
    writeFileSync(entry, "stale");
    utimesSync(join(bank, "en", "mini.yaml"), new Date(), new Date(Date.now() + 5000));
    expect((await runCli(["--content", bank, "list"], { env: { SMM_PREP_HOME: home } })).code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("the victim's own file\n");
    expect(JSON.parse(readFileSync(entry, "utf8")).bank.bank).toBe("mini");
    expect(statSync(entry).mode & 0o777).toBe(0o600);
  });
});

describe("11. a cache entry with the right key but the wrong shape", () => {
  it.each([
    ["questions: null", (bank: Record<string, unknown>) => ({ ...bank, questions: null })],
    ["a question id with an escape", (bank: Record<string, unknown>) => ({ ...bank, questions: (bank.questions as Record<string, unknown>[]).map((q) => ({ ...q, id: "x\u001b]0;t\u0007" })) })],
    ["a rubric without concepts", (bank: Record<string, unknown>) => ({ ...bank, questions: (bank.questions as Record<string, unknown>[]).map((q) => ({ ...q, rubric: {} })) })],
  ])("%s: falls back to the file", async (_name, damage) => {
    const home = tempHome();
    const bank = contentDir({ "en/mini.yaml": MINI_BANK });
    await runCli(["--content", bank, "list"], { env: { SMM_PREP_HOME: home } });
    const entry = cacheEntry(join(home, "cache"));
    const json = JSON.parse(readFileSync(entry, "utf8")) as { key: string; bank: Record<string, unknown> };
    writeFileSync(entry, JSON.stringify({ key: json.key, bank: damage(json.bank) }));
    const { code, stdout, stderr } = await runCli(["--content", bank, "grade", "mini/engagement-rate", "--answer", "likes comments shares divided by followers"], { env: { SMM_PREP_HOME: home } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("100%");
  });
});

describe("14. slow paths a bank can trigger", () => {
  it.each([
    ["13 words", Array.from({ length: 13 }, (_, i) => `word${i}`).join(" "), /en\/mini\.yaml:20:\d+: keyword 'word0 word1 .*' has 13 words; a keyword has at most 12 \(split it into shorter ones\)/],
    ["201 characters", "x".repeat(201), /en\/mini\.yaml:20:\d+: keyword 'x+…' is 201 characters long; a keyword has at most 200 \(split it into shorter ones\)/],
    ["10,000 words in a co-occurrence", `{all: [reach, "${"w ".repeat(10_000)}"]}`, /en\/mini\.yaml:20:\d+: keyword 'w w w .*' is 20000 characters long; a keyword has at most 200/],
  ])("validate refuses a keyword of %s, located", async (_name, keyword, message) => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("[followers, reach]", `[followers, ${keyword.startsWith("{") ? keyword : JSON.stringify(keyword)}]`) });
    const { code, stdout } = await runCli(["validate", dir], { cwd: dir });
    expect(stdout).toMatch(message);
    expect(code).toBe(1);
  });

  it("a keyword of 12 words and 200 characters is still fine", async () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `w${i}`).join(" ");
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("[followers, reach]", `[followers, "${twelve}", "${"y".repeat(200)}"]`) });
    expect((await runCli(["validate", dir])).code).toBe(0);
  });

  // A guard, not a regression test: with keywords capped at 12 words, phrase matching costs at most
  // 12 × 7 steps per occurrence, linear in the answer. It keeps holding if the matcher changes. Timed
  // as a ratio to a tenth of the answer, so a busy machine slows both alike: linear measured about 5×
  // (start-up is shared), quadratic would be over 30×.
  it("grading stays linear: a 400 KB answer against a 12-word keyword of repeated words costs under 10× a 40 KB one", async () => {
    const phrase = Array(12).fill("reach").join(" ");
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("[followers, reach]", `[followers, "${phrase}"]`) });
    const timed = async (words: number) => {
      const started = performance.now();
      const { code } = await runCli(["--content", dir, "grade", "mini/engagement-rate", "--json"], { stdin: "reach ".repeat(words) });
      expect(code).toBe(0);
      return performance.now() - started;
    };
    await timed(1); // the first run also builds the bank's cache
    const small = await timed(7_000);
    const large = await timed(70_000);
    expect(large / small).toBeLessThan(10);
  });

  it("show with a 120 KB id answers at once, in one short line", async () => {
    const started = performance.now();
    const { code, stderr } = await runCli(["show", `faq/${"x".repeat(120_000)}`]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toHaveLength(2);
  });
});

describe("16. smaller holes", () => {
  it("an edit that keeps the size and puts the modification time back is not served from the cache", async () => {
    const home = tempHome();
    const bank = contentDir({ "en/mini.yaml": MINI_BANK });
    const file = join(bank, "en", "mini.yaml");
    const answer = ["--content", bank, "grade", "mini/engagement-rate", "--answer", "I look at reach", "--json"];
    expect(JSON.parse((await runCli(answer, { env: { SMM_PREP_HOME: home } })).stdout).concepts[1].hit).toBe(true);
    // Same length: "reach" becomes "reacz", so the answer no longer earns the concept.
    editKeepingTime(file, MINI_BANK.replace("[followers, reach]", "[followers, reacz]"));
    expect(JSON.parse((await runCli(answer, { env: { SMM_PREP_HOME: home } })).stdout).concepts[1].hit).toBe(false);
  });

  it("grade never uses a cached bank that no longer validates", async () => {
    const home = tempHome();
    const bank = contentDir({ "en/mini.yaml": MINI_BANK });
    const file = join(bank, "en", "mini.yaml");
    await runCli(["--content", bank, "list"], { env: { SMM_PREP_HOME: home } });
    editKeepingTime(file, MINI_BANK.replace("topic: analytics", "topic: analyticz"));
    const { code, stderr } = await runCli(["--content", bank, "grade", "mini/engagement-rate", "--answer", "reach"], { env: { SMM_PREP_HOME: home } });
    expect(code).toBe(2);
    expect(stderr).toContain("unknown question 'mini/engagement-rate'");
  });

  it.each([
    [".*", "'.*' has no letters or digits"],
    ["\\\\", "has no letters or digits"],
    ["²", "'²' has no letters or digits"],
  ])("validate refuses the keyword %s, which has no words", async (keyword, message) => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("[followers, reach]", `[followers, "${keyword}"]`) });
    const { code, stdout } = await runCli(["validate", dir]);
    expect(stdout).toContain(message);
    expect(code).toBe(1);
  });

  it("--content '' is an error, not the working directory", async () => {
    const cwd = contentDir({ "en/mini.yaml": MINI_BANK });
    const { code, stdout, stderr } = await runCli(["--content", "", "list"], { cwd });
    expect(stderr).toBe("smm-prep: --content needs a directory, not an empty string\n");
    expect([code, stdout]).toEqual([2, ""]);
  });

  it.each(["SMM_PREP_HOME", "SMM_PREP_CACHE_DIR"])("a relative %s is refused", async (name) => {
    const { code, stderr } = await runCli(["list"], { env: { [name]: "relative/home" } });
    expect(stderr).toBe(`smm-prep: ${name} must be an absolute path, not 'relative/home' (e.g. ${name}="$PWD/relative/home")\n`);
    expect(code).toBe(2);
  });

  it.each([
    ["flow brackets", `prompt: ${"[".repeat(1000)}${"]".repeat(1000)}`],
    ["block indentation", Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")],
    ["nested sequences", Array.from({ length: 1000 }, (_, i) => `${" ".repeat(2 * i)}- `).join("\n")],
  ])("YAML nested 1000 levels deep by %s is refused by the depth cap, not a stack overflow", async (_name, yaml) => {
    const dir = contentDir({ "en/mini.yaml": `${MINI_BANK}extra:\n${yaml.replace(/^/gm, "  ")}\n` });
    const { code, stdout } = await runCli(["validate", dir]);
    expect(stdout).toMatch(/en\/mini\.yaml:\d+:1: nested more than 64 levels deep; a question bank needs far fewer\n/);
    expect(stdout).not.toMatch(/call stack/i);
    expect(code).toBe(1);
  });
});

describe("16. a directory of banks with a folder in place of a file", () => {
  it("is one located line, not a skip", async () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    mkdirSync(join(dir, "en", "other.yml"));
    const { stdout } = await runCli(["validate", dir]);
    expect(stdout).toContain(`${dir}/en/other.yml:1:1: a folder, not a bank file`);
  });
});
