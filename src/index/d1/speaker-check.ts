/**
 * The speaker-list check (src/index/speaker-list.ts) over the archive, run where the speakers are
 * merged (speakers.ts), with the bundled indexer's code and corpus-wide evidence: word counts from
 * word_counts (kept per write, migrations/0004) and speaker-name word counts (counted over every
 * mention on a full load, else from speaker_words, kept per write, migrations/0005). A reader fetches
 * only the counts the check reads (each speaker's name words and their forms), and after a write
 * rescores only the speakers whose inputs moved: its own figures, or a word it read.
 */
import { speakerListScore, type SpeakerListEvidence } from "../speaker-list";
import { listed, type TableSpeaker } from "./speaker-table";

/** A Map that notes every word looked up in it (the words a speaker's score read). */
class Reading extends Map<string, number> {
  constructor(private readonly base: ReadonlyMap<string, number>, private readonly seen: Set<string>) {
    super();
  }
  override get(word: string): number | undefined {
    this.seen.add(word);
    return this.base.get(word);
  }
  override has(word: string): boolean {
    this.seen.add(word);
    return this.base.has(word);
  }
}

/** A word's stored counts: word_counts (count, after_speech) or speaker_words (count alone, as in_speakers). */
export interface CountRow {
  word: string;
  count?: number;
  after_speech?: number;
  in_speakers?: number;
}

/** The check's evidence in one isolate: the counts fetched so far. */
export class CheckState {
  readonly count = new Map<string, number>();
  readonly afterSpeech = new Map<string, number>();
  readonly fetched = new Set<string>();

  /**
   * `inSpeakers`: the speaker-name counts, whole (a full load counts them over every mention: a word
   * not in it is in no name) or, when undefined, fetched a word at a time with the word counts.
   */
  constructor(public inSpeakers: Map<string, number> = new Map(), readonly inSpeakersWhole = false) {}

  /** Sets fetched counts (words without a row: none). `onlyFetched`: rows of words not fetched yet are left out (a write's moved rows). */
  set(words: Iterable<string>, rows: Iterable<CountRow>, onlyFetched = false): void {
    if (!onlyFetched) for (const w of words) this.fetched.add(w);
    for (const r of rows) {
      if (onlyFetched && !this.fetched.has(r.word) && !(this.inSpeakersWhole && r.in_speakers !== undefined)) continue;
      if (r.count !== undefined) this.count.set(r.word, r.count);
      if (r.after_speech !== undefined) this.afterSpeech.set(r.word, r.after_speech);
      if (r.in_speakers !== undefined) this.inSpeakers.set(r.word, r.in_speakers);
    }
  }

  /**
   * Scores `todo` (sets score and read), fetching the counts of words read for the first time and
   * scoring again the speakers that read them, as annotate() scores over the same corpus.
   */
  async score(todo: readonly TableSpeaker[], fetch: (words: string[]) => Promise<void>): Promise<void> {
    let left = todo;
    while (left.length) {
      const missing = new Set<string>();
      for (const s of left) {
        this.scoreOne(s);
        for (const w of s.read!) if (!this.fetched.has(w)) missing.add(w);
      }
      if (!missing.size) break;
      await fetch([...missing]);
      // scored on counts not fetched yet: again, with them (and any further forms they lead to)
      left = left.filter((s) => s.read!.some((w) => missing.has(w)));
    }
  }

  private scoreOne(s: TableSpeaker): void {
    const seen = new Set<string>();
    // a new WordStats object each time: isVerbForm's memo is per object, so every read is seen
    const evidence: SpeakerListEvidence = { stats: { count: new Reading(this.count, seen), afterSpeech: new Reading(this.afterSpeech, seen) }, inSpeakers: new Reading(this.inSpeakers, seen) };
    s.score = speakerListScore(listed(s), evidence);
    s.read = [...seen];
  }
}
