// Greek verb keys (src/grading/lang/el-verbs.ts): forms of one verb share a key, different words do not.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { greekVerbKeys } from "../../../src/grading/lang/el-verbs.js";
import { cleanText } from "../../../src/grading/normalize.js";
import { tokenize } from "../../../src/grading/words.js";

/** The normalised form, stem and verb keys of one written word, as the grader sees it. */
const word = (w: string) => {
  const t = tokenize(cleanText(w).text)[0];
  if (!t) throw new Error(`no word in ${w}`);
  return { norm: t.norm, stem: t.stem, keys: greekVerbKeys(t.norm) };
};
const shareKey = (a: string, b: string) => word(a).keys.some((k) => word(b).keys.includes(k));

// Each verb with forms the stemmer alone does not join to it: augment, aorist and passive stems,
// future/subjunctive, irregular stems.
const GROUPS: [string, string[]][] = [
  ["δημοσιεύω", ["δημοσίευσα", "δημοσιεύσαμε", "δημοσιεύτηκε", "δημοσιεύσω", "δημοσιευμένο"]],
  ["ανεβάζω", ["ανέβασα", "ανεβάσαμε", "ανεβάστηκε", "ανεβάσουμε", "ανεβασμένο"]],
  ["απαντώ", ["απάντησα", "απαντήσαμε", "απαντήθηκε", "απαντήσουμε", "απαντάω"]],
  ["αγοράζω", ["αγόρασα", "αγοράσαμε", "αγοράστηκαν", "αγοράσω", "αγορασμένους"]],
  ["διαγράφω", ["διέγραψα", "διαγράψαμε", "διαγράφτηκε", "διαγράψουμε", "διέγραψαν"]],
  ["σβήνω", ["έσβησα", "σβήσαμε", "σβήστηκε", "σβήσουμε", "έσβησε"]],
  ["μετράω", ["μέτρησα", "μετρήσαμε", "μετρήθηκε", "μετρώ", "μετρημένα"]],
  ["αναλύω", ["ανέλυσα", "αναλύσαμε", "αναλύθηκε", "αναλύσουμε", "ανέλυε"]],
  ["προγραμματίζω", ["προγραμμάτισα", "προγραμματίσαμε", "προγραμματίστηκε", "προγραμματισμένες"]],
  ["αυξάνω", ["αύξησα", "αυξήσαμε", "αυξήθηκε", "αυξήσουμε", "αυξημένο"]],
  ["παραδέχομαι", ["παραδέχτηκα", "παραδεχτήκαμε", "παραδεχτεί", "παραδέχεστε"]],
  ["ζητάω", ["ζήτησα", "ζητήσαμε", "ζητήθηκε", "ζητώ", "ζητήσει"]],
  ["προσφέρω", ["πρόσφερα", "προσέφερε", "προσφέραμε", "προσφέρθηκε"]],
  ["στέλνω", ["έστειλα", "στείλαμε", "στάλθηκε", "στείλουμε", "στείλτε"]],
  ["αποστέλνω", ["απέστειλα", "αποστείλαμε", "αποστάλθηκε"]],
  ["γράφω", ["έγραψα", "γράψαμε", "γράφτηκε", "γράψω", "γραμμένο", "γράψτε"]],
  ["κάνω", ["έκανα", "κάναμε", "έκανε", "κάνουμε"]],
  ["βάζω", ["έβαλα", "βάλαμε", "βάλω", "βάλει", "έβαζα"]],
  ["δίνω", ["έδωσα", "δώσαμε", "δώσω", "δόθηκε", "δώστε"]],
  ["λέω", ["είπα", "είπαμε", "πω", "πει", "λέμε", "έλεγα"]],
  ["βλέπω", ["είδα", "είδαμε", "δω", "δούμε", "έβλεπα"]],
  ["παίρνω", ["πήρα", "πήραμε", "πάρω", "πάρθηκε", "πάρτε"]],
  ["χτίζω", ["έχτισα", "χτίσαμε", "χτίστηκε", "χτίσουμε", "χτισμένη"]],
  ["προωθώ", ["προώθησα", "προωθήσαμε", "προωθήθηκε", "προωθούμε", "προωθημένες"]],
  ["ταΐζω", ["τάισα", "ταΐσαμε", "ταΐστε", "ταΐσουμε"]],
  ["προσβάλλω", ["πρόσβαλα", "προσέβαλε", "προσβλήθηκε", "προσβάλαμε"]],
  ["αγνοώ", ["αγνόησα", "αγνοήσαμε", "αγνοήθηκε", "αγνοούμε", "αγνοείται"]],
  ["ελέγχω", ["έλεγξα", "ελέγξαμε", "ελέγχθηκε", "ελέγξουμε", "ελεγμένο"]],
  ["παραδίνω", ["παρέδωσα", "παραδώσαμε", "παραδόθηκε", "παραδώσουμε"]],
  ["μπαίνω", ["μπήκα", "μπήκαμε", "μπει", "μπούμε"]],
  ["βγαίνω", ["βγήκα", "βγήκαμε", "βγει", "βγούμε"]],
  ["ανεβαίνω", ["ανέβηκα", "ανεβήκαμε", "ανέβει", "ανεβούμε"]],
  ["τρώω", ["έφαγα", "φάγαμε", "φάμε", "τρώγαμε"]],
  ["πίνω", ["ήπια", "ήπιαμε", "πιω", "πιούμε"]],
  ["έρχομαι", ["ήρθα", "ήρθαμε", "έρθει", "ερχόμαστε"]],
  ["ξέρω", ["ήξερα", "ήξερε", "ξέραμε"]],
  ["πηγαίνω", ["πήγα", "πήγαμε", "πάω", "πάμε"]],
  ["καταλαβαίνω", ["κατάλαβα", "καταλάβαμε", "καταλάβω", "καταλάβει"]],
  ["μαθαίνω", ["έμαθα", "μάθαμε", "μάθω", "μάθει"]],
  ["βρίσκω", ["βρήκα", "βρήκαμε", "βρω", "βρεθεί"]],
  ["βγάζω", ["έβγαλα", "βγάλαμε", "βγάλω", "βγάλτε"]],
  ["στοχεύω", ["στόχευσα", "στοχεύσαμε", "στοχεύτηκε", "στοχευμένη"]],
  ["επιλέγω", ["επέλεξα", "επιλέξαμε", "επιλέχθηκε", "επιλέξουμε"]],
  ["πληρώνω", ["πλήρωσα", "πληρώσαμε", "πληρώθηκε", "πληρωμένη"]],
  ["μπορώ", ["μπόρεσα", "μπορέσαμε", "μπορέσει"]],
  ["χάνω", ["έχασα", "χάσαμε", "χάθηκε", "χαμένο"]],
];

