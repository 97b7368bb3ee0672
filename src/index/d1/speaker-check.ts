/**
 * The speaker-list check (src/index/speaker-list.ts) over the archive, run where the speakers are
 * merged (speakers.ts), with the bundled indexer's code and corpus-wide evidence: word counts from
 * word_counts (kept per write, migrations/0004), speaker-name words counted over every mention. A
 * reader fetches only the counts the check reads (each speaker's name words and their forms), and
 * after a write rescores only the speakers whose inputs moved: its own figures, or a word it read.
 */
import { speakerListScore, SPEAKER_LIST_MODEL, type SpeakerListEvidence } from "../speaker-list";
import type { ListedSpeaker } from "../speaker-check";

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

interface Scored {
  /** The speaker's own inputs (name, title, kinds, statements, articles). */
  inputs: string;
  /** Every word its score read: in the word counts, and in the speaker-name counts. */
  read: string[];
  score: number;
}

/** The check's state of one isolate: the word counts fetched so far and each speaker's last score, by its first name key. */
export class CheckState {
  readonly count = new Map<string, number>();
  readonly afterSpeech = new Map<string, number>();
  readonly fetched = new Set<string>();
  private scores = new Map<string, Scored>();

  /** Sets fetched word counts (words without a row: 0). Counts of words never fetched are not kept. */
  set(words: Iterable<string>, rows: Iterable<{ word: string; count: number; after_speech: number }>, onlyFetched = false): void {
    if (!onlyFetched) for (const w of words) this.fetched.add(w);
    for (const r of rows) {
      if (onlyFetched && !this.fetched.has(r.word)) continue;
      this.count.set(r.word, r.count);
      this.afterSpeech.set(r.word, r.after_speech);
    }
  }

  /**
   * Which speakers the check drops (true), as annotate() decides over the same corpus. `changed`: the
   * words whose counts (or speaker-name counts) moved since the last call; `fetch` loads counts of
   * words not fetched yet. The scores are replaced only once every speaker is scored.
   */
  async drops(list: readonly ListedSpeaker[], inSpeakers: Map<string, number>, changed: ReadonlySet<string>, fetch: (words: string[]) => Promise<void>): Promise<boolean[]> {
    const next = new Map<string, Scored>();
    let todo: ListedSpeaker[] = [];
    for (const s of list) {
      const prev = this.scores.get(s.keys[0]!);
      if (prev && prev.inputs === inputsOf(s) && !prev.read.some((w) => changed.has(w))) next.set(s.keys[0]!, prev);
      else todo.push(s);
    }
    while (todo.length) {
      const missing = new Set<string>();
      for (const s of todo) {
        const scored = this.score(s, inSpeakers);
        next.set(s.keys[0]!, scored);
        for (const w of scored.read) if (!this.fetched.has(w)) missing.add(w);
      }
      if (!missing.size) break;
      await fetch([...missing]);
      // scored on counts not fetched yet: again, with them (and any further forms they lead to)
      todo = todo.filter((s) => next.get(s.keys[0]!)!.read.some((w) => missing.has(w)));
    }
    this.scores = next;
    return list.map((s) => next.get(s.keys[0]!)!.score < SPEAKER_LIST_MODEL.threshold);
  }

  private score(s: ListedSpeaker, inSpeakers: Map<string, number>): Scored {
    const seen = new Set<string>();
    // a new WordStats object each time: isVerbForm's memo is per object, so every read is seen
    const evidence: SpeakerListEvidence = { stats: { count: new Reading(this.count, seen), afterSpeech: new Reading(this.afterSpeech, seen) }, inSpeakers: new Reading(inSpeakers, seen) };
    const score = speakerListScore(s, evidence);
    return { inputs: inputsOf(s), read: [...seen], score };
  }
}

const inputsOf = (s: ListedSpeaker) => JSON.stringify([s.name, s.title, s.person, s.anonymous, s.statements, s.articles]);
