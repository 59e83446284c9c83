import { describe, expect, it } from "vitest";
import { cacheDir, contentDirs, dataDir } from "../../../src/io/paths.js";

// The platform is injected, so Windows paths are checked here on any machine; no real home is used.
describe("data and cache directories per platform", () => {
  it.each([
    ["linux", { HOME: "/home/u" }, "/home/u/.local/share/smm-prep", "/home/u/.cache/smm-prep"],
    ["linux", { HOME: "/home/u", XDG_DATA_HOME: "/x/data", XDG_CACHE_HOME: "/x/cache" }, "/x/data/smm-prep", "/x/cache/smm-prep"],
    ["darwin", { HOME: "/Users/u" }, "/Users/u/.local/share/smm-prep", "/Users/u/.cache/smm-prep"],
    ["linux", { HOME: "/home/u", SMM_PREP_HOME: "/p" }, "/p", "/p/cache"],
    ["win32", { LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "C:\\Users\\u\\AppData\\Local\\smm-prep\\Data", "C:\\Users\\u\\AppData\\Local\\smm-prep\\Cache"],
    ["win32", { USERPROFILE: "C:\\Users\\u" }, "C:\\Users\\u\\AppData\\Local\\smm-prep\\Data", "C:\\Users\\u\\AppData\\Local\\smm-prep\\Cache"],
    // XDG variables are a Unix convention; on Windows they are not consulted.
    ["win32", { LOCALAPPDATA: "D:\\Local", XDG_DATA_HOME: "/x/data" }, "D:\\Local\\smm-prep\\Data", "D:\\Local\\smm-prep\\Cache"],
  ] as const)("%s with %o: data %s, cache %s", (platform, env, data, cache) => {
    expect(dataDir(env, platform)).toBe(data);
    expect(cacheDir(env, platform)).toBe(cache);
  });
});

describe("$SMM_PREP_CONTENT is split like PATH", () => {
  it.each([
    ["linux", "/a/banks:/b/banks", ["/a/banks", "/b/banks"]],
    ["linux", "/a::/b:", ["/a", "/b"]],
    ["win32", "C:\\banks;D:\\more banks", ["C:\\banks", "D:\\more banks"]],
    ["win32", "C:\\banks", ["C:\\banks"]],
  ] as const)("%s: %s", (platform, value, dirs) => {
    expect(contentDirs(["--first"], { SMM_PREP_CONTENT: value }, platform)).toEqual(["--first", ...dirs]);
  });
});
