import { describe, expect, it } from "vitest";
import { readBank } from "../../../src/content/schema.js";
import { formatProblem } from "../../../src/content/tree.js";
import { parseYamlSource } from "../../../src/content/yaml-source.js";
import { MINI_BANK } from "../../support/banks.js";

/** Parses and checks a bank text as if it were <dir>/<langFolder>/<fileBank>.yaml. */
function check(text: string, langFolder = "en", fileBank = "mini") {
  const file = `banks/${langFolder}/${fileBank}.yaml`;
  const parsed = parseYamlSource(text, file);
  const checked = readBank(parsed.tree, { file, langFolder, fileBank });
  return { bank: checked.bank, problems: [...parsed.problems, ...checked.problems].map(formatProblem) };
}

describe("a valid bank", () => {
  it("reads every field, with defaults for pass and weight", () => {
    const { bank, problems } = check(MINI_BANK);
    expect(problems).toEqual([]);
    const q = bank!.questions[0]!;
    expect(q).toMatchObject({ id: "engagement-rate", bank: "mini", lang: "en", topic: "analytics", source: { article: "Test article", item: 11 } });
    expect(q.rubric.pass).toBe(50);
    expect(q.rubric.concepts.map((c) => [c.id, c.weight])).toEqual([["numerator", 2], ["denominator", 1]]);
    expect(q.rubric.redFlags).toEqual([{ id: "likes-only", label: "Only counts likes", keywords: ["only likes"] }]);
    expect(bank!.lines).toEqual([5]);
  });

  it("defaults pass to 60 and keeps numeric keywords as written", () => {
    const text = MINI_BANK.replace("      pass: 50\n", "").replace("[followers, reach]", "[4.60, 30]");
    const q = check(text).bank!.questions[0]!;
    expect(q.rubric.pass).toBe(60);
    expect(q.rubric.concepts[1]!.keywords).toEqual(["4.60", "30"]);
  });
});

// Each bad input: what to change in the valid bank, and the located message that must come out.
const BAD: Array<[string, (t: string) => string, string]> = [
  ["a YAML syntax error", (t) => t.replace("[followers, reach]", "[followers, reach"), "banks/en/mini.yaml:21:"],
  ["a misspelt key, with a did-you-mean", (t) => t.replace("keywords: [followers", "keyowrds: [followers"), "banks/en/mini.yaml:20:11: unknown key 'keyowrds' in a concept (did you mean 'keywords'?)"],
  ["a missing field", (t) => t.replace("    guidance: Engagements divided by followers or reach, times 100.\n", ""), "banks/en/mini.yaml:5:5: a question is missing 'guidance'"],
  ["a mistyped field", (t) => t.replace("weight: 2", "weight: heavy"), "banks/en/mini.yaml:16:19: 'weight' must be a number from 0.1 to 100"],
  ["a pass mark out of range", (t) => t.replace("pass: 50", "pass: 150"), "'pass' must be a whole number from 1 to 100"],
  ["an empty keyword list", (t) => t.replace("[followers, reach]", "[]"), "banks/en/mini.yaml:20:21: 'keywords' must not be empty"],
  ["an empty keyword", (t) => t.replace("[followers, reach]", '[followers, ""]'), "banks/en/mini.yaml:20:33: a keyword must be non-empty text"],
  ["an unknown topic, with a did-you-mean", (t) => t.replace("topic: analytics", "topic: analytic"), "unknown topic 'analytic' (did you mean 'analytics'?)"],
  ["an id that is not kebab-case", (t) => t.replace("id: engagement-rate", "id: Engagement Rate"), "'id' must be kebab-case"],
  ["a duplicate concept id", (t) => t.replace("id: denominator", "id: numerator"), "banks/en/mini.yaml:18:11: duplicate concept or red-flag id 'numerator' (first at line 14)"],
  ["bank not matching the file name", (t) => t.replace("bank: mini", "bank: other"), "banks/en/mini.yaml:1:7: bank 'other' must equal the file name 'mini'"],
  ["lang not matching the folder", (t) => t.replace("lang: en", "lang: ru"), "banks/en/mini.yaml:2:7: lang 'ru' must equal the folder 'en'"],
  ["a __proto__ key", (t) => t.replace("    topic: analytics", "    __proto__: { polluted: true }\n    topic: analytics"), "unknown key '__proto__' in a question"],
  ["a constructor key", (t) => t.replace("title:", "constructor: x\ntitle:"), "banks/en/mini.yaml:3:1: unknown key 'constructor' in the bank"],
  ["an alias", (t) => t.replace("[followers, reach]", "&k [followers, reach]").replace("[only likes]", "*k"), "aliases (*k) are not allowed"],
  ["a duplicate key", (t) => t.replace("title:", "bank: mini\ntitle:"), "banks/en/mini.yaml:3:1: Map keys must be unique"],
  ["an empty file", () => "", "banks/en/mini.yaml:1:1: the file is empty"],
  ["a list instead of a bank", () => "- a\n- b\n", "banks/en/mini.yaml:1:1: a bank file must be a mapping"],
];

describe("bad input is located and explained", () => {
  it.each(BAD)("%s", (_name, change, message) => {
    const { bank, problems } = check(change(MINI_BANK));
    expect(bank).toBeNull();
    expect(problems.join("\n")).toContain(message);
  });

  it("reports every problem in a file, not just the first", () => {
    const text = MINI_BANK.replace("keywords: [followers", "keyowrds: [followers").replace("topic: analytics", "topic: nope").replace("weight: 2", "weight: -1");
    expect(check(text).problems).toHaveLength(4); // the unknown key, the then-missing keywords, the topic and the weight
  });

  it("refuses a language folder we do not support, with a did-you-mean", () => {
    expect(check(MINI_BANK, "enn").problems).toEqual(["banks/enn/mini.yaml:1:1: unsupported language folder 'enn' (did you mean 'en'?); supported: ru, el, en"]);
  });

  it("never pollutes a prototype", () => {
    check(MINI_BANK.replace("    topic: analytics", "    __proto__: { polluted: true }\n    topic: analytics"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses an alias bomb quickly", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 30; i++) lines.push(`${String.fromCharCode(97 + (i % 26))}${i}: &a${i} [${Array(10).fill(i === 1 ? "*a" : `*a${i - 1}`).join(", ")}]`);
    const started = performance.now();
    const { problems } = check(`${lines.join("\n")}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems.join("\n")).toContain("aliases");
  });
});
