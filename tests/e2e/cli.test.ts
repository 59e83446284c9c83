import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { ROOT } from "../support/home.js";
import { spawnCli } from "../support/spawn.js";

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe("the built binary", () => {
  it("prints its version", () => {
    const { code, stdout } = spawnCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("prints help with examples", () => {
    const { code, stdout } = spawnCli(["list", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: smm-prep list [options]");
    expect(stdout).toContain("$ smm-prep list --lang el --bank faq");
  });

  it("lists the Greek questions", () => {
    const { code, stdout, stderr } = spawnCli(["list", "--lang", "el"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("faq/engagement-rate");
    expect(stdout).toMatch(/^ΚΩΔΙΚΟΣ +ΘΕΜΑ +ΕΡΩΤΗΣΗ\n/);
    expect(stdout).toMatch(/\n39 ερωτήσεις · ελληνικά\n$/);
  });

  it("writes no colour codes when output is not a terminal, even without NO_COLOR", () => {
    const { stdout } = spawnCli(["list"], { env: { NO_COLOR: undefined } });
    expect(stdout).not.toContain("\u001b[");
  });

  it("writes colour codes when FORCE_COLOR asks for them, and none with --no-color", () => {
    expect(spawnCli(["list"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(spawnCli(["--no-color", "list"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });

  it.each([
    ["an unknown question", ["show", "faq/engagment-rate"], "smm-prep: unknown question 'faq/engagment-rate' (did you mean 'faq/engagement-rate'?); see 'smm-prep list'\n"],
    ["an unknown option", ["list", "--nope"], "error: unknown option '--nope'\n"],
    ["a missing argument", ["show"], "error: missing required argument 'question'\n"],
  ])("exits 2 on %s, with one line and no stack trace", (_name, args, message) => {
    const { code, stdout, stderr } = spawnCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
  });

  it("skips a broken bank with one warning line, and validate locates every problem", () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("weight: 2", "weight: [2]").replace("topic: analytics", "topic: nope") });
    const list = spawnCli(["--content", dir, "list", "--lang", "en"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/\n39 questions · English\n$/);
    expect(list.stderr).toBe(`smm-prep: warning: skipped ${dir}/en/mini.yaml, which has problems; see 'smm-prep validate'\n`);
    const { code, stdout } = spawnCli(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${dir}/en/mini.yaml:6:12: unknown topic 'nope'`);
    expect(stdout).toContain(`${dir}/en/mini.yaml:16:19: 'weight' must be a number from 0.1 to 100`);
    noStack(stdout);
  });

  it("exits 1 when validate finds problems, 0 when it finds none", () => {
    const bad = contentDir({ "en/mini.yaml": MINI_BANK.replace("keywords: [followers, reach]", "keywords: []") });
    expect(spawnCli(["validate", bad]).code).toBe(1);
    expect(spawnCli(["validate", "content"]).code).toBe(0);
  });

  it("caches a user bank and notices when it changes", () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    const home = mkdtempSync(join(tmpdir(), "smm-prep-home-"));
    const args = ["--content", dir, "show", "mini/engagement-rate", "--json"];
    expect(JSON.parse(spawnCli(args, { env: { SMM_PREP_HOME: home } }).stdout).prompt).toBe("How do you calculate engagement rate?");
    writeFileSync(join(dir, "en/mini.yaml"), MINI_BANK.replace("How do you calculate engagement rate?", "What is a good engagement rate?"));
    expect(JSON.parse(spawnCli(args, { env: { SMM_PREP_HOME: home } }).stdout).prompt).toBe("What is a good engagement rate?");
  });

  it("turns a bug into exit 70 with a request to report it, and a stack only when asked", () => {
    const broken = mkdtempSync(join(tmpdir(), "smm-prep-builtin-"));
    for (const lang of ["ru", "el", "en"]) writeFileSync(join(broken, `${lang}.json`), "{ not json");
    const plain = spawnCli(["list"], { env: { SMM_PREP_BUILTIN_DIR: broken } });
    expect(plain.code).toBe(70);
    expect(plain.stderr).toMatch(/^smm-prep: internal error: .*\nThis is a bug in smm-prep; please report it/);
    noStack(plain.stderr);
    const debug = spawnCli(["list"], { env: { SMM_PREP_BUILTIN_DIR: broken, SMM_PREP_DEBUG: "1" } });
    expect(debug.code).toBe(70);
    expect(debug.stderr).toMatch(/^\s+at .+$/m);
  });

  it("stays quiet when its reader stops early", () => {
    const result = spawnSync("sh", ["-c", `node bin/smm-prep.js list --lang ru | head -n 1`], { encoding: "utf8", env: { ...process.env, SMM_PREP_HOME: mkdtempSync(join(tmpdir(), "h-")) } });
    expect(result.stdout).toMatch(/^КОД +ТЕМА +ВОПРОС\n$/);
    expect(result.stderr).toBe("");
  });
});

describe("grading through the binary", () => {
  it("grades an answer piped on standard input, as scripts do", () => {
    const { code, stdout } = spawnCli(["grade", "interview/roi-metrics", "--lang", "ru", "--json"], { input: "Лиды и конверсии в Google Analytics\n" });
    expect(code).toBe(0);
    const grade = JSON.parse(stdout);
    expect(grade).toMatchObject({ question: "interview/roi-metrics", lang: "ru", passed: expect.any(Boolean) });
    expect(grade.concepts.find((c: { id: string }) => c.id === "conversions")).toMatchObject({ hit: true, matches: ["конверсии"] });
  });

  it("passes a built-in answer short of the pass mark that reads like accepted answers (the built examples), and says so", () => {
    const answer = "Someone who runs the brand's pages day to day: works out who the followers are, writes posts they care about, replies to comments and private messages, and checks each month which posts brought enquiries.";
    const json = spawnCli(["grade", "faq/what-is-smm", "--lang", "en", "--json"], { input: answer });
    expect(json.code).toBe(0);
    const grade = JSON.parse(json.stdout);
    expect(grade.score).toBeLessThan(grade.pass);
    expect(grade).toMatchObject({ passed: true, likeness: { lifted: true, words: expect.arrayContaining(["comments"]) } });
    const text = spawnCli(["grade", "faq/what-is-smm", "--lang", "en"], { input: answer });
    expect(text.stdout.replace(/\s+/g, " ")).toContain("but it makes the case that answers interviewers accept make");
  });

  it("grades against a --content bank", () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    const { code, stdout } = spawnCli(["--content", dir, "grade", "mini/engagement-rate", "--json"], { input: "I would never count only likes; engagements over reach." });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ score: 100, passed: true, redFlags: [{ id: "likes-only", hit: false }] });
  });

  it("refuses invalid UTF-8 on standard input with exit 2", () => {
    const { code, stderr } = spawnCli(["grade", "faq/engagement-rate"], { input: Buffer.from([0xc3, 0x28]) });
    expect(code).toBe(2);
    expect(stderr).toBe("smm-prep: the answer on standard input is not valid UTF-8 text\n");
  });

  it("survives NUL bytes and emoji-only answers", () => {
    const nul = spawnCli(["grade", "faq/engagement-rate", "--json"], { input: "likes\u0000comments" });
    expect(nul.code).toBe(0);
    const emoji = spawnCli(["grade", "faq/engagement-rate", "--json"], { input: "🔥🔥🔥 !!!" });
    expect(emoji.code).toBe(0);
    expect(JSON.parse(emoji.stdout)).toMatchObject({ score: 0, empty: true });
  });
});

describe("start-up stays light", () => {
  it.each([
    [["list", "--lang", "el"], ["light"], ["prompts", "grading", "yaml", "history", "recorder", "session-recorder", "reports", "practise", "quiz", "review", "messages", "completion"]],
    [["show", "faq/engagement-rate"], ["light"], ["prompts", "grading", "yaml"]],
    [["grade", "faq/engagement-rate", "--answer", "reach"], ["grading"], ["prompts", "yaml"]],
  ])("%j loads %j and never %j", (args, loaded, never) => {
    // Runs the built CLI in a child and reports which of our chunk files it required.
    const script = `
      const cli = require(${JSON.stringify(join(ROOT, "dist/main.cjs"))});
      const io = { stdout: { write() {} }, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
      cli.main(${JSON.stringify(args)}, io).then((code) => {
        const files = Object.keys(require.cache).filter((f) => f.includes("/dist/")).map((f) => f.split("/").pop());
        process.stdout.write(JSON.stringify({ code, files }));
      });`;
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env: { PATH: process.env.PATH, SMM_PREP_HOME: mkdtempSync(join(tmpdir(), "h-")) } });
    const { code, files } = JSON.parse(run.stdout) as { code: number; files: string[] };
    expect(code).toBe(0);
    for (const name of loaded) expect(files.some((f) => f.startsWith(`${name}-`))).toBe(true);
    for (const name of never) expect(files.filter((f) => f.startsWith(`${name}-`))).toEqual([]);
  });
});
