import { nameScorer, nameWordScore } from "./src/names";
const s = nameScorer();
for (const [e, a] of [["kerry", "كيري"], ["john", "جون"], ["mourinho", "مورينيو"], ["jose", "جوزيه"], ["cameron", "كاميرون"], ["david", "ديفيد"], ["mohammad", "محمد"], ["javad", "جواد"], ["davutoglu", "اوغلو"], ["obama", "اوباما"], ["macron", "مورينيو"]])
  console.log(e, a, nameWordScore(e!, a!).toFixed(2), s.features(e!, a!.replace(/[أإآ]/g, "ا"))?.map((x) => x.toFixed(2)).join(" "));
