// A typical question and answer for the benchmark script: 6 concepts × 5 keywords, a ~100-word answer.
// Usage: const c = compileRubric(BENCH_QUESTION.rubric, "en"); gradeAnswer(BENCH_QUESTION, BENCH_ANSWER, c) in a loop.
import type { Question } from "../content/types.js";

/** A realistic English question with a six-concept rubric. */
export const BENCH_QUESTION: Question = {
  id: "bench",
  bank: "bench",
  lang: "en",
  topic: "strategy",
  prompt: "How would you set up and measure the social media of a new online shop?",
  guidance: "",
  answer: "",
  rubric: {
    pass: 60,
    concepts: [
      { id: "conversions", label: "Conversions", weight: 2, keywords: ["conversions", "sales", "purchases", "leads", "revenue"] },
      { id: "goals", label: "Business goals", weight: 1, keywords: ["business goals", "marketing goals", "company objectives", "brand awareness", "OKR"] },
      { id: "kpis", label: "KPIs", weight: 1, keywords: ["KPI", "key performance indicators", "metrics", "engagement rate", "CTR"] },
      { id: "traffic", label: "Traffic", weight: 1, keywords: ["website visits", "traffic", "click-through rate", "UTM tags", "landing page"] },
      { id: "plan", label: "Content plan", weight: 1, keywords: ["content plan", "editorial calendar", "posting schedule", "content pillars", "rubrics"] },
      { id: "audience", label: "Audience", weight: 1, keywords: ["target audience", "personas", "audience research", "customer profile", "segments"] },
    ],
    redFlags: [
      { id: "fake", label: "Fake growth", keywords: ["buy followers", "bought followers", "use bots"] },
      { id: "vanity", label: "Vanity metrics", keywords: ["only likes", "as many likes as possible"] },
    ],
  },
};

/** A ~100-word answer that hits most concepts, with an inflection, a typo and a "not only". */
export const BENCH_ANSWER =
  "I would start from the business goals of the company and translate them into KPIs: for a shop that means " +
  "conversions and sales, for a new brand rather reach and brand awareness. Then I define the target audience " +
  "and a couple of personas, build a content plan with three or four content pillars and a posting schedule, and " +
  "tag every link with UTM tags so website visits can be traced in analytics. Every month I report the engagment " +
  "rate, CTR and leads, not only likes, and adjust the editorial calendar. I would never buy followers.";

/** A long answer of about `chars` characters built from the typical one, for the long-answer benchmark. */
export function benchLongAnswer(chars = 200_000): string {
  return `${BENCH_ANSWER} `.repeat(Math.ceil(chars / (BENCH_ANSWER.length + 1))).slice(0, chars);
}
