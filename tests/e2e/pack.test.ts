import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempHome } from "../support/home.js";

describe("the npm package", () => {
  it("packs into a tarball that installs into an empty folder and runs", () => {
    const out = mkdtempSync(join(tmpdir(), "smm-prep-pack-"));
    // The build already ran (npm test builds first); the pack script only stages and packs it.
    execFileSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/pack.ts"), out], { cwd: ROOT, stdio: "ignore" });
    const tarball = readdirSync(out).find((f) => f.endsWith(".tgz"))!;
    const listing = execFileSync("tar", ["-tzf", join(out, tarball)], { encoding: "utf8" }).split("\n");
    expect(listing).toContain("package/bin/smm-prep.js");
    expect(listing).toContain("package/dist/main.cjs");
    expect(listing).toContain("package/bin/package.json");
    expect(listing).toContain("package/dist/content/el.json");
    expect(listing).toContain("package/LICENSE");
    // The published manifest: no build scripts for npm to warn about on install, internals not importable.
    const manifest = JSON.parse(execFileSync("tar", ["-xzOf", join(out, tarball), "package/package.json"], { encoding: "utf8" }));
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest).toMatchObject({ license: "MIT", exports: { "./package.json": "./package.json" }, repository: { type: "git" }, bugs: { url: expect.any(String) }, homepage: expect.any(String) });
    expect(listing.some((f) => f.startsWith("package/src/") || f.startsWith("package/tests/"))).toBe(false);

    const app = mkdtempSync(join(tmpdir(), "smm-prep-install-"));
    execFileSync("npm", ["init", "-y"], { cwd: app, stdio: "ignore" });
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--offline", join(out, tarball)], { cwd: app, encoding: "utf8" });
    expect(install.status).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|prepare/);
    const run = spawnSync(join(app, "node_modules/.bin/smm-prep"), ["list", "--lang", "en"], {
      cwd: app,
      encoding: "utf8",
      env: { PATH: process.env.PATH, SMM_PREP_HOME: tempHome(), NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/39 questions · English\n$/);
    // Only package.json is exported: the bundle's chunks are not an API.
    const reach = (spec: string) => spawnSync(process.execPath, ["-e", `require(${JSON.stringify(spec)})`], { cwd: app, encoding: "utf8" });
    expect(reach("smm-prep/package.json").status).toBe(0);
    expect(reach("smm-prep/dist/main.cjs").stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
  }, 120_000);
});
