// The grading engine's public API: pure functions over plain data (no files, no process, no terminal).
import type { Question } from "../content/types.js";
import { questionKey } from "../content/types.js";
import { DomainError } from "../domain-error.js";
import { compileRubric, type CompiledRubric } from "./compile.js";
import { indexAnswer } from "./match.js";
import { cleanText, originalSlice } from "./normalize.js";
import { isBareList } from "./list-rule.js";
import { isBuzzwordStuffed } from "./buzzword-rule.js";
import { formsVersion } from "./morphology.js";
import { judge, passes, scoreOf } from "./score.js";
import { judgeByLikeness, likenessTo } from "./examples.js";
import type { Grade } from "./types.js";
import { tokenize } from "./words.js";

export { compileRubric } from "./compile.js";
export { registerLanguage } from "./lang/registry.js";
export type { LanguageDefinition } from "./lang/types.js";
export { useForms } from "./morphology.js";
export { clearExamples, exampleWords, useExamples, type ExampleSet, type GradedExample } from "./examples.js";
export type { CompiledItem, CompiledKeyword, CompiledRubric, CompiledWord } from "./compile.js";
export type { ConceptResult, Grade, LikenessResult, RedFlagResult, RejectedMention, RejectionReason } from "./types.js";

/** The longest answer graded, in UTF-16 code units (JavaScript string length): 1,000,000. */
export const MAX_ANSWER_CHARS = 1_000_000;

/** Thrown by gradeAnswer for input it will not grade (too long, not text); its message is one line for the user. */
export class GradingInputError extends DomainError {
  override name = "GradingInputError";
}

// Rubrics compiled on demand are kept by content, not by object identity, so a quiz re-grading a
// question compiles it once and an edited rubric is never graded with stale keywords.
const COMPILED_CACHE_LIMIT = 500;
const compiledCache = new Map<string, CompiledRubric>();

function compiledFor(question: Question): CompiledRubric {
  // The forms table is part of what a rubric compiles to: a new table means new compiled rubrics.
  const key = `${question.lang}\u0000${formsVersion()}\u0000${JSON.stringify(question.rubric)}`;
  let compiled = compiledCache.get(key);
  if (!compiled) {
    compiled = compileRubric(question.rubric, question.lang);
    if (compiledCache.size >= COMPILED_CACHE_LIMIT) compiledCache.clear();
    compiledCache.set(key, compiled);
  }
  return compiled;
}

/** Grades a free-text answer against the question's rubric; compiles the rubric when no compiled one is given. */
export function gradeAnswer(question: Question, answer: string, compiled?: CompiledRubric): Grade {
  if (typeof answer !== "string") throw new GradingInputError("the answer must be text");
  if (answer.length > MAX_ANSWER_CHARS) {
    throw new GradingInputError(
      `the answer is too long to grade: ${answer.length.toLocaleString("en")} characters, the limit is ${MAX_ANSWER_CHARS.toLocaleString("en")}`,
    );
  }
  const rubric = compiled ?? compiledFor(question);
  const clean = cleanText(answer);
  const tokens = tokenize(clean.text, question.lang);
  const empty = tokens.length === 0;
  const list = isBareList(tokens);
  const stuffed = !list && isBuzzwordStuffed(tokens);
  const quote = (start: number, end: number) => originalSlice(answer, clean, start, end);
  const judged = judge(rubric, empty ? null : indexAnswer(tokens, clean.text), quote);
  const { concepts } = judged;
  const score = scoreOf(concepts);
  // The rubric's keywords first; the graded examples only where they are silent (rule 11, examples.ts).
  const like = empty ? null : likenessTo(`${question.lang}:${questionKey(question)}`, question.prompt, tokens, new Set(rubric.redFlags.map((f) => f.id)));
  const words = like ? [...new Set(like.shared.map((i) => quote(tokens[i]?.start ?? 0, tokens[i]?.end ?? 0)))] : [];
  const { redFlags, likeness } = like ? judgeByLikeness(like, judged.redFlags, score, rubric.pass, words) : { redFlags: judged.redFlags, likeness: undefined };
  return {
    question: questionKey(question),
    lang: question.lang,
    score,
    pass: rubric.pass,
    passed: passes({ empty, list, stuffed, score, pass: rubric.pass, redFlags, lifted: likeness?.lifted }),
    empty,
    list,
    stuffed,
    concepts,
    redFlags,
    ...(likeness ? { likeness } : {}),
  };
}

