import { describe, expect, it } from "vitest";
import { contentDir, MINI_BANK } from "../support/banks.js";
import { runCli } from "../support/io.js";

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

  it("cuts each row to a wide terminal, one line per question", async () => {
    const { stdout } = await runCli(["list", "--lang", "ru"], { tty: true, columns: 100 });
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^КОД +ТЕМА +ВОПРОС$/);
    expect(lines).toHaveLength(1 + 39 + 1);
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    expect(lines.some((l) => l.endsWith("…"))).toBe(true);
  });

  it.each([40, 60])("at %i columns shrinks the id column and wraps the cells", async (columns) => {
    const { stdout } = await runCli(["list", "--lang", "en"], { tty: true, columns });
    const lines = stdout.trimEnd().split("\n");
    expect(lines.every((l) => [...l].length <= columns)).toBe(true);
    // The id column is no longer as wide as the longest id (36): the question keeps most of the room.
    expect(lines[0]!.indexOf("TOPIC")).toBeLessThan(columns / 2);
    // A long id breaks after "/" or "-", and its rest continues on the next line of the same row.
    const at = lines.findIndex((l) => l.startsWith("interview/"));
    expect(lines[at + 1]).toMatch(/^[a-z-]+ +\S/);
    expect(lines.at(-1)).toBe("39 questions · English");
  });

  it("names columns, topics and the count in the session's language", async () => {
    const { stdout } = await runCli(["list", "--lang", "el", "--topic", "analytics"]);
    expect(stdout).toMatch(/^ΚΩΔΙΚΟΣ +ΘΕΜΑ +ΕΡΩΤΗΣΗ\n/);
    expect(stdout).toContain("μετρήσεις");
    expect(stdout).not.toContain("analytics ");
    expect(stdout).toMatch(/\n\d+ ερωτήσεις · ελληνικά\n$/);
  });

  it.each(["рост", "ανάπτυξη", "αναπτυξη", "Growth", "growth"])("--topic %s names the growth topic", async (topic) => {
    const { code, stdout } = await runCli(["list", "--lang", "en", "--topic", topic, "--json"]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ topic: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.topic === "growth")).toBe(true);
  });

  it("--topic SEO is the seo topic; an unknown name gets a did-you-mean", async () => {
    expect((await runCli(["list", "--lang", "ru", "--topic", "SEO", "--json"])).code).toBe(0);
    const bad = await runCli(["list", "--topic", "аналитик"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^smm-prep: unknown topic 'аналитик' \(did you mean 'аналитика'\?\)/);
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
