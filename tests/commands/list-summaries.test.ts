// `list` reads only the questions' summaries (dist/content/<lang>.list.json): start-up pays for a
// twentieth of the banks. A build without them falls back to the full banks.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/home.js";
import { runCli } from "../support/io.js";

const built = join(ROOT, "dist", "content");
const only = (files: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), "smm-prep-builtin-"));
  for (const f of files) copyFileSync(join(built, f), join(dir, f));
  return dir;
};

describe("list reads the summaries", () => {
  it("needs nothing but el.list.json, and prints what the full banks would", async () => {
    const full = await runCli(["list", "--lang", "el", "--json"]);
    const summaries = await runCli(["list", "--lang", "el", "--json"], { env: { SMM_PREP_BUILTIN_DIR: only(["el.list.json"]) } });
    expect(summaries.code).toBe(0);
    expect(summaries.stdout).toBe(full.stdout);
    expect(JSON.parse(summaries.stdout)).toHaveLength(39);
  });

  it("falls back to the full banks when a build has no summaries", async () => {
    const { code, stdout } = await runCli(["list", "--lang", "ru", "--json"], { env: { SMM_PREP_BUILTIN_DIR: only(["ru.json"]) } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(39);
  });

  it("show still needs the full bank", async () => {
    const { code, stderr } = await runCli(["show", "faq/engagement-rate", "--lang", "el"], { env: { SMM_PREP_BUILTIN_DIR: only(["el.list.json"]) } });
    expect(code).toBe(2);
    expect(stderr).toContain("holds no readable built-in banks (el.json: no such file)");
  });
});
