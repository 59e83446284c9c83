import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enginesExcluding, oldestNode } from "../../../scripts/lock-engines.js";
import { ROOT } from "../../support/home.js";

const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), "utf8"));

describe("dependencies keep Node 20 working", () => {
  it("every package in the lockfile accepts the oldest Node that engines allows", () => {
    expect(oldestNode(read("package.json"))).toBe("20.19.0");
    expect(enginesExcluding(read("package-lock.json"), "20.19.0")).toEqual([]);
  });

  it("finds a release that dropped Node 20, as a lockfile regenerated on Node 22 could pull", () => {
    const lock = { packages: { "": {}, "node_modules/@inquirer/core": { version: "12.1.0", engines: { node: "^22.22.2 || ^24.15.0 || >=26.0.0" } }, "node_modules/old": { version: "1.0.0", engines: ["node >= 0.8"] } } };
    expect(enginesExcluding(lock, "20.19.0")).toEqual(["@inquirer/core@12.1.0 needs node ^22.22.2 || ^24.15.0 || >=26.0.0"]);
  });

  it("holds back the @inquirer releases that need Node 22, for direct and nested dependents alike", () => {
    const pkg = read("package.json");
    expect(pkg.devDependencies["@inquirer/core"]).toBe("~12.0.6");
    expect(pkg.overrides).toMatchObject({ "@inquirer/core": "~12.0.6", "@inquirer/ansi": "~2.0.10", "@inquirer/figures": "~2.0.10", "@inquirer/external-editor": "~3.0.7" });
  });
});
