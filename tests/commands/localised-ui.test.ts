import { describe, expect, it } from "vitest";
import { contentDir } from "../support/banks.js";
import { runCli } from "../support/io.js";

// A bank whose every text is Russian or Greek: whatever Latin word is left in the output came from the interface.
const bank = (lang: "ru" | "el", text: (n: number) => string) => `bank: pure
lang: ${lang}
title: ${text(0)}
questions:
${[1, 2]
  .map(
    (n) => `  - id: q${n}
    topic: ${n === 1 ? "growth" : "analytics"}
    prompt: ${text(n)}
    guidance: ${text(n)}
    answer: ${text(n)}
    source: { article: ${text(n)}, item: ${n} }
    rubric:
      concepts:
        - id: first
          label: ${text(n)}
          weight: 2
          keywords: [${lang === "ru" ? "охват, подписчики" : "απήχηση, ακόλουθοι"}]
        - id: second
          label: ${text(n)}
          keywords: [${lang === "ru" ? "конверсии" : "μετατροπές"}, {between: [4.5, 5.7], scale: billion}, {keyword: ${lang === "ru" ? "средний" : "μέσα"}, unless: [${lang === "ru" ? "средний бизнес" : "μέσα ενημέρωσης"}]}]
      redFlags:
        - id: flag
          label: ${text(n)}
          why: ${text(n)}
          keywords: [${lang === "ru" ? "накрутка" : "αγορά ακολούθων"}]
          practice: [${lang === "ru" ? "купить подписчиков" : "αγοράζω ακόλουθους"}]`,
  )
  .join("\n")}
`;
const dir = contentDir({
  "ru/pure.yaml": bank("ru", (n) => `Русский текст номер ${n}`),
  "el/pure.yaml": bank("el", (n) => `Ελληνικό κείμενο αριθμός ${n}`),
});

// Product names and the Latin terms SMM people say in every language.
const ALLOWED = new Set(["smm", "prep", "SMM", "SEO"]);

/** The Latin words of an output that are not ids, typed commands or allowed terms. */
function englishWords(output: string): string[] {
  const text = output
    .split("\n")
    .filter((line) => !line.trim().startsWith("$ "))
    .join("\n")
    .replace(/\bpure\/q\d\b/g, "")
    .replace(/\[(first|second|flag)\]/g, "");
  return (text.match(/\p{Script=Latin}{2,}/gu) ?? []).filter((w) => !ALLOWED.has(w));
}

describe("the interface speaks the session's language", () => {
  it("list --lang ru has no English words", async () => {
    const { code, stdout } = await runCli(["--content", dir, "list", "--lang", "ru", "--bank", "pure"]);
    expect(code).toBe(0);
    expect(stdout).toContain("рост");
    expect(englishWords(stdout)).toEqual([]);
  });

  it("show --lang el has no English words", async () => {
    const { code, stdout } = await runCli(["--content", dir, "show", "pure/q1", "--lang", "el"]);
    expect(code).toBe(0);
    expect(stdout).toContain("λέξεις-κλειδιά: απήχηση, ακόλουθοι");
    expect(stdout).toContain("βάση στο 60%");
    expect(stdout).toContain("4,5–5,7 δισ.");
    expect(stdout.replace(/\s+/g, " ")).toContain("μέσα (όχι δίπλα σε: μέσα ενημέρωσης)");
    expect(englishWords(stdout)).toEqual([]);
  });

  it("a Russian quiz, its feedback and summary have no English words", async () => {
    const { code, stdout } = await runCli(["--content", dir, "quiz", "--lang", "ru", "--bank", "pure", "--count", "2", "--no-history"], {
      stdin: "охват и конверсии, без накрутки\nне знаю\n",
    });
    expect(code).toBe(0);
    expect(stdout).toContain("Итоги");
    expect(stdout).toMatch(/\d+\u00a0%/);
    expect(englishWords(stdout)).toEqual([]);
  });

  it("stats, review and export speak Russian", async () => {
    const env = { SMM_PREP_HOME: contentDir({}) };
    await runCli(["--content", dir, "quiz", "--lang", "ru", "--bank", "pure", "--count", "2", "--seed", "1"], { stdin: "охват и конверсии\nне знаю\n", env });
    for (const args of [["stats", "--lang", "ru"], ["review", "--lang", "ru", "--cram"], ["export", "--lang", "ru"]]) {
      const { stdout } = await runCli(["--content", dir, ...args], { env, stdin: "" });
      expect(englishWords(stdout.replace(/Markdown/g, ""))).toEqual([]);
    }
  });
});
