import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { runCli } from "../support/io.js";

const ru = MINI_BANK.replace("lang: en", "lang: ru");

describe("validate", () => {
  it("passes the built-in banks", async () => {
    const { code, stdout } = await runCli(["validate"]);
    expect(stdout).toMatch(/^✔ 2 banks \(6 files\), 117 questions \(ru, el, en\): no problems\n$/);
    expect(code).toBe(0);
  });

  it("passes a good directory and says what it checked", async () => {
    const { code, stdout } = await runCli(["validate", contentDir({ "en/mini.yaml": MINI_BANK, "ru/mini.yaml": ru })]);
    expect(stdout).toBe("✔ 1 bank (2 files), 2 questions (ru, en): no problems\n");
    expect(code).toBe(0);
  });

  it("lists every problem in every file and exits 1", async () => {
    const dir = contentDir({
      "en/mini.yaml": MINI_BANK.replace("topic: analytics", "topic: analytic"),
      "ru/mini.yaml": ru.replace("weight: 2", "weight: two"),
    });
    const { code, stdout } = await runCli(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${dir}/en/mini.yaml:6:12: unknown topic 'analytic'`);
    expect(stdout).toContain(`${dir}/ru/mini.yaml:16:19: 'weight' must be a number`);
    expect(stdout).toMatch(/✘ 2 problems in 2 files\n$/);
  });

  it.each([
    ["a question missing in one language", ru.replace("id: engagement-rate", "id: reach-rate"), ["ru/mini.yaml:1:1: question 'engagement-rate' is in en (en/mini.yaml:5) but missing here", "ru/mini.yaml:5:3: question 'reach-rate' is not in the en version (en/mini.yaml)"]],
    ["a different concept id", ru.replace("id: denominator", "id: divisor"), ["ru/mini.yaml:5:3: question 'engagement-rate' lacks concept 'denominator', which en has (en/mini.yaml:5)", "ru/mini.yaml:5:3: question 'engagement-rate' has concept 'divisor', which en lacks (en/mini.yaml:5)"]],
    ["a different weight", ru.replace("weight: 2", "weight: 3"), ["ru/mini.yaml:5:3: question 'engagement-rate' gives concept 'numerator' weight 3 here but 2 in en (en/mini.yaml:5)"]],
    ["a different red flag", ru.replace("id: likes-only", "id: only-likes"), ["ru/mini.yaml:5:3: question 'engagement-rate' lacks red flag 'likes-only', which en has (en/mini.yaml:5)", "ru/mini.yaml:5:3: question 'engagement-rate' has red flag 'only-likes', which en lacks (en/mini.yaml:5)"]],
    ["a different topic", ru.replace("topic: analytics", "topic: growth"), ["ru/mini.yaml:5:3: question 'engagement-rate' has topic 'growth' here but 'analytics' in en (en/mini.yaml:5)"]],
  ])("checks parity across languages, one line per difference: %s", async (_name, ruText, lines) => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK, "ru/mini.yaml": ruText });
    const { code, stdout } = await runCli(["validate", dir]);
    expect(code).toBe(1);
    const n = lines.length;
    expect(stdout.replaceAll(dir + "/", "")).toBe(`${lines.join("\n")}\n✘ ${n} problem${n === 1 ? "" : "s"} in 1 file\n`);
  });

  it("reports a tab-indented file once, not also as empty", async () => {
    const tabbed = MINI_BANK.replace(/^ {2}- id: engagement-rate\n {4}topic/m, "\t- id: engagement-rate\n\t  topic");
    const dir = contentDir({ "en/mini.yaml": tabbed });
    const { code, stdout } = await runCli(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout.replaceAll(dir + "/", "")).toBe("en/mini.yaml:5:1: indented with a tab (and 1 more line); YAML indents with spaces only: replace each tab with spaces\n✘ 1 problem in 1 file\n");
  });
});

describe("validate: the structured keyword forms", () => {
  it.each([
    ["a malformed range", "keywords: [followers, {between: [5.7, 4.5], scale: billion}]", "mini.yaml:20:43: 'between' must be two numbers [low, high] with 0 ≤ low ≤ high"],
    ["an empty co-occurrence", "keywords: [followers, {all: []}]", "mini.yaml:20:39: 'all' must not be empty"],
    ["an unknown field", "keywords: [followers, {between: [1, 2], unti: percent}]", "mini.yaml:20:51: unknown key 'unti' in a 'between' keyword (did you mean 'unit'?)"],
    ["a guard without unless", "keywords: [followers, {keyword: later}]", "mini.yaml:20:33: a 'keyword' keyword is missing 'unless'"],
  ])("%s is a located error and exit 1", async (_name, keywords, message) => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("keywords: [followers, reach]", keywords) });
    const { code, stdout } = await runCli(["validate", dir]);
    expect(stdout).toContain(`${dir}/en/${message}`);
    expect(code).toBe(1);
  });
});
