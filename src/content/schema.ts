import { LANGS, SCALES, TOPICS, type Bank, type Concept, type Keyword, type Lang, type Question, type RedFlag, type Rubric, type Source, type Topic } from "./types.js";
import type { Entry, Node, Pos, Problem } from "./tree.js";
import { joinBankFlags } from "./bank-flags.js";
import { didYouMean } from "./suggest.js";
import { fragment } from "./fragment.js";
import { MAX_KEYWORD_CHARS, MAX_KEYWORD_WORDS } from "./limits.js";

/** Default percent of concept weight a question needs to pass. */
const DEFAULT_PASS = 60;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Report = (pos: Pos, message: string) => void;

/** Reads the fields of one map, reporting missing, mistyped and unknown keys. */
class Fields {
  private readonly byKey = new Map<string, Entry>();
  constructor(
    private readonly node: Extract<Node, { kind: "map" }>,
    private readonly what: string,
    private readonly report: Report,
    allowed: readonly string[],
  ) {
    for (const entry of node.entries) {
      if (!allowed.includes(entry.key)) report(entry.keyPos, `unknown key '${fragment(entry.key)}' in ${what}${didYouMean(entry.key, allowed)}`);
      else this.byKey.set(entry.key, entry);
    }
  }
  node_(key: string, required: boolean): Node | undefined {
    const entry = this.byKey.get(key);
    if (!entry && required) this.report(this.node.pos, `${this.what} is missing '${key}'`);
    return entry?.value;
  }
  text(key: string, required = true): string | undefined {
    const node = this.node_(key, required);
    if (!node) return undefined;
    const value = asText(node);
    if (value === undefined || value.trim() === "") this.report(node.pos, `'${key}' must be non-empty text`);
    return value;
  }
  id(key: string): string | undefined {
    const value = this.text(key);
    if (value !== undefined && !ID.test(value)) this.report(this.node_(key, false)!.pos, `'${key}' must be kebab-case (a-z, 0-9, hyphens): '${fragment(value)}'`);
    return value;
  }
  number(key: string, min: number, max: number, integer: boolean): number | undefined {
    const node = this.node_(key, false);
    if (!node) return undefined;
    const value = node.kind === "scalar" && typeof node.value === "number" ? node.value : NaN;
    if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
      this.report(node.pos, `'${key}' must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}`);
      return undefined;
    }
    return value;
  }
  list(key: string, required: boolean): Node[] | undefined {
    const node = this.node_(key, required);
    if (!node) return undefined;
    if (node.kind !== "seq") return void this.report(node.pos, `'${key}' must be a list`);
    if (node.items.length === 0) this.report(node.pos, `'${key}' must not be empty`);
    return node.items;
  }
}

function asText(node: Node): string | undefined {
  if (node.kind !== "scalar") return undefined;
  if (typeof node.value === "string") return node.value;
  return typeof node.value === "number" ? node.source : undefined;
}

function asMap(node: Node, what: string, report: Report): Extract<Node, { kind: "map" }> | undefined {
  if (node.kind === "map") return node;
  report(node.pos, `${what} must be a mapping of keys to values`);
  return undefined;
}

/** Something the grader reads as a word: a letter, a decimal digit or a letter-like number (not "²" or "½"). */
const WORDY = /[\p{L}\p{Nd}\p{Nl}]/u;


/** Why a keyword's text is too long to be one, or undefined. Long phrases would also make grading slow. */
function tooLong(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (text.length > MAX_KEYWORD_CHARS) return `keyword '${fragment(text, 40)}' is ${text.length} characters long; a keyword has at most ${MAX_KEYWORD_CHARS} (split it into shorter ones)`;
  if (words > MAX_KEYWORD_WORDS) return `keyword '${fragment(text, 40)}' has ${words} words; a keyword has at most ${MAX_KEYWORD_WORDS} (split it into shorter ones)`;
  return undefined;
}

