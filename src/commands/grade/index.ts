// `smm-prep grade`: flags and help; grading is in grade.ts, imported only when the command runs.
import { defineCommand } from "../define.js";
import { LANG_FLAG } from "../flags.js";
import type { GradeOptions } from "./grade.js";

/** The definition of `smm-prep grade`. */
export const gradeCommand = defineCommand<GradeOptions>({
  name: "grade",
  description: "grade one answer against a question's rubric",
  args: [{ syntax: "<question>", help: "the question as <bank>/<id>, e.g. interview/roi-metrics" }],
  flags: [
    LANG_FLAG,
    { syntax: "-a, --answer <text>", help: "the answer (default: read from standard input)" },
    { syntax: "--json", help: "print the grade as JSON" },
    { syntax: "--record", help: "also add this answer to your practice history" },
  ],
  examples: [
    'smm-prep grade faq/engagement-rate --answer "Engagements divided by followers, times 100"',
    "smm-prep grade faq/engagement-rate --record < answer.txt",
    'echo "Лиды и конверсии в Google Analytics" | smm-prep grade interview/roi-metrics --lang ru --json',
    "smm-prep grade faq/handling-trolls --lang el < answer.txt",
  ],
  async run({ io, globals }, [ref], flags) {
    const { grade } = await import("./grade.js");
    return grade(io, globals, ref as string, flags);
  },
});
