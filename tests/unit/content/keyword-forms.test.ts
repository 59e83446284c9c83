// The structured keyword forms of rubrics v2 (co-occurrence, number ranges, sense guards, practice
// red flags): what validate accepts, and the located error for each malformed case.
import { describe, expect, it } from "vitest";
import { readBank } from "../../../src/content/schema.js";
import { formatProblem } from "../../../src/content/tree.js";
import { keywordText } from "../../../src/content/types.js";
import { parseYamlSource } from "../../../src/content/yaml-source.js";
import { MINI_BANK } from "../../support/banks.js";

/** The mini bank with its denominator keywords replaced by `keywords` (YAML flow text). */
function withKeywords(keywords: string, flag = "keywords: [only likes]") {
  const text = MINI_BANK.replace("keywords: [followers, reach]", `keywords: ${keywords}`).replace("keywords: [only likes]", flag);
  const file = "banks/en/mini.yaml";
  const parsed = parseYamlSource(text, file);
  const checked = readBank(parsed.tree, { file, langFolder: "en", fileBank: "mini" });
  return { bank: checked.bank, problems: [...parsed.problems, ...checked.problems].map(formatProblem) };
}

describe("valid structured keywords", () => {
  it.each([
    ["[followers, {all: [likes, [goal, success]]}]", [{ all: ["likes", ["goal", "success"]] }]],
    ["[followers, {between: [4.5, 5.7], scale: billion}]", [{ between: [4.5, 5.7], scale: "billion" }]],
    ["[followers, {between: [55, 66], unit: percent}]", [{ between: [55, 66], unit: "percent" }]],
    ["[followers, {keyword: later, unless: [see you later, later on]}]", [{ keyword: "later", unless: ["see you later", "later on"] }]],
  ])("%s", (yaml, want) => {
    const { bank, problems } = withKeywords(yaml);
    expect(problems).toEqual([]);
    expect(bank!.questions[0]!.rubric.concepts[1]!.keywords.slice(1)).toEqual(want);
  });

  it("reads a practice red flag without claim keywords", () => {
    const { bank, problems } = withKeywords("[followers]", "practice: [buy followers, {all: [follower, package]}]");
    expect(problems).toEqual([]);
    expect(bank!.questions[0]!.rubric.redFlags[0]).toEqual({ id: "likes-only", label: "Only counts likes", keywords: [], practice: ["buy followers", { all: ["follower", "package"] }] });
  });

  it("shows each form as an author reads it", () => {
    expect(keywordText({ all: ["likes", ["goal", "success"]] })).toBe("likes + goal/success");
    expect(keywordText({ between: [4.5, 5.7], scale: "billion" })).toBe("4.5–5.7 billion");
    expect(keywordText({ between: [55, 66], unit: "percent" })).toBe("55–66 %");
    expect(keywordText({ keyword: "μέσα", unless: ["κοινωνικής δικτύωσης"] })).toBe("μέσα (not next to: κοινωνικής δικτύωσης)");
  });
});

describe("malformed structured keywords are located errors", () => {
  it.each([
    ["[{all: [likes]}]", "mini.yaml:20:22: 'all' needs at least two parts"],
    ["[{all: []}]", "mini.yaml:20:28: 'all' must not be empty"],
    ["[{all: [likes, []]}]", "mini.yaml:20:36: a list of alternatives in 'all' must not be empty"],
    ["[{all: [likes, '...']}]", "mini.yaml:20:36: each part of 'all' must be a keyword with letters or digits"],
    ["[{between: [5.7, 4.5]}]", "mini.yaml:20:32: 'between' must be two numbers [low, high] with 0 ≤ low ≤ high"],
    ["[{between: [1, two]}]", "mini.yaml:20:32: 'between' must be two numbers"],
    ["[{between: [1, 2], scale: bilion}]", "mini.yaml:20:47: unknown scale 'bilion' (did you mean 'billion'?)"],
    ["[{between: [1, 2], unit: percnt}]", "mini.yaml:20:46: unknown unit 'percnt' (did you mean 'percent'?)"],
    ["[{between: [1, 2], scael: billion}]", "mini.yaml:20:40: unknown key 'scael' in a 'between' keyword (did you mean 'scale'?)"],
    ["[{keyword: later}]", "mini.yaml:20:22: a 'keyword' keyword is missing 'unless'"],
    ["[{keyword: later, unless: []}]", "mini.yaml:20:47: 'unless' must not be empty"],
    ["[{alll: [a, b]}]", "mini.yaml:20:22: a keyword map needs 'all' (co-occurrence), 'between' (a number range) or 'keyword' with 'unless' (a sense guard)"],
    ["['.*']", "mini.yaml:20:22: keyword '.*' has no letters or digits, so it can never match"],
  ])("%s → %s", (yaml, message) => {
    const { bank, problems } = withKeywords(yaml);
    expect(bank).toBeNull();
    expect(problems.join("\n")).toContain(message);
  });

  it("a red flag with neither keywords nor practice", () => {
    const { problems } = withKeywords("[followers]", "label2: x");
    expect(problems.join("\n")).toContain("a red flag needs 'keywords' (the claim itself) or 'practice'");
  });
});

describe("red flags of the whole bank", () => {
  const withBankFlags = (flags: string) => {
    const text = MINI_BANK.replace("questions:\n", `redFlags:\n${flags}questions:\n`);
    const file = "banks/en/mini.yaml";
    const parsed = parseYamlSource(text, file);
    const checked = readBank(parsed.tree, { file, langFolder: "en", fileBank: "mini" });
    return { bank: checked.bank, problems: [...parsed.problems, ...checked.problems].map(formatProblem) };
  };

  it("apply to every question, after its own; a question's flag with the same id wins", () => {
    const { bank, problems } = withBankFlags(
      "  - {id: buys-followers, label: Buys followers, why: Bots never buy., practice: [buy followers]}\n  - {id: likes-only, label: Bank version, keywords: [x]}\n",
    );
    expect(problems).toEqual([]);
    const flags = bank!.questions[0]!.rubric.redFlags;
    expect(flags.map((f) => [f.id, f.label])).toEqual([["likes-only", "Only counts likes"], ["buys-followers", "Buys followers"]]);
    expect(flags[1]).toMatchObject({ why: "Bots never buy.", practice: ["buy followers"] });
  });

  it("are checked like a question's", () => {
    const { bank, problems } = withBankFlags("  - {id: a, label: A}\n  - {id: a, label: B, keywords: [b]}\n");
    expect(bank).toBeNull();
    expect(problems.join("\n")).toContain("a red flag needs 'keywords' (the claim itself) or 'practice'");
    expect(problems.join("\n")).toContain("duplicate concept or red-flag id 'a'");
  });
});