/** A keyword's text when it is usable (some word, not too long); null when a length problem was reported already. */
function keywordOf(node: Node, report: Report): string | undefined | null {
  const text = asText(node);
  if (text === undefined || text.trim() === "" || !WORDY.test(text)) return undefined;
  const long = tooLong(text);
  if (long) return report(node.pos, long), null;
  return text;
}

/** One alternative of a co-occurrence: a keyword or a list of alternative keywords. */
function readAlternatives(node: Node, report: Report): string | string[] | undefined {
  if (node.kind !== "seq") {
    const text = keywordOf(node, report);
    if (text === undefined) report(node.pos, "each part of 'all' must be a keyword with letters or digits, or a list of them");
    return text ?? undefined;
  }
  if (node.items.length === 0) return void report(node.pos, "a list of alternatives in 'all' must not be empty");
  const texts = node.items.map((item) => {
    const text = keywordOf(item, report);
    if (text === undefined) report(item.pos, "an alternative in 'all' must be a keyword with letters or digits");
    return text ?? undefined;
  });
  return texts.includes(undefined) ? undefined : (texts as string[]);
}

/** A structured keyword: {all: [...]}, {between: [lo, hi], scale, unit} or {keyword, unless}. */
function readKeywordMap(map: Extract<Node, { kind: "map" }>, report: Report): Keyword | undefined {
  const keys = map.entries.map((e) => e.key);
  const form = keys.includes("all") ? "all" : keys.includes("between") ? "between" : keys.includes("keyword") ? "keyword" : null;
  if (!form) return void report(map.pos, "a keyword map needs 'all' (co-occurrence), 'between' (a number range) or 'keyword' with 'unless' (a sense guard)");
  const allowed = { all: ["all"], between: ["between", "scale", "unit"], keyword: ["keyword", "unless"] }[form];
  const f = new Fields(map, `a '${form}' keyword`, report, allowed);
  if (form === "all") {
    const parts = f.list("all", true) ?? [];
    if (parts.length === 1) report(map.pos, "'all' needs at least two parts; a single keyword can be written as it is");
    const read = parts.map((p) => readAlternatives(p, report));
    return read.includes(undefined) || parts.length < 2 ? undefined : { all: read as (string | string[])[] };
  }
  if (form === "between") {
    const node = f.node_("between", true);
    const values = node?.kind === "seq" ? node.items.map((i) => (i.kind === "scalar" && typeof i.value === "number" ? i.value : NaN)) : [];
    const [lo, hi] = values;
    const ok = values.length === 2 && lo !== undefined && hi !== undefined && Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi && lo >= 0;
    if (node && !ok) report(node.pos, "'between' must be two numbers [low, high] with 0 ≤ low ≤ high");
    const scale = f.text("scale", false);
    if (scale !== undefined && !(scale in SCALES)) report(f.node_("scale", false)!.pos, `unknown scale '${fragment(scale)}'${didYouMean(scale, Object.keys(SCALES))}; scales: ${Object.keys(SCALES).join(", ")}`);
    const unit = f.text("unit", false);
    if (unit !== undefined && unit !== "percent") report(f.node_("unit", false)!.pos, `unknown unit '${fragment(unit)}'${didYouMean(unit, ["percent"])}; the only unit is percent`);
    if (!ok || (scale !== undefined && !(scale in SCALES)) || (unit !== undefined && unit !== "percent")) return undefined;
    return { between: [lo, hi], ...(scale ? { scale: scale as keyof typeof SCALES } : {}), ...(unit ? { unit: "percent" as const } : {}) };
  }
  const keywordNode = f.node_("keyword", true);
  const read = keywordNode ? keywordOf(keywordNode, report) : undefined;
  if (keywordNode && read === undefined) report(keywordNode.pos, "'keyword' must be a keyword with letters or digits");
  const keyword = read ?? undefined;
  const unless = (f.list("unless", true) ?? []).map((item) => {
    const text = keywordOf(item, report);
    if (text === undefined) report(item.pos, "an 'unless' entry must be a keyword with letters or digits");
    return text ?? undefined;
  });
  if (keyword === undefined || unless.length === 0 || unless.includes(undefined)) return undefined;
  return { keyword, unless: unless as string[] };
}

