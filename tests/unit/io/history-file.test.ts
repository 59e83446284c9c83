import { appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendRecord, historyPath, prepareHistory, readHistory } from "../../../src/io/history.js";
import { tempHome } from "../../support/home.js";
import { makeRecord, writeHistory } from "../../support/history.js";

describe("history.jsonl", () => {
  it("lives in SMM_PREP_HOME, else XDG_DATA_HOME/smm-prep", () => {
    expect(historyPath({ SMM_PREP_HOME: "/h" })).toBe("/h/history.jsonl");
    expect(historyPath({ XDG_DATA_HOME: "/x" })).toBe("/x/smm-prep/history.jsonl");
  });

  it("is created owner-only (0600) in an owner-only directory (0700)", () => {
    const file = join(tempHome(), "deep", "er", "history.jsonl");
    expect(prepareHistory(file)).toBeUndefined();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, "..")).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("appends one whole line per record and reads them back in order", () => {
    const env = { SMM_PREP_HOME: tempHome() };
    const file = historyPath(env);
    const records = [makeRecord({ score: 10 }), makeRecord({ score: 20 }), makeRecord({ score: 30 })];
    for (const r of records) expect(appendRecord(file, r)).toBeUndefined();
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")).toHaveLength(4);
    expect(text.endsWith("\n")).toBe(true);
    expect(readHistory(env)).toEqual({ file, records, damaged: [] });
  });

  it("skips damaged lines, reports where they are, and never changes the file", () => {
    const home = tempHome();
    const file = writeHistory(home, [makeRecord({ score: 10 }), "{not json\n", "\n", makeRecord({ score: 20 }), '{"v":1,"time":"2025-03-01T1']);
    const before = readFileSync(file);
    const history = readHistory({ SMM_PREP_HOME: home });
    expect(history.records.map((r) => r.score)).toEqual([10, 20]);
    expect(history.damaged).toEqual([
      { line: 2, reason: "not JSON" },
      { line: 5, reason: "not JSON" },
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("starts a new line after a damaged last line, leaving its bytes as they were", () => {
    const home = tempHome();
    const torn = '{"v":1,"time":"2025-03-01T1';
    const file = writeHistory(home, [makeRecord({ score: 10 }), torn]);
    expect(appendRecord(file, makeRecord({ score: 20 }))).toBeUndefined();
    const text = readFileSync(file, "utf8");
    expect(text).toBe(`${JSON.stringify(makeRecord({ score: 10 }))}\n${torn}\n${JSON.stringify(makeRecord({ score: 20 }))}\n`);
    expect(readHistory({ SMM_PREP_HOME: home }).records.map((r) => r.score)).toEqual([10, 20]);
  });

  it("means no history when the file does not exist yet", () => {
    expect(readHistory({ SMM_PREP_HOME: tempHome() }).records).toEqual([]);
  });

  it("reports a data directory it cannot create or write, without throwing", () => {
    const home = tempHome();
    writeFileSync(join(home, "a-file"), "");
    const file = join(home, "a-file", "history.jsonl");
    // mkdir reports a file in the way as EEXIST.
    expect(prepareHistory(file)).toEqual({ file, code: "EEXIST" });
    expect(appendRecord(file, makeRecord())).toEqual({ file, code: "EEXIST" });
  });

  it("refuses to read a history that is a directory, as one clear line", () => {
    const home = tempHome();
    mkdirSync(join(home, "history.jsonl"));
    expect(() => readHistory({ SMM_PREP_HOME: home })).toThrow(/^cannot read the practice history .*history\.jsonl: it is a directory$/);
  });

  it("does not tighten or loosen an existing file's permissions", () => {
    const home = tempHome();
    const file = join(home, "history.jsonl");
    appendFileSync(file, "", { mode: 0o640 });
    appendRecord(file, makeRecord());
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});