// Different words that must not share a key (the stemmer may still join some, e.g. γράφω/γραφή).
const APART: [string, string][] = [
  ["χωρίς", "χωριστά"], ["προβολές", "προσβολές"], ["μετρικές", "μερικές"], ["πόλη", "πωλώ"], ["πόλεις", "πωλείς"],
  ["μέσα", "μέσος"], ["μέσω", "μένω"], ["μέσα", "μείνω"], ["λέω", "λύω"], ["δίνω", "δένω"], ["έδωσα", "έδεσα"],
  ["βάζω", "βγάζω"], ["έβαλα", "έβγαλα"], ["βάσεις", "βάζεις"], ["γράφω", "γραφή"], ["ανεβαίνω", "ανεβάζω"],
  ["ανέβηκε", "ανέβασε"], ["βγαίνω", "βγάζω"], ["προβάλλω", "προσβάλλω"], ["πρόσβαλα", "έβαλα"], ["πήρα", "πέρασα"],
  ["είδα", "είδη"], ["βλέπω", "βλάπτω"], ["έφτασα", "έφταιξα"], ["έπιασα", "ήπια"], ["στέλνω", "στήνω"],
  ["ζητώ", "ζήσω"], ["αρκεί", "αργεί"], ["βασικά", "βασίζω"], ["λέξεις", "έλεγχα"], ["πάνω", "πάθω"],
  ["πήγες", "πηγές"], ["αγορά", "αγοράζω"], ["περιεχόμενο", "περιέχει"], ["ορισμένες", "ορίζω"], ["πελάτες", "πελατεία"],
  ["παραδέχομαι", "παραδίνω"], ["στέλνω", "αποστέλνω"], ["έμαθα", "έμεινα"], ["αξία", "αξίζει"], ["κάθεσαι", "καμένο"],
];

describe("greekVerbKeys: forms of one verb share a key", () => {
  it("covers at least 24 verbs", () => {
    expect(GROUPS.length).toBeGreaterThanOrEqual(24);
  });
  it.each(GROUPS.flatMap(([base, forms]) => forms.map((f) => [base, f] as const)))("%s ~ %s", (base, form) => {
    expect(shareKey(base, form), `${base} ${word(base).keys} / ${form} ${word(form).keys}`).toBe(true);
  });
});

describe("greekVerbKeys: different words stay apart", () => {
  it("has at least 25 pairs", () => {
    expect(APART.length).toBeGreaterThanOrEqual(25);
  });
  it.each(APART)("%s ≠ %s", (a, b) => {
    expect(shareKey(a, b), `${a} ${word(a).keys} / ${b} ${word(b).keys}`).toBe(false);
  });
});

describe("greekVerbKeys: shape", () => {
  it("gives non-verbs and short function words no keys", () => {
    for (const w of ["πόλη", "μέσα", "μέσω", "χωρίς", "και", "για", "στρατηγική", "διαφήμιση", "ορισμένες", "αξία"]) {
      expect(greekVerbKeys(word(w).norm), w).toEqual([]);
    }
  });
  it("returns a few keys, without repeats", () => {
    for (const w of ["αγοράζω", "απαντήσαμε", "διέγραψα", "παρέδωσα"]) {
      const keys = greekVerbKeys(word(w).norm);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.length).toBeLessThanOrEqual(6);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

type GoldenEl = { el: Record<string, string[]>; apart: [string, string][] };
const golden = JSON.parse(readFileSync(new URL("./golden-el.json", import.meta.url), "utf8")) as GoldenEl;
/** Whether two words match: same stem, or a shared verb key. */
const joined = (a: string, b: string) => word(a).stem === word(b).stem || shareKey(a, b);

describe("golden Greek forms (stem or verb key)", () => {
  const forms = Object.entries(golden.el).flatMap(([base, inflected]) => inflected.map((f) => [base, f] as const));
  it("has at least 200 forms, 60 of them joined only by a verb key, and 20 apart pairs", () => {
    expect(forms.length).toBeGreaterThanOrEqual(200);
    expect(forms.filter(([b, f]) => word(b).stem !== word(f).stem).length).toBeGreaterThanOrEqual(60);
    expect(golden.apart.length).toBeGreaterThanOrEqual(20);
  });
  it.each(forms)("%s ~ %s", (base, form) => {
    expect(joined(base, form)).toBe(true);
  });
  it.each(golden.apart)("%s ≠ %s", (a, b) => {
    expect(joined(a, b)).toBe(false);
  });
});
