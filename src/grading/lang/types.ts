// What the grader needs to know about one language. Adding a language means writing one of these
// (plus its content); the matcher only ever asks the registry (registry.ts) for the module of a word.
import type { Script } from "../normalize.js";

/** Turns a normalised word into its stem; one instance per language, created on first use. */
export interface Stemmer {
  stem(norm: string): string;
}

/**
 * One language's rules, as data. Word lists are space-separated and written in normalised form
 * (lower case, no accents in Greek and Latin, σ for ς, ё→е, apostrophes removed), so they compare
 * with Token.norm. Lists marked "by stem" are compared after stemming, so any inflection counts.
 */
export interface LanguageDefinition {
  /** ISO 639-1 code: "ru". */
  code: string;
  /** The script its words are written in. */
  script: Exclude<Script, "other">;
  /** Creates the stemmer (called lazily: stemmer packages load only when grading). */
  stemmer: () => Stemmer;
  /** Extra lemma keys of a normalised word (rule-based lemmas, e.g. Greek aorists); [] when none. */
  lemmaKeys?: (norm: string) => readonly string[];
  /** Keyboard rows, for "a neighbouring key" typos. */
  keyboard: readonly string[];
  /** Its vowels: a vowel written for another is a forgiven slip. */
  vowels: string;
  /** Articles, prepositions, conjunctions and particles: optional in a keyword (rule 5). */
  functionWords: string;
  /** Its articles, among the function words: one may stand for another ("run a giveaway", "run the giveaway"). */
  articles?: string;
  /**
   * Word endings that mark a verb form (space-separated): with glue words they make text a statement,
   * so "Понять клиентов, поставить цели, составить план" is not a bare list. Only where they are reliable.
   */
  verbEndings?: string;
  /** Other glue words (pronouns, auxiliaries): with function words, what makes text a statement, not a list. */
  glueWords: string;
  /** Words that deny what follows them (and, within reach, what precedes them). */
  negations: string;
  /**
   * Words written like a negation but read otherwise, compared as written in lower case with their accents:
   * Greek "πότε" (when) and "κάνεις" (you do) lose their accents to "ποτε" (never) and "κανεισ" (nobody).
   */
  negationHomographs?: string;
  /** Negations that stack rather than cancel (negative concord): "никогда не", "ποτέ δεν". */
  concordNegations: string;
  /** Words that prefer something else to what follows: "instead", "вместо", "αντί". */
  contrastWords: string;
  /** Multi-word contrast triggers, one per line: "rather than". */
  contrastPhrases?: string;
  /**
   * Words that turn a negation into emphasis when they follow it: "not only", "не только", "όχι μόνο";
   * compared by norm.
   */
  pseudoNegations: string;
  /** By stem: a negation followed by these is a double negative, i.e. affirms: "never ignore", "не забывайте". */
  doubleNegatives: string;
  /**
   * Post-negation triggers, one phrase per line, compared by stem: after a mention, in its clause, they
   * deny it ("likes are not the goal", "лайки не главное", "τα likes δεν είναι ο στόχος"). A bare
   * negation word after a mention is not enough: "негатив не удаляю" denies the verb, not "негатив".
   */
  postNegations: string;
  /** Words that end a negation's scope: "but", "because", "а", "но", "αλλά", "γιατί". */
  scopeTerminators: string;
  /** Words that, with negations and function words, make a bare "no" clause: "— точно нет", "absolutely not". */
  bareNegationFillers: string;
  /** Negations meaning "without": "без X никуда" says X is needed (a second negation in the clause affirms). */
  privatives: string;
  /** Conjunctions that turn a sentence: "but", "но", "αλλά"; after a concession, what precedes them is not endorsed. */
  contrastConjunctions: string;
  /** By stem: words that concede: "may", "sure", "хотя", "конечно", "μπορεί", "βέβαια". */
  concessionMarkers: string;
  /** By stem: words that judge a practice negatively: "risky", "вредно", "επικίνδυνο". */
  negativeEvaluations: string;
  /** Words that turn to the alternative: a judgement after them is about not doing it ("…, otherwise you lose"). */
  otherwise?: string;
  /**
   * Openers of a negative cleft, one phrase per line ("what" in "What I wouldn't do is…", "чего" in
   * "Чего не хочу — …", "αυτό που" in "Αυτό που δεν κάνω: …"), and the copulas that close its lead-in.
   */
  cleftOpeners?: string;
  cleftCopulas?: string;
  /** Endings of a first-person verb, where the lead-in's subject is only in the verb ("Αυτό που δεν κάνω"). */
  cleftVerbEndings?: string;
  /** Verb particles and object pronouns between a negation and its verb: "δεν θα το έκανα". */
  verbParticles?: string;
  /** Words after which a negation is about a purpose, not the practice before them: "…so it doesn't look empty". */
  purposeWords?: string;
  /** Words opening a purpose clause that may stand between a practice and its bare "no": "…, чтобы «разогнать», — не вариант". */
  purposeOpeners?: string;
  /** Words opening a condition: someone else inside one is the occasion ("if someone's rude I hide it"). */
  conditionWords?: string;
  /** Phrases, one per line, that put what follows in the past: "used to", "раньше", "παλιά". */
  pastMarkers?: string;
  /** Phrases, one per line, that turn to the present after a past: "now", "теперь", "τώρα". */
  nowMarkers?: string;
  /**
   * Phrases, one per line, compared by norm, that take up a practice just told of someone else as the
   * speaker's own: "do the same", "то же самое", "το ίδιο". "Competitors run like-to-win giveaways; we
   * should do the same" endorses what the first clause only reports.
   */
  adoptionMarkers?: string;
  /** Words that make the next word a means, not a verdict: "through bots", "через ботов", "με bots". */
  instruments: string;
  /** By stem: words that attribute a practice to someone else: "clients", "competitors", "некоторые", "κάποιοι". */
  otherExperiencers: string;
  /**
   * Groups of other people, one phrase per line, compared by norm: "people who", "those who", "те, кто",
   * "όσοι". A bare "people" is not one ("a giveaway where people like…"), but a group that does or
   * thinks something is someone else.
   */
  otherGroups?: string;
  /** Number words and their values, "word value" pairs separated by commas; every listed form counts. */
  numberWords: string;
  /** Scale words and abbreviations with their factors: "billion 1e9, bn 1e9". */
  scaleWords: string;
  /** Words for "percent" (after a number). */
  percentWords: string;
  /** Words joining "six in ten", "шесть из десяти", "έξι στους δέκα". */
  fractionWords: string;
  /** Words for the decimal point in a number said in words: "point", "запятая", "κόμμα". */
  decimalWords: string;
  /**
   * By stem: generic marketing jargon ("engagement", "ROI", "воронка", "στρατηγική"). Said now and then it is
   * ordinary vocabulary; an answer made mostly of it names ideas without saying anything concrete.
   */
  buzzwords: string;
  /** Real words one slip apart that must never be taken for each other's typo, as stem pairs "a b" per line. */
  distinctStems?: string;
}
