/**
 * The speakers the speaker-list check (src/index/speaker-list.ts) drops when the 3,361-article subset is
 * indexed whole, by speaker key (speakerKey; an unnamed source's key holds its article id): the quotes eval leaves
 * their statements without a speaker, as the index built from the subset does.
 */
import { annotateUnchecked } from "../../src/index/annotate";
import { SPEAKER_LIST_MODEL, speakerListScore } from "../../src/index/speaker-list";
import { subsetArticles } from "./speaker-sample-data";

/** Name keys of the dropped speakers. */
export function droppedSpeakerKeys(data: string): Set<string> {
  const { list, evidence } = annotateUnchecked(subsetArticles(data));
  const out = new Set<string>();
  for (const s of list) if (speakerListScore(s, evidence) < SPEAKER_LIST_MODEL.threshold) for (const k of s.keys) out.add(k);
  return out;
}
