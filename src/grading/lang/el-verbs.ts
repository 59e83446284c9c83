// Greek verb keys: join verb forms that the @nlpjs/lang-el stemmer splits from their present form
// (έγραψα/γράφω, διέγραψα/διαγράφω, μετρήθηκε/μετράω, είπα/λέω). Two words are forms of one verb when
// their key sets meet. Pure and table-driven: every table is built once, a call is a few suffix tests.
//
// A key is either the present 1sg of an irregular verb ("δινω") or "root|class" for regular verbs,
// where class names how the stem's last consonant changes between tenses:
//   L labial  γράφ-ω  έγραψ-α  γράφτ-ηκε  γραμμ-ένο     → "γρα|L"
//   K velar   ελέγχ-ω έλεγξ-α  ελέγχθ-ηκε ελεγμ-ένο     → "ελε|K"
//   D dental, vowel or dropped ν: αγοράζ-ω αγόρασ-α αγοράστ-ηκαν, σβήν-ω έσβησ-α → "αγορα|D", "σβη|D"
//   R liquid or other, no sound change: προσφέρ-ω πρόσφερ-α → "προσφερ|R"
//   C contract (-ώ/-άω): απαντ-ώ απάντησ-α απαντήθ-ηκε απαντημ-ένο → "απαντ|C"
// A -ζω verb gets both D and K (αγόρασα but έπαιξα). Keys that name no real verb are harmless: they only
// matter when two words share one, and the tests hold the pairs that must stay apart.
//
// Decisions: a noun that is itself an aorist-looking form may join its verb when the meaning is the same
// (αναλύσεις ~ αναλύω, πωλήσεις ~ πωλώ, δημοσιεύσεις ~ δημοσιεύω). The noun αγορά stays apart from
// αγοράζω: it only gets "αγορ|R", and -ασα is never read as a contract aorist (γέλασα is listed as
// irregular instead), so no αγοράζω form has that key; the stemmer already groups αγορά/αγορές.
// -όμενος/-ούμενος participles are left alone (περιεχόμενο "content" ≠ περιέχει "contains").

const SETS: Record<string, readonly string[]> = {
  // present and subjunctive active (also the aorist subjunctive on an aorist stem: γράψω, δώσει)
  W: ["ω", "εις", "ει", "ουμε", "ομε", "ετε", "ειτε", "ουν", "ουνε", "οντας"],
  // imperfect and aorist active; imperative -ε
  A: ["α", "ες", "ε", "αμε", "ατε", "αν", "ανε"],
  // passive aorist after its θ/τ stem, and the strong aorists μπήκα, βρήκα
  K: ["ηκα", "ηκες", "ηκε", "ηκαμε", "ηκατε", "ηκαν", "ηκανε"],
  // passive present and imperfect
  M: ["ομαι", "εσαι", "εται", "ομαστε", "εστε", "ονται", "ομουν", "ομουνα", "οσουν", "οταν", "οτανε", "ομασταν", "οσασταν", "ονταν"],
  // contract present, imperfect and passive (απαντάω, απαντούσε, θεωρείται, αγαπιέται)
  C: [
    "ω", "αω", "αεις", "αει", "αμε", "ατε", "ανε", "ουμε", "ειτε", "ουν", "ουνε", "εις", "ει", "ωντας",
    "ουσα", "ουσες", "ουσε", "ουσαμε", "ουσατε", "ουσαν", "ουσανε", "αγα", "αγες", "αγε", "αγαμε", "αγατε", "αγαν",
    "ουμαι", "εισαι", "ειται", "ουμαστε", "ειστε", "ουνται", "ιεμαι", "ιεσαι", "ιεται", "ιομαστε", "ιεστε", "ιουνται",
    "ιομουν", "ιοταν", "ιονταν",
  ],
  // perfect passive participle, after its -μ- (δημοσιευμένο, απαντημένες, γραμμένα)
  P: ["ενος", "ενη", "ενο", "ενοι", "ενου", "ενων", "ενους", "ενα", "ενες", "ενης", "ενε"],
};

