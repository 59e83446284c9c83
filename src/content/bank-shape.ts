// A bank that did not come from the YAML checker (a cache entry on disk) is checked here before use:
// anything that is not exactly the shape readBank produces is refused, so a damaged or planted entry
// can neither crash a command nor carry ids that the checker would have refused.
import { MAX_KEYWORD_CHARS } from "./limits.js";
import { LANGS, SCALES, TOPICS, type Bank } from "./types.js";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string";
const isId = (v: unknown) => isText(v) && ID.test(v);
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const every = (v: unknown, check: (x: unknown) => boolean) => Array.isArray(v) && v.every(check);

// The checker's length cap holds here too, so no entry can make phrase matching slow.
const isKeywordText = (v: unknown) => isText(v) && v.length <= MAX_KEYWORD_CHARS;

function isKeyword(k: unknown): boolean {
  if (isKeywordText(k)) return true;
  if (!isObject(k)) return false;
  if ("all" in k) return every(k.all, (part) => isKeywordText(part) || every(part, isKeywordText));
  if ("between" in k) {
    const b = k.between;
    return Array.isArray(b) && b.length === 2 && isNumber(b[0]) && isNumber(b[1]) && (k.scale === undefined || (isText(k.scale) && Object.hasOwn(SCALES, k.scale))) && (k.unit === undefined || k.unit === "percent");
  }
  return isKeywordText(k.keyword) && every(k.unless, isKeywordText);
}

function isItem(v: unknown, flag: boolean): boolean {
  if (!isObject(v) || !isId(v.id) || !isText(v.label) || !every(v.keywords, isKeyword)) return false;
  if (flag) return (v.practice === undefined || every(v.practice, isKeyword)) && (v.why === undefined || isText(v.why));
  return isNumber(v.weight);
}

function isQuestion(q: unknown, bank: string, lang: string): boolean {
  if (!isObject(q) || !isId(q.id) || q.bank !== bank || q.lang !== lang) return false;
  if (!(TOPICS as readonly unknown[]).includes(q.topic) || !isText(q.prompt) || !isText(q.guidance) || !isText(q.answer)) return false;
  if (q.source !== undefined && !(isObject(q.source) && isText(q.source.article) && isNumber(q.source.item))) return false;
  const r = q.rubric;
  return isObject(r) && isNumber(r.pass) && every(r.concepts, (c) => isItem(c, false)) && every(r.redFlags, (f) => isItem(f, true));
}

/** Whether a value read from outside (a cache file) is a bank exactly as the checker builds one. */
export function isBankShape(value: unknown): value is Bank {
  if (!isObject(value) || !isId(value.bank) || !(LANGS as readonly unknown[]).includes(value.lang) || !isText(value.title)) return false;
  if (value.lines !== undefined && !every(value.lines, isNumber)) return false;
  return every(value.questions, (q) => isQuestion(q, value.bank as string, value.lang as string));
}
