// `smm-prep stats`: flags and help, and the reading of --lang and --since; the report is in stats.ts,
// imported only when the command runs.
import { defineCommand } from "../define.js";
import { FILTER_LANG_FLAG, SINCE_FLAG, readReportFlags, type RawReportFlags } from "../flags.js";

/** The definition of `smm-prep stats`. */
export const statsCommand = defineCommand<RawReportFlags & { json?: boolean }>({
  name: "stats",
  description: "your progress: sessions, average over time, a bar per topic, most-missed concepts, streak",
  flags: [FILTER_LANG_FLAG, SINCE_FLAG, { syntax: "--json", help: "print JSON" }],
  examples: ["smm-prep stats", "smm-prep stats --lang ru --since 2025-03-01", "smm-prep stats --json"],
  async run({ io, globals }, _args, raw) {
    const flags = { ...readReportFlags(raw, io.env), json: Boolean(raw.json) };
    const { stats } = await import("./stats.js");
    return stats(io, globals, flags);
  },
});