function readKeywords(fields: Fields, key: "keywords" | "practice", required: boolean, report: Report): Keyword[] {
  const items = fields.list(key, required) ?? [];
  const keywords: Keyword[] = [];
  for (const item of items) {
    if (item.kind === "map") {
      const k = readKeywordMap(item, report);
      if (k) keywords.push(k);
      continue;
    }
    const text = asText(item);
    if (text === undefined || text.trim() === "") report(item.pos, "a keyword must be non-empty text or a keyword map");
    else if (!WORDY.test(text)) report(item.pos, `keyword '${fragment(text, 40)}' has no letters or digits, so it can never match`);
    else {
      const long = tooLong(text);
      if (long) report(item.pos, long);
      else keywords.push(text);
    }
  }
  return keywords;
}

function readConcept(node: Node, report: Report, flag: boolean): (Concept & { practice?: Keyword[]; why?: string }) | undefined {
  const what = flag ? "a red flag" : "a concept";
  const map = asMap(node, what, report);
  if (!map) return undefined;
  const f = new Fields(map, what, report, flag ? ["id", "label", "why", "keywords", "practice"] : ["id", "label", "weight", "keywords"]);
  const id = f.id("id");
  const label = f.text("label");
  const weight = flag ? 1 : (f.number("weight", 0.1, 100, false) ?? 1);
  const hasPractice = flag && map.entries.some((e) => e.key === "practice");
  if (flag && !hasPractice && !map.entries.some((e) => e.key === "keywords")) report(map.pos, "a red flag needs 'keywords' (the claim itself) or 'practice' (a practice the answer must not endorse)");
  const keywords = readKeywords(f, "keywords", !flag, report);
  const practice = hasPractice ? readKeywords(f, "practice", true, report) : undefined;
  const why = flag ? f.text("why", false) : undefined;
  return id === undefined || label === undefined ? undefined : { id, label, weight, keywords, ...(practice ? { practice } : {}), ...(why ? { why } : {}) };
}

function reportDuplicateIds(nodes: Node[], items: (Concept | undefined)[], report: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (!item) return;
    const pos = nodes[i]!.pos;
    if (seen.has(item.id)) report(pos, `duplicate concept or red-flag id '${item.id}' (first at line ${seen.get(item.id)})`);
    else seen.set(item.id, pos.line);
  });
}

function readRubric(node: Node, report: Report): Rubric | undefined {
  const map = asMap(node, "rubric", report);
  if (!map) return undefined;
  const f = new Fields(map, "rubric", report, ["pass", "concepts", "redFlags"]);
  const pass = f.number("pass", 1, 100, true) ?? DEFAULT_PASS;
  const conceptNodes = f.list("concepts", true) ?? [];
  const flagNodes = f.list("redFlags", false) ?? [];
  const concepts = conceptNodes.map((n) => readConcept(n, report, false));
  const redFlags = flagNodes.map((n) => readConcept(n, report, true));
  reportDuplicateIds([...conceptNodes, ...flagNodes], [...concepts, ...redFlags], report);
  if (concepts.includes(undefined) || redFlags.includes(undefined)) return undefined;
  return { pass, concepts: concepts as Concept[], redFlags: (redFlags as (Concept & RedFlag)[]).map(({ weight: _w, ...flag }): RedFlag => flag) };
}

function readSource(node: Node, report: Report): Source | undefined {
  const map = asMap(node, "source", report);
  if (!map) return undefined;
  const f = new Fields(map, "source", report, ["article", "item"]);
  const article = f.text("article");
  const item = f.number("item", 1, 10_000, true);
  if (map.entries.every((e) => e.key !== "item")) report(map.pos, "source is missing 'item'");
  return article === undefined || item === undefined ? undefined : { article, item };
}

