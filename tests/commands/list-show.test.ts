import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../helpers/banks.js";
import { runCli } from "../helpers/io.js";

describe("list", () => {
  it.each(["el", "ru", "en"])("prints every built-in question in %s as JSON", async (lang) => {
    const { code, stdout } = await runCli(["list", "--lang", lang, "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.bank === "faq")).toHaveLength(19);
    expect(rows.filter((r) => r.bank === "interview")).toHaveLength(20);
    expect(rows[0]).toEqual({ id: `${rows[0]!.bank}/${rows[0]!.id!.split("/")[1]}`, bank: rows[0]!.bank, lang, topic: expect.any(String), prompt: expect.any(String) });
    expect(rows.every((r) => r.lang === lang)).toBe(true);
  });

  it("narrows by bank and topic", async () => {
    const { stdout } = await runCli(["list", "--lang", "en", "--bank", "faq", "--topic", "analytics", "--json"]);
    const rows = JSON.parse(stdout) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.bank === "faq" && r.topic === "analytics")).toBe(true);
  });

  it("cuts each row to the terminal width", async () => {
    const { stdout } = await runCli(["list", "--lang", "ru"], { tty: true, columns: 60 });
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID +TOPIC +QUESTION$/);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(lines.some((l) => l.endsWith("…"))).toBe(true);
  });

  it.each([
    [{ SMM_PREP_LANG: "ru" }, "ru"],
    [{ LC_ALL: "el_GR.UTF-8", LANG: "ru_RU.UTF-8" }, "el"],
    [{ LANG: "ru_RU.UTF-8" }, "ru"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
  ])("takes the language from the environment: %o → %s", async (env, lang) => {
    const { stdout } = await runCli(["list", "--json"], { env: { LANG: undefined, ...env } });
    expect((JSON.parse(stdout) as Array<{ lang: string }>)[0]!.lang).toBe(lang);
  });

  it("adds the banks of a --content directory", async () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    const { code, stdout } = await runCli(["--content", dir, "list", "--lang", "en", "--bank", "mini", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ id: "mini/engagement-rate", bank: "mini", lang: "en", topic: "analytics", prompt: "How do you calculate engagement rate?" }]);
  });
});

describe("show", () => {
  it("shows prompt, guidance, model answer and rubric", async () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK });
    const { code, stdout } = await runCli(["--content", dir, "show", "mini/engagement-rate"]);
    expect(code).toBe(0);
    for (const part of ["How do you calculate engagement rate?", "Guidance", "Model answer", "Counts all engagements", "[numerator] ×2", "keywords: engagements, likes comments shares", "Red flags", "Only counts likes", "Source: Test article, item 11"]) {
      expect(stdout).toContain(part);
    }
  });

  it("prints the question as JSON", async () => {
    const { code, stdout } = await runCli(["show", "faq/engagement-rate", "--lang", "ru", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: "faq/engagement-rate", bank: "faq", lang: "ru", rubric: { concepts: expect.any(Array) } });
  });

  it("shows control characters and escape sequences from content inert", async () => {
    const dir = contentDir({ "en/mini.yaml": MINI_BANK.replace("How do you calculate engagement rate?", '"How\\e[2J do you\\u0007 calculate it?"') });
    const { stdout } = await runCli(["--content", dir, "show", "mini/engagement-rate"]);
    expect(stdout).toContain("How\\u001b[2J do you\\u0007 calculate it?");
    expect(stdout).not.toMatch(/[\u001b\u0007]/);
  });
});