// Irregular verbs: key, then its stems, each "stem+SETS" (sets from SETS above) or a whole word.
// Augmented stems are listed as written (έδωσα = εδωσ+A); unaugmented 2-syllable "δωσα" is harmless.
const IRREGULAR: Record<string, string> = {
  δινω: "διν+WAM εδιν+A εδωσ+A δωσ+WA δωστε δοθ+KW δοσμ+P",
  λεω: "λεω λες λει λεμε λετε λενε λεγ+WAM ελεγ+A ειπ+A π+W πες πειτε ειπωθ+KW λεχθ+KW ειπωμ+P",
  βλεπω: "βλεπ+WAM εβλεπ+A ειδ+A δ+W δες δειτε δεστε ειδωθ+KW ιδωθ+W",
  βαζω: "βαζ+WAM εβαζ+A εβαλ+A βαλ+WA βαλτε βαλθ+KW βαλμ+P",
  βγαζω: "βγαζ+WAM εβγαζ+A εβγαλ+A βγαλ+WA βγαλτε βγαλθ+KW βγαλμ+P",
  μπαινω: "μπαιν+WA εμπαιν+A μπ+KW μπες",
  βγαινω: "βγαιν+WA εβγαιν+A βγ+KW βγες",
  παιρνω: "παιρν+WAM επαιρν+A πηρ+A παρ+W παρε παρτε παρθ+KW",
  τρωω: "τρωω τρωσ τρωει τρωμε τρωτε τρωνε τρωγ+WA ετρωγ+A εφαγ+A φαγ+A φαω φασ φαει φαμε φατε φανε φαε φαγωθ+KW φαγωμ+P",
  πινω: "πιν+WA επιν+A ηπι+A πι+W πιεσ πιειτε πιωθ+KW",
  ερχομαι: "ερχ+M ηρθ+A ερθ+W ηλθ+A ελθ+W ελα ελατε",
  ανεβαινω: "ανεβαιν+WA ανεβ+KW",
  κατεβαινω: "κατεβαιν+WA κατεβ+KW",
  κανω: "καν+WA εκαν+A κανοντασ",
  ξερω: "ξερ+WA ηξερ+A",
  θελω: "θελ+WA ηθελ+A θελησ+WA ηθελησ+A θεληθ+K",
  εχω: "εχ+WA ειχ+A",
  ειμαι: "ειμαι εισαι ειναι ειμαστε ειστε ημουν ημουνα ησουν ησουνα ηταν ητανε ημασταν ησασταν",
  πηγαινω: "πηγαιν+WA πηγα πηγε πηγαμε πηγατε πηγαν πηγανε παω πασ παει παμε πατε πανε παγαιν+WA",
  καταλαβαινω: "καταλαβαιν+WAM καταλαβ+WA",
  μαθαινω: "μαθαιν+WAM εμαθ+A μαθ+WA",
  βρισκω: "βρισκ+WAM εβρισκ+A βρ+KW βρεθ+KW",
  στελνω: "στελν+WAM εστελν+A εστειλ+A στειλ+WA στειλτε σταλθ+KW σταλμ+P",
  δενω: "δεν+WAM εδεν+A εδεσ+A δεσ+WA δεστε δεθ+KW δεμ+P",
  αυξανω: "αυξαν+WAM αυξησ+WA ηυξησ+A αυξηθ+KW αυξημ+P",
  πεφτω: "πεφτ+WA επεφτ+A επεσ+A πεσ+WA πεστε",
  μενω: "μεν+WA εμεν+A εμειν+A μειν+WA",
  γινομαι: "γιν+M εγιν+A γιν+A γινοταν",
  ζω: "ζω ζεις ζει ζουμε ζειτε ζουν ζουνε ζουσα ζουσε ζουσαν εζησ+A ζησ+WA",
  δεχομαι: "δεχ+M εδεχ+M δεχτ+KW δεχθ+KW",
  ψαχνω: "ψαχν+WAM εψαχν+A εψαξ+A ψαξ+WA ψαχτ+KW ψαξτε",
  χανω: "χαν+WAM εχαν+A εχασ+A χασ+WA χαστε χαθ+KW χαμ+P",
  λυνω: "λυω λυν+WAM ελυν+A ελυσ+A λυσ+WA λυστε λυθ+KW λυμ+P",
  περναω: "περν+C περασ+WA περαστ+K",
  ξεχναω: "ξεχν+C ξεχασ+WA ξεχαστ+K",
  γελαω: "γελ+C γελασ+WA γελαστ+K",
  πεταω: "πετ+C πεταξ+WA πεταχτ+K",
};

// Prepositional prefixes and their internal augment: διαγράφω → διέγραψα, αναλύω → ανέλυσα.
const AUGMENTED_PREFIX: Record<string, string> = {
  διε: "δια", ανε: "ανα", κατε: "κατα", απε: "απο", επε: "επι", μετε: "μετα", παρε: "παρα", συνε: "συν",
  εξε: "εκ", υπε: "υπο", προσε: "προσ", αντε: "αντι", περιε: "περι", προε: "προ", ενε: "εν", εισε: "εισ",
};
const PREFIXES = ["δια", "ανα", "κατα", "απο", "επι", "μετα", "παρα", "συν", "εκ", "υπο", "προσ", "αντι", "περι", "προ", "εισ"];
// Only these irregulars compound with a preposition (παραδίνω/παρέδωσα, αποστέλνω/απέστειλα); προσβάλλω is
// not προσ- + βάζω. Any irregular takes ξανα- (ξανάβαλα, ξαναείπα).
const COMPOUNDING = new Set(["δινω", "στελνω", "μαθαινω"]);

