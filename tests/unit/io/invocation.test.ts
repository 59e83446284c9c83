// Which command prefix the suggestions print: the way smm-prep runs in the user's own shell.
import { describe, expect, it } from "vitest";
import { invocation } from "../../../src/io/invocation.js";

const on = (...files: string[]) => (path: string) => files.includes(path);

describe("the command smm-prep suggests", () => {
  it.each<[string, Record<string, string>, NodeJS.Platform, string[], string]>([
    ["npx in a clone", { npm_command: "exec", npm_lifecycle_event: "npx", PATH: "/repo/node_modules/.bin:/usr/bin" }, "linux", [], "npx smm-prep"],
    ["npx even where a global install exists", { npm_command: "exec", PATH: "/usr/local/bin" }, "linux", ["/usr/local/bin/smm-prep"], "npx smm-prep"],
    ["a global install on PATH", { PATH: "/usr/bin:/usr/local/bin" }, "linux", ["/usr/local/bin/smm-prep"], "smm-prep"],
    ["node bin/smm-prep.js in a clone", { PATH: "/usr/bin" }, "linux", [], "npx smm-prep"],
    ["an npm script: its node_modules/.bin is not the user's PATH", { npm_command: "run-script", PATH: "/p/node_modules/.bin:/usr/bin" }, "linux", ["/p/node_modules/.bin/smm-prep"], "npx smm-prep"],
    ["no PATH at all", {}, "linux", [], "npx smm-prep"],
    ["Windows: the .cmd shim npm installs, PATH split on ;", { Path: "C:\\Windows;C:\\Users\\a\\AppData\\Roaming\\npm" }, "win32", ["C:\\Users\\a\\AppData\\Roaming\\npm\\smm-prep.cmd"], "smm-prep"],
  ])("%s", (_name, env, platform, files, expected) => {
    expect(invocation(env, platform, on(...files))).toBe(expected);
  });
});
