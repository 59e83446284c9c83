import { resolve } from "node:path";
import { fragment } from "../content/fragment.js";
import { didYouMean } from "../content/suggest.js";
import { formatProblem, type Node, type Pos, type Problem } from "../content/tree.js";
import { LANGS, type Lang } from "../content/types.js";
import { UserError } from "../errors.js";
import { describeReadError, FileReadError, readRegularFile } from "./regular-file.js";

/** Answers files larger than this are refused unread. */
const MAX_ANSWERS_FILE_BYTES = 8 * 1024 * 1024;

/** One prepared answer from the file, with where its parts are, for located messages. */
export interface AnswerEntry {
  ref: string;
  lang?: Lang;
  answer: string;
  refPos: Pos;
  answerPos: Pos;
}

/** A checked `--answers` file: its optional default language and its answers in order. */
export interface AnswersFile {
  file: string;
  lang?: Lang;
  entries: AnswerEntry[];
}

/** Turns the problems found in an answers file into one user error: one located line, or all of them. */
export function answersFileError(file: string, problems: Problem[]): UserError {
  if (problems.length === 1) return new UserError(formatProblem(problems[0]!));
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
  return new UserError(`${problems.length} problems in ${file}`, 2, sorted.map(formatProblem));
}

/** Reads and checks `--answers FILE`; any problem is a user error located as file:line:column (exit 2). */
export async function readAnswersFile(file: string, cwd: string): Promise<AnswersFile> {
  const text = readText(file, cwd);
  // Imported here: the YAML parser is only needed by sessions that read a file.
  const { parseYamlSource } = await import("../content/yaml-source.js");
  const parsed = parseYamlSource(text, file);
  const problems = [...parsed.problems];
  const result = parsed.tree && problems.length === 0 ? checkAnswers(parsed.tree, file, problems) : undefined;
  if (problems.length > 0 || !result) throw answersFileError(file, problems.length > 0 ? problems : [{ file, line: 1, col: 1, message: "the file is empty; expected 'answers:' with a list" }]);
  return result;
}

function readText(file: string, cwd: string): string {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    // A FIFO or a device (/dev/zero) is refused unread, and no file is read past the cap whatever its size said.
    bytes = readRegularFile(path, MAX_ANSWERS_FILE_BYTES);
  } catch (err) {
    if (err instanceof FileReadError && err.code === "EFBIG") throw new UserError(`${file}: the answers file is ${err.size} bytes; the limit is ${MAX_ANSWERS_FILE_BYTES} bytes (8 MiB)`);
    throw new UserError(`cannot read answers file ${file}: ${describeReadError(err)}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}:1:1: the answers file is not valid UTF-8 text; save it as UTF-8`);
  }
}

/** Checks the tree's shape (`lang`, `answers: [{question, lang, answer}]`), reporting every problem. */
function checkAnswers(tree: Node, file: string, problems: Problem[]): AnswersFile | undefined {
  const report = (pos: Pos, message: string) => problems.push({ file, ...pos, message });
  const root = fields(tree, "the answers file", ["lang", "answers"], report);
  if (!root) return undefined;
  const lang = langOf(root.get("lang"), report);
  const list = root.get("answers");
  if (!list) return void report(tree.pos, "the answers file is missing 'answers' (a list of {question, answer})");
  if (list.kind !== "seq") return void report(list.pos, "'answers' must be a list");
  if (list.items.length === 0) report(list.pos, "'answers' must not be empty");
  const entries = list.items.flatMap((item) => {
    const entry = fields(item, "an answer", ["question", "lang", "answer"], report);
    if (!entry) return [];
    const ref = entry.get("question");
    const answer = entry.get("answer");
    if (!ref) report(item.pos, "an answer is missing 'question' (e.g. faq/engagement-rate)");
    else if (ref.kind !== "scalar" || typeof ref.value !== "string" || ref.value.trim() === "") report(ref.pos, "'question' must be a question id such as faq/engagement-rate");
    if (!answer) report(item.pos, "an answer is missing 'answer' (the text to grade)");
    else if (answer.kind !== "scalar" || answer.value === null) report(answer.pos, "'answer' must be text");
    const entryLang = langOf(entry.get("lang"), report);
    if (!ref || !answer || ref.kind !== "scalar" || answer.kind !== "scalar" || typeof ref.value !== "string" || answer.value === null) return [];
    // A number such as `answer: 30` is kept as written, not as the number YAML read.
    const text = typeof answer.value === "string" ? answer.value : answer.source;
    return [{ ref: ref.value.trim(), answer: text, refPos: ref.pos, answerPos: answer.pos, ...(entryLang ? { lang: entryLang } : {}) }];
  });
  return { file, entries, ...(lang ? { lang } : {}) };
}

/** A map's values by key, reporting unknown keys (with a did-you-mean) and non-maps. */
function fields(node: Node, what: string, allowed: readonly string[], report: (pos: Pos, message: string) => void): Map<string, Node> | undefined {
  if (node.kind !== "map") return void report(node.pos, `${what} must be a mapping of ${allowed.map((k) => `'${k}'`).join(", ")}`);
  const out = new Map<string, Node>();
  for (const entry of node.entries) {
    if (allowed.includes(entry.key)) out.set(entry.key, entry.value);
    else report(entry.keyPos, `unknown key '${fragment(entry.key)}' in ${what}${didYouMean(entry.key, allowed)}`);
  }
  return out;
}

function langOf(node: Node | undefined, report: (pos: Pos, message: string) => void): Lang | undefined {
  if (!node) return undefined;
  const value = node.kind === "scalar" && typeof node.value === "string" ? node.value.toLowerCase() : "";
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  report(node.pos, `'lang' must be one of ${LANGS.join(", ")}${didYouMean(value, LANGS)}`);
  return undefined;
}