// Wrong merges found by the tests or the word-list check: these words get no key at all.
// ορισμένος is "certain, some" far more often than "defined" (ορίζω).
const NO_KEYS = /^(μεσω|μεσα|χωρισ|ορισμεν.*)$/;

// Tables are written with a final ς for readability; words arrive normalised with σ.
const fold = (s: string): string => s.replace(/ς/g, "σ");

const VOWEL_GROUP = /αι|ει|οι|ου|υι|αυ|ευ|[αεηιουω]/g;
// Normalising drops the diaeresis, so τάισα (τά-ι-σα) reads as 2 syllables; count αι/οι before σ, ξ, ψ as two.
const syllables = (w: string): number => (w.match(VOWEL_GROUP)?.length ?? 0) + (/[αο]ι[σξψ]/.test(w) ? 1 : 0);

// The ending sets, longest ending first, so a word is tried against each set's longest match only.
const BY_LENGTH = Object.fromEntries(
  Object.entries(SETS).map(([k, v]) => [k, v.map(fold).sort((a, b) => b.length - a.length)]),
) as Record<keyof typeof SETS, string[]>;
// The same, grouped by last letter, so a call tests only the endings that can match.
const BY_LAST: Record<string, Map<string, string[]>> = {};
for (const [set, ends] of Object.entries(BY_LENGTH)) {
  const byLast = (BY_LAST[set] = new Map<string, string[]>());
  for (const end of ends) byLast.set(end.at(-1) ?? "", [...(byLast.get(end.at(-1) ?? "") ?? []), end]);
}

// Irregular forms, built once: form → key.
const IRREGULAR_FORMS = new Map<string, string>();
for (const [key, spec] of Object.entries(IRREGULAR)) {
  IRREGULAR_FORMS.set(key, key);
  for (const item of fold(spec).split(" ")) {
    const [stem = "", sets] = item.split("+");
    if (!sets) { IRREGULAR_FORMS.set(stem, key); continue; }
    for (const set of sets) for (const end of BY_LENGTH[set] ?? []) IRREGULAR_FORMS.set(stem + end, key);
  }
}

/** Keys of one verb stem (present, aorist, passive or participle stem alike) by its final consonants. */
function stemKeys(stem: string, out: Set<string>): void {
  let m: RegExpExecArray | null;
  if (stem.length < 3) return;
  // The -βάλλω family: προβλήθηκε/προσβλήθηκε belong to προβάλλω/προσβάλλω.
  if (stem.endsWith("βληθ")) { out.add(`${stem.slice(0, -4)}βαλ|R`); return; }
  // A root must end in a vowel (αρκώ and αργώ would both be "αρ|K") and have 3+ letters: 2-letter roots
  // join unrelated words (λέξεις/έλεγχα "λε", πάνω/πάθω "πα", κάθεσαι/καμένα "κα"); χάνω, λύνω are irregular.
  const add = (root: string, cls: string) => { if (root.length >= 3 && /[αεηιουω]$/.test(root)) out.add(`${root}|${cls}`); };
  if ((m = /(μπ|πτ|φτ|φθ|μμ|ψ|π|β|φ)$/.exec(stem))) add(stem.slice(0, m.index), "L");
  // -ικ- is the adjective suffix (βασικά, πολιτικές), not a velar verb stem (βασίζω, πολιτίζω).
  else if ((m = /(γχθ|γχτ|γξ|γχ|γγ|γκ|σκ|σσ|ττ|χθ|χτ|χν|ξ|κ|γ|χ)$/.exec(stem))) { if (!stem.endsWith("ικ")) add(stem.slice(0, m.index), "K"); }
  else if (stem.endsWith("ζ")) { add(stem.slice(0, -1), "D"); add(stem.slice(0, -1), "K"); }
  // Dental: σ aorists, σθ/στ/θ passives and the -ευτ/-αυτ passive (δημοσιεύτηκε). A bare -τ- is a root
  // consonant (ζητώ is no ζήσω).
  else if ((m = /(σθ|στ|θ|σ|(?<=υ)τ)$/.exec(stem))) {
    const root = stem.slice(0, m.index);
    if (/[λρνμ]$/.test(root) && root.length >= 3) out.add(`${root.replace(/(.)\1$/, "$1")}|R`); // προσφέρθηκε, στάλθηκε
    else {
      add(root, "D");
      // απάντησα, απαντήθηκε, μπόρεσα: the contract verb's stem before -η-/-ε-
      if (/[ηε]$/.test(root) && root.length >= 4) out.add(`${root.slice(0, -1)}|C`);
    }
  } else if (/(ει|[ηυωα])ν$/.test(stem) && !stem.endsWith("αιν")) add(stem.slice(0, -1), "D"); // σβήνω, πληρώνω
  else if (/[αεηιουω]$/.test(stem)) add(stem, "D"); // δημοσιεύω, αναλύω
  else out.add(`${stem.replace(/(.)\1$/, "$1")}|R`); // no sound change; προσβάλλω/πρόσβαλα
}