function readQuestion(node: Node, bank: string, lang: Lang, report: Report): Question | undefined {
  const map = asMap(node, "a question", report);
  if (!map) return undefined;
  const allowed = ["id", "topic", "prompt", "guidance", "answer", "source", "rubric"];
  const f = new Fields(map, "a question", report, allowed);
  const id = f.id("id");
  const topic = f.text("topic");
  if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) {
    report(f.node_("topic", false)!.pos, `unknown topic '${fragment(topic)}'${didYouMean(topic, TOPICS)}; topics: ${TOPICS.join(", ")}`);
  }
  const [prompt, guidance, answer] = [f.text("prompt"), f.text("guidance"), f.text("answer")];
  const sourceNode = f.node_("source", false);
  const source = sourceNode ? readSource(sourceNode, report) : undefined;
  const rubricNode = f.node_("rubric", true);
  const rubric = rubricNode ? readRubric(rubricNode, report) : undefined;
  if ([id, topic, prompt, guidance, answer, rubric].includes(undefined)) return undefined;
  return { id: id!, bank, lang, topic: topic as Topic, prompt: prompt!, guidance: guidance!, answer: answer!, ...(source ? { source } : {}), rubric: rubric! };
}

/** Where a bank file sits: `<dir>/<lang>/<bank>.yaml`; the folder and name it must agree with. */
export interface BankLocation {
  file: string;
  langFolder: string;
  fileBank: string;
}

/** Checks a parsed bank file against the content format; returns the bank only when it has no problems. */
export function readBank(tree: Node | null, where: BankLocation): { bank: Bank | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (pos, message) => problems.push({ file: where.file, ...pos, message });
  const top: Pos = { line: 1, col: 1 };
  if (!(LANGS as readonly string[]).includes(where.langFolder)) {
    report(top, `unsupported language folder '${fragment(where.langFolder)}'${didYouMean(where.langFolder, LANGS)}; supported: ${LANGS.join(", ")}`);
    return { bank: null, problems };
  }
  if (!tree) return report(top, "the file is empty; a bank needs bank, lang, title and questions"), { bank: null, problems };
  const map = asMap(tree, "a bank file", report);
  if (!map) return { bank: null, problems };
  const f = new Fields(map, "the bank", report, ["bank", "lang", "title", "redFlags", "questions"]);
  const bank = f.id("bank");
  const lang = f.text("lang");
  if (bank !== undefined && bank !== where.fileBank) report(f.node_("bank", false)!.pos, `bank '${fragment(bank)}' must equal the file name '${where.fileBank}'`);
  if (lang !== undefined && lang !== where.langFolder) report(f.node_("lang", false)!.pos, `lang '${fragment(lang)}' must equal the folder '${where.langFolder}'`);
  const title = f.text("title");
  // Red flags of the whole bank: practices an interviewer never wants to hear, whatever the question.
  const bankFlagNodes = f.list("redFlags", false) ?? [];
  const bankFlags = bankFlagNodes.map((n) => readConcept(n, report, true));
  reportDuplicateIds(bankFlagNodes, bankFlags, report);
  const shared = bankFlags.filter((x) => x !== undefined).map(({ weight: _w, ...flag }): RedFlag => flag);
  const questions: Question[] = [];
  const lines: number[] = [];
  const seen = new Map<string, number>();
  for (const node of f.list("questions", true) ?? []) {
    const q = readQuestion(node, where.fileBank, where.langFolder as Lang, report);
    if (!q) continue;
    if (seen.has(q.id)) report(node.pos, `duplicate question id '${q.id}' (first at line ${seen.get(q.id)})`);
    else seen.set(q.id, node.pos.line);
    questions.push(q);
    lines.push(node.pos.line);
  }
  if (problems.length > 0 || title === undefined) return { bank: null, problems };
  const bankOut: Bank = { bank: where.fileBank, lang: where.langFolder as Lang, title, file: where.file, ...(shared.length > 0 ? { redFlags: shared } : {}), questions, lines };
  return { bank: joinBankFlags(bankOut), problems };
}
