import { LANGS, TOPICS, type Lang, type Topic } from "./types.js";

/** Each topic's name in each interface language; the id stays the key everywhere else. */
export const TOPIC_NAMES: Record<Lang, Record<Topic, string>> = {
  en: {
    basics: "basics",
    strategy: "strategy",
    platforms: "platforms",
    content: "content",
    community: "community",
    growth: "growth",
    analytics: "analytics",
    advertising: "advertising",
    tools: "tools",
    seo: "SEO",
    career: "career",
  },
  ru: {
    basics: "основы",
    strategy: "стратегия",
    platforms: "площадки",
    content: "контент",
    community: "сообщество",
    growth: "рост",
    analytics: "аналитика",
    advertising: "реклама",
    tools: "инструменты",
    seo: "SEO",
    career: "карьера",
  },
  el: {
    basics: "βασικά",
    strategy: "στρατηγική",
    platforms: "πλατφόρμες",
    content: "περιεχόμενο",
    community: "κοινότητα",
    growth: "ανάπτυξη",
    analytics: "μετρήσεις",
    advertising: "διαφήμιση",
    tools: "εργαλεία",
    seo: "SEO",
    career: "καριέρα",
  },
};

// Typed on a phone or a foreign layout, names lose their accents and capitals: compare without them.
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ё/g, "е").trim();

/** The topic a user named, by id or by its name in any language ("рост", "SEO", "ανάπτυξη"); undefined when none. */
export function resolveTopic(input: string): Topic | undefined {
  const wanted = fold(input);
  for (const topic of TOPICS) {
    if (fold(topic) === wanted || LANGS.some((lang) => fold(TOPIC_NAMES[lang][topic]) === wanted)) return topic;
  }
  return undefined;
}

/** Every way a topic can be named on the command line: ids first, then the names in each language. */
export function topicSpellings(): string[] {
  return [...new Set([...TOPICS, ...LANGS.flatMap((lang) => TOPICS.map((t) => TOPIC_NAMES[lang][t]))])];
}