/** The stems a word may have under one ending set: longest matching ending, stem of 2+ letters. */
function split(word: string, set: keyof typeof SETS): string | null {
  for (const end of BY_LAST[set]?.get(word.at(-1) ?? "") ?? []) if (word.endsWith(end) && word.length - end.length >= 2) return word.slice(0, -end.length);
  return null;
}

/** Spellings of a past form without its augment: έγραψα → γραψα, διέγραψα → διαγραψα. */
function deaugment(word: string, stem: string): string[] {
  const out = [stem];
  // Syllabic augment: only a stressed ε-, so only 3-syllable words (έγραψα, έσβησαν).
  if (/^ε[^αεηιουω]/.test(word) && syllables(word) === 3) out.push(stem.slice(1));
  for (let n = 3; n <= 5; n++) {
    const base = AUGMENTED_PREFIX[word.slice(0, n)];
    if (base && syllables(word.slice(n)) === 2) out.push(base + stem.slice(n));
  }
  return out;
}

/** Keys of a compound of an irregular verb: παρέδωσα, παραδίνω → "παραδινω". */
function compoundKey(word: string): string | undefined {
  for (let n = 2; n <= 5; n++) {
    const head = word.slice(0, n);
    const base = AUGMENTED_PREFIX[head] ?? (PREFIXES.includes(head) ? head : undefined);
    const rest = word.slice(n);
    const key = base && rest.length >= 3 ? IRREGULAR_FORMS.get(rest) : undefined;
    if (base && key && COMPOUNDING.has(key)) return base + key;
  }
  const again = word.startsWith("ξανα") ? IRREGULAR_FORMS.get(word.slice(4)) : undefined;
  return again && `ξανα${again}`;
}

/** Canonical keys of a normalised Greek word's verb readings; forms of one verb share a key, [] for no verb reading. */
export function greekVerbKeys(norm: string): string[] {
  const irregular = IRREGULAR_FORMS.get(norm);
  if (irregular) return [irregular];
  if (norm.length < 4 || norm.length > 30 || NO_KEYS.test(norm) || !/^[α-ω]+$/.test(norm)) return [];
  const out = new Set<string>();
  const compound = compoundKey(norm);
  if (compound) out.add(compound);
  const syl = syllables(norm);

  const w = split(norm, "W");
  if (w) stemKeys(w, out);
  const c = split(norm, "C");
  if (c && c.length >= 3) out.add(`${c}|C`);
  const p = split(norm, "M");
  if (p) stemKeys(p, out);
  const k = split(norm, "K");
  if (k && /[θτ]$/.test(k)) stemKeys(k, out);

  const a = k ? null : split(norm, "A"); // γράφτηκε is no -ε form of "γραφτηκ-"
  if (a) {
    const plural = /(αμε|ατε|ανε)$/.test(norm);
    // Singular and 3pl past forms are stressed on the third syllable from the end, so they have 3+
    // syllables (μέσα, πόλεις are no past forms); the imperative γράψε, αγόρασε has 2+.
    const imperative = norm.endsWith("ε") && /[σξψ]$/.test(a);
    // A past stem ending in a vowel is -ευ/-αυ/-ου (δημοσίευα); αξία, εταιρεία are nouns. A stem in -τ is
    // a noun in -τες (πελάτες, επισκέπτες).
    const shape = !/([^υ]|^)[αεηιοω]$|τ$/.test(a);
    if (shape && (plural || syl >= 3 || imperative)) for (const s of deaugment(norm, a)) stemKeys(s, out);
  }
  // Aorist imperative plural: γράψτε, αγοράστε.
  const t = /[σξψ]τε$/.test(norm) ? norm.slice(0, -2) : null;
  if (t) stemKeys(t, out);
  // Perfect participle: stem before -μεν-, but not the -όμενος/-ούμενος present participles.
  const m = split(norm, "P");
  if (m && m.endsWith("μ") && !/ου?μ$/.test(m)) {
    const s = m.slice(0, -1);
    if (s.endsWith("η")) stemKeys(`${s}θ`, out); // απαντημένο as απαντήθ-
    else if (s.endsWith("μ")) stemKeys(m, out); // γραμμένο as γραμμ-, labial
    else if (s.endsWith("γ") || s.endsWith("σ")) stemKeys(s, out); // ελεγμένο, αγορασμένο
    else stemKeys(`${s}θ`, out); // δημοσιευμένο, πληρωμένο as δημοσιεύθ-, πληρώθ-
  }
  return [...out];
}
