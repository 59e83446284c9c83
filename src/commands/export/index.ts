// `smm-prep export`: flags, defaults and help, and the reading of their values; the scorecard is in
// export.ts, imported only when the command runs.
import { UserError } from "../../errors.js";
import { defineCommand } from "../define.js";
import { FILTER_LANG_FLAG, SINCE_FLAG, readReportFlags, type RawReportFlags, type ReportFlags } from "../flags.js";

/** The scorecard's formats; the first is the default. */
const FORMATS = ["md", "json"] as const;

interface RawFlags extends RawReportFlags {
  format?: string;
  output?: string;
  force?: boolean;
}

/** The flags of `smm-prep export`, read. */
export interface ExportFlags extends ReportFlags {
  format: (typeof FORMATS)[number];
  output?: string;
  force: boolean;
}

/** Reads the flag values; each bad one is a usage error (exit 2). */
function readExportFlags(raw: RawFlags, env: Record<string, string | undefined>): ExportFlags {
  const format = raw.format ?? FORMATS[0];
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`--format must be ${FORMATS.join(" or ")}, not '${format}'`);
  if (raw.output !== undefined && raw.output.trim() === "") throw new UserError("--output needs a file name, e.g. --output scorecard.md");
  return { ...readReportFlags(raw, env), format: format as ExportFlags["format"], ...(raw.output !== undefined ? { output: raw.output } : {}), force: Boolean(raw.force) };
}

/** The definition of `smm-prep export`. */
export const exportCommand = defineCommand<RawFlags>({
  name: "export",
  description: "a scorecard for a mentor: best and latest score per question, concepts still missed, trend",
  flags: [
    { syntax: "-f, --format <format>", help: `${FORMATS.join(" or ")} (default: ${FORMATS[0]})` },
    SINCE_FLAG,
    { syntax: "-o, --output <file>", help: "write to FILE instead of standard output (never replaces a file without --force)" },
    { syntax: "--force", help: "replace the --output file if it exists" },
    FILTER_LANG_FLAG,
  ],
  examples: ["smm-prep export", "smm-prep export --since 2025-03-01 --output scorecard.md", "smm-prep export --format json --output scorecard.json --force"],
  async run({ io, globals }, _args, raw) {
    const flags = readExportFlags(raw, io.env);
    const { exportScorecard } = await import("./export.js");
    return exportScorecard(io, globals, flags);
  },
});
