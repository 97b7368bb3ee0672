import { resolveArticle } from "./src/corpus/speakers";
for (const p of ["وقال ماودسلي إن الاجتماع كان مثمرا.", "وقال ماودسلي: «الاجتماع كان مثمرا».", "وقال السيد ماودسلي في تصريح صحفي: «نحن راضون عن نتائج الاجتماع».", "قال المتحدث ماودسلي للصحفيين: «نحن راضون عن نتائج الاجتماع»."]) {
  const r = resolveArticle([p]);
  console.log(p, "=>", JSON.stringify(r.map((s) => [s.kind, s.speaker?.name, s.speaker?.title, s.text])));
}
