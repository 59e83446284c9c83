// Dictionary morphology as data: for a keyword word, the other written forms of its lemma
// (заявка → заявок, buy → bought). The forms come from outside the pure core (built into
// dist/content/forms.json for the built-in banks, computed by src/io/morphology.ts for the user's),
// so the grader itself never loads a dictionary.

let table: ReadonlyMap<string, readonly string[]> = new Map();
/** The reverse table: a written form → the keyword words it is a form of, so an answer is read once per word. */
let owners = new Map<string, string[]>();
let version = 0;

/** Installs the forms table: normalised keyword word → other normalised forms of its lemma. */
export function useForms(forms: Readonly<Record<string, readonly string[]>> | ReadonlyMap<string, readonly string[]>): void {
  const next = new Map(forms instanceof Map ? forms : Object.entries(forms));
  for (const [word, list] of table) if (!next.has(word)) next.set(word, list);
  table = next;
  owners = new Map();
  for (const [word, list] of table) {
    for (const form of list) {
      const known = owners.get(form);
      if (known) known.push(word);
      else owners.set(form, [word]);
    }
  }
  version++;
}

/** The keyword words (normalised) that this written form is another form of; [] when none. */
export function ownersOf(form: string): readonly string[] {
  return owners.get(form) ?? [];
}

/** The other forms of a normalised keyword word's lemma; [] when the table has none. */
export function formsFor(norm: string): readonly string[] {
  return table.get(norm) ?? [];
}

/** Whether the table already holds forms for this word (so a caller need not compute them). */
export function hasForms(norm: string): boolean {
  return table.has(norm);
}

/** Changes whenever the table does, so compiled rubrics can be cached against it. */
export function formsVersion(): number {
  return version;
}
