// Scoring the grader against labelled answers: micro precision, recall and F1 over every
// (answer, concept or red flag) decision, plus the list of answers where grader and label disagree.
import type { Lang, Question } from "../../../src/content/types.js";
import { gradeAnswer } from "../../../src/grading/index.js";
import type { Grade } from "../../../src/grading/types.js";

/** One labelled answer: what the keyword rules must credit. */
export interface LabelledAnswer {
  lang: Lang;
  /** Question id within the fixture rubrics of that language. */
  q: string;
  answer: string;
  concepts: string[];
  redFlags: string[];
  covers?: string;
  /** The rule family the answer tests (v2 set): negation-pre, stance, numbers… */
  family?: string;
  /** When set, whether the answer must be judged a bare list of terms (v2 set). */
  list?: boolean;
}

/** One answer where the grader and the label disagree. */
export interface Disagreement {
  lang: Lang;
  q: string;
  answer: string;
  kind: "concepts" | "redFlags" | "list";
  missed: string[];
  extra: string[];
}

/** True/false positives and negatives and the figures derived from them. */
export interface Counts {
  answers: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The result of an evaluation: overall, per language, and the disagreements. */
export interface Evaluation extends Counts {
  byLang: Record<string, Counts>;
  /** Per rule family (answers without one count under "-"). */
  byFamily: Record<string, Counts>;
  disagreements: Disagreement[];
}

function finish(c: Omit<Counts, "precision" | "recall" | "f1">): Counts {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Grades every labelled answer against its fixture question and compares the hits with the labels. */
export function evaluate(
  questions: Question[],
  answers: LabelledAnswer[],
  grade: (q: Question, answer: string) => Grade = gradeAnswer,
): Evaluation {
  const byKey = new Map(questions.map((q) => [`${q.lang}/${q.id}`, q]));
  const tally = new Map<string, { answers: number; tp: number; fp: number; fn: number }>();
  const families = new Map<string, { answers: number; tp: number; fp: number; fn: number }>();
  const disagreements: Disagreement[] = [];
  for (const a of answers) {
    const question = byKey.get(`${a.lang}/${a.q}`);
    if (!question) throw new Error(`labelled answer for unknown question ${a.lang}/${a.q}: ${a.answer}`);
    const g = grade(question, a.answer);
    const t = tally.get(a.lang) ?? { answers: 0, tp: 0, fp: 0, fn: 0 };
    const family = a.family ?? "-";
    const f = families.get(family) ?? { answers: 0, tp: 0, fp: 0, fn: 0 };
    t.answers++;
    f.answers++;
    const decisions: [Disagreement["kind"], Set<string>, Set<string>][] = [
      ["concepts", new Set(a.concepts), new Set(g.concepts.filter((r) => r.hit).map((r) => r.id))],
      ["redFlags", new Set(a.redFlags), new Set(g.redFlags.filter((r) => r.hit).map((r) => r.id))],
    ];
    // "It is a bare list" is one more decision, labelled only in the v2 set.
    if (a.list !== undefined) decisions.push(["list", new Set(a.list ? ["list"] : []), new Set(g.list ? ["list"] : [])]);
    for (const [kind, want, got] of decisions) {
      const missed = [...want].filter((id) => !got.has(id));
      const extra = [...got].filter((id) => !want.has(id));
      for (const c of [t, f]) {
        c.tp += want.size - missed.length;
        c.fp += extra.length;
        c.fn += missed.length;
      }
      if (missed.length || extra.length) disagreements.push({ lang: a.lang, q: a.q, answer: a.answer, kind, missed, extra });
    }
    tally.set(a.lang, t);
    families.set(family, f);
  }
  const byLang: Record<string, Counts> = {};
  const all = { answers: 0, tp: 0, fp: 0, fn: 0 };
  for (const [lang, t] of tally) {
    byLang[lang] = finish(t);
    all.answers += t.answers;
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
  }
  const byFamily = Object.fromEntries([...families].map(([name, c]) => [name, finish(c)]));
  return { ...finish(all), byLang, byFamily, disagreements };
}

/** A one-line account of a disagreement, for test failures and the eval script. */
export function describe(d: Disagreement): string {
  const parts = [d.missed.length ? `missed ${d.missed.join(", ")}` : "", d.extra.length ? `extra ${d.extra.join(", ")}` : ""];
  return `${d.lang}/${d.q} ${d.kind}: ${parts.filter(Boolean).join("; ")} :: ${d.answer}`;
}
