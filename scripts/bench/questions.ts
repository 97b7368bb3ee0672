import { isStopword, tokenize } from "../../src/analysis";
import { latinOf } from "./latin";
import type { Article } from "../../src/corpus/schema";
import type { SearchIndex } from "../../src/index";
import { random } from "../random";


/**
 * A fixed set of questions drawn from the corpus: Arabic ones made of four content words of random
 * paragraphs (some with ماذا قال + a speaker's family name), English ones naming speakers by
 * transliteration and asking about general news words.
 */
export function questions(articles: Article[], index: SearchIndex, count = 200, seed = 20261124): string[] {
  const rnd = random(seed);
  const paragraphs = articles.flatMap((a) => a.paragraphs);
  const out: string[] = [];
  while (out.length < count * 0.6) {
    const p = paragraphs[Math.floor(rnd() * paragraphs.length)]!;
    const words = tokenize(p).map((t) => t.text).filter((w) => w.length >= 4 && !isStopword(w));
    if (words.length < 4) continue;
    const picked = Array.from({ length: 4 }, () => words[Math.floor(rnd() * words.length)]!);
    out.push(`${picked.join(" ")}؟`);
  }
  const speakers = index.data.extras.speakers.filter((s) => s.person && s.name.includes(" "));
  const news = ["sanctions", "election results", "oil prices", "the meeting", "the minister", "the attack", "the agreement", "the protest"];
  while (out.length < count) {
    const s = speakers.length ? speakers[Math.floor(rnd() * speakers.length)]! : null;
    const family = s ? s.name.split(" ").at(-1)! : "";
    const kind = out.length % 3;
    if (kind === 0 && s) out.push(`ماذا قال ${family}؟`);
    else if (kind === 1 && s) out.push(`What did ${latinOf(family)} say?`);
    else out.push(`What about ${news[Math.floor(rnd() * news.length)]}?`);
  }
  return out;
}
