// A clone in a folder whose path has a space and non-ASCII letters (~/Документы/smm prep) builds and
// runs: the scripts turn their URL into a path with fileURLToPath, not URL.pathname (%D0%94…).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/home.js";

describe("a clone in a folder named 'Документы/smm prep'", () => {
  it("builds and lists", { timeout: 120_000 }, () => {
    const dir = join(mkdtempSync(join(tmpdir(), "smm-prep-odd-")), "Документы", "smm prep");
    mkdirSync(dir, { recursive: true });
    // tests/blind too: the build makes the graded examples from its tuning split.
    for (const part of ["bin", "content", "scripts", "src", join("tests", "blind"), "package.json", "tsconfig.json"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    const build = spawnSync(process.execPath, [join(dir, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/build.ts"], { cwd: dir, encoding: "utf8" });
    expect(build.stderr).not.toMatch(/ENOENT|%D0/);
    expect(build.status).toBe(0);
    expect(existsSync(join(dir, "dist", "content", "en.json"))).toBe(true);
    const list = spawnSync(process.execPath, [join(dir, "bin", "smm-prep.js"), "list", "--lang", "en", "--json"], { cwd: dir, encoding: "utf8", env: { ...process.env, SMM_PREP_HOME: mkdtempSync(join(tmpdir(), "smm-prep-home-")) } });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(39);
  });
});
