// The closed word lists behind keyword rules 5 and 6, written in normalised form (lower case,
// Greek without accents and with σ for ς, apostrophes removed) so they compare with Token.norm.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Articles, prepositions, conjunctions and particles that a keyword may contain but an answer may leave out. */
export const FUNCTION_WORDS = set(`
  the a an to of in on at by for from with into onto and or
  в во на и с со по к ко о об обо для за из от у а но или же ли бы
  ο η το τα του τησ των τον την τουσ τισ οι ενα ενασ ενοσ μια μιασ με σε σ στο στη στην στον στα στουσ
  στισ στου στησ και κι για απο απ να θα ωσ προσ
`);

/** Words that make the keyword after them not count (rule 6). "instead"/"вместо"/"αντι" deny what follows too. */
export const NEGATIONS = set(`
  not no never without nor neither cannot instead
  dont doesnt didnt wont wouldnt cant couldnt shouldnt isnt arent wasnt werent havent hasnt hadnt
  mustnt neednt aint
  не нет ни никогда без нельзя вместо никакой никакая никакое никакие никаких никакого никакому никаким никакими
  δεν δε μην μη οχι ποτε χωρισ ουτε ουδεποτε αντι κανενα κανενασ κανεισ καμια καμμια
`);

/**
 * Negations that stack in Russian and Greek instead of cancelling: "никогда не кормлю" and "ποτέ δεν
 * ταΐζω" still say "не кормлю", "δεν ταΐζω". Prepositions such as без/χωρίς do cancel: "никогда без плана".
 */
export const CONCORD_NEGATIONS = set(`
  не ни нет нельзя
  δεν δε μην μη
`);

/**
 * Words that, standing between a negation and the keyword, turn the negation into emphasis:
 * "not only likes", "не только лайки", "όχι μόνο likes", "no doubt", "не говоря уже о продажах".
 */
export const NEGATION_CANCELLERS = set(`
  only just merely simply solely doubt matter mention less
  только лишь просто сомнения сомнений менее говоря
  μονο μονον απλωσ απλα αμφιβολια
`);

/**
 * Real words one slip apart that must never be taken for each other's typo, as pairs of stems.
 * Typo tolerance cannot tell a slip from a different word; these are the known collisions in SMM talk.
 */
export const DISTINCT_STEMS: ReadonlySet<string> = new Set(
  [
    ["кампан", "компан"], // кампания (campaign) / компания (company)
    ["вкладыва", "выкладыва"], // вкладывать (invest) / выкладывать (post)
    ["нескольк", "наскольк"],
    ["автоответ", "автоотчет"], // автоответы (auto-replies) / автоотчёты (auto-reports)
    ["προβολ", "προσβολ"], // προβολές (views) / προσβολές (insults)
    ["μετρικ", "μερικ"], // μετρικές (metrics) / μερικές (some)
    ["contact", "contract"],
    ["market", "marker"],
    ["convert", "concert"],
    ["complaint", "compliant"],
    ["compliment", "complement"],
  ].flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
);
