/**
 * Arabic pattern (وزن) morphology for the searcher: a light stem is matched against a closed table of
 * templates to guess its three-letter root, and the root is spelled back through every template, so
 * اشخاص (أشخاص, افعال) reaches شخص, and تنظم (ستنظم after the future س) reaches تنظيم. Guesses are
 * only ever used for stems the corpus vocabulary holds (see SearchIndex), at a lower weight.
 *
 * Input is a normalized light stem (normalize.ts, stem.ts): ة is ه and is already stripped, as are
 * ال, و, the plural ات/ون/ين and the future س.
 */

/** Template groups, each measured on its own (docs/quality.md): in the templates ف ع ل are the root's letters. */
export type PatternGroup =
  /** Broken plurals and their singulars: افعال (اشخاص ~ شخص), فعول (شعوب ~ شعب), مفاعل (مدارس ~ مدرس). */
  | "plurals"
  /** Verbal nouns and verb forms of one root: تفعيل, تفعل, يفعل, تفاعل, افتعال, استفعال, مفعول, فاعل. */
  | "derived";

/**
 * One pair of templates, "تفعل~تفعيل": a stem fitting either template reaches its root's form in the
 * other (تنظم ~ تنظيم), and nothing else. scripts/eval/morphology.ts chooses pairs one at a time on tune.
 */
export type TemplatePair = `${string}~${string}`;

/** What RankingOptions.morphology lists: whole template groups, or single template pairs. */
export type PatternSet = PatternGroup | TemplatePair;

/** The closed class of templates: common broken-plural and derived-form patterns of news Arabic. */
const TEMPLATES: Record<PatternGroup, string[]> = {
  plurals: ["افعال", "فعول", "مفاعل", "مفعل", "فعل"],
  derived: ["تفعيل", "تفعل", "يفعل", "تفاعل", "يتفاعل", "افتعال", "استفعال", "مفعول", "فاعل", "فعل"],
};

/** The roots a stem could have under the groups' templates (a template fits when its fixed letters match). */
export function rootsOf(stem: string, groups: readonly PatternGroup[]): string[] {
  return rootsThrough(stem, templates(groups));
}

/** The roots a stem could have under these templates. */
function rootsThrough(stem: string, list: string[]): string[] {
  const roots = new Set<string>();
  for (const template of list) {
    if (template.length !== stem.length) continue;
    let root = "";
    let fits = true;
    for (let i = 0; i < template.length && fits; i++) {
      if (isSlot(template, i)) root += stem[i];
      else fits = stem[i] === template[i];
    }
    if (fits && root.length === 3) roots.add(root);
  }
  return [...roots];
}

/** A root spelled through every template of the groups. */
export function formsOf(root: string, groups: readonly PatternGroup[]): string[] {
  return spell(root, templates(groups));
}

/** A root spelled through these templates. */
function spell(root: string, list: string[]): string[] {
  const out = new Set<string>();
  for (const template of list) {
    let k = 0;
    out.add([...template].map((c, i) => (isSlot(template, i) ? root[k++] : c)).join(""));
  }
  return [...out];
}

/** The other forms of a stem's guessed roots: candidates for the searcher to check against its vocabulary. */
export function patternVariants(stem: string, sets: readonly PatternSet[]): string[] {
  if (sets.length === 0 || !/^[\u0621-\u064A]{3,7}$/.test(stem)) return [];
  const out = new Set<string>();
  const groups = sets.filter((s): s is PatternGroup => s in TEMPLATES);
  const add = (roots: string[], through: string[]) => {
    for (const root of roots) for (const form of spell(root, through)) if (form !== stem) out.add(form);
  };
  if (groups.length) add(rootsOf(stem, groups), templates(groups));
  for (const pair of sets.filter((s) => !(s in TEMPLATES))) {
    const [a, b] = pair.split("~") as [string, string];
    add(rootsThrough(stem, [a]), [b]);
    add(rootsThrough(stem, [b]), [a]);
  }
  return [...out];
}

/** Every template pair within the groups (the candidates scripts/eval/morphology.ts measures one by one). */
export function templatePairs(groups: readonly PatternGroup[]): TemplatePair[] {
  const all = templates(groups);
  return all.flatMap((a, i) => all.slice(i + 1).map((b): TemplatePair => `${a}~${b}`));
}

function templates(groups: readonly PatternGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => TEMPLATES[g]))];
}

/**
 * Whether position i of a template is a root slot: the first ف, the first ع after it and the first ل
 * after that (a template's other ف/ع/ل letters are none in this table).
 */
function isSlot(template: string, i: number): boolean {
  const f = template.indexOf("ف");
  const c = template.indexOf("ع", f);
  const l = template.indexOf("ل", c);
  return i === f || i === c || i === l;
}
