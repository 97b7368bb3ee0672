import type { Article } from "../corpus/schema";
import type { SearchIndex } from "./search";

/**
 * What one request needs from the corpus. A store that holds the whole corpus in memory (the bundled
 * index) ignores it; the D1 store fetches just this and builds a slice of the index over it
 * (docs/archive.md).
 */
export interface IndexNeed {
  /** Texts (questions, queries, earlier turns) whose searches the index must answer as the whole corpus would. Default none. */
  texts?: readonly string[];
  /**
   * Texts (a conversation's earlier turns) read only for the speakers they name, never searched: the
   * store fetches what reading them needs (the English maps of their Latin words). Default none.
   */
  context?: readonly string[];
  /** The most hits any of those searches asks for. Default 10. */
  limit?: number;
  /**
   * What the searches of `texts` reach: the whole corpus ("corpus", the default), or the statements of
   * `speakers` alone ("speakers": a "what did X say" answered by X's statements, which a topic reorders;
   * nothing else is searched). A store that fetches search candidates fetches none then, only what
   * ranking those statements reads (the texts' term statistics).
   */
  scope?: "corpus" | "speakers";
  /** Speakers (ids, sp_…) whose statements must all be present. Default none. */
  speakers?: readonly string[];
  /** Articles (ids) that must be present with all their paragraphs. Default none. */
  articles?: readonly string[];
  /** Every article's metadata (the listing), no paragraphs needed. Default false. */
  listing?: boolean;
  /**
   * The stems a search of a text in Latin script looks up (an English question's translations and
   * name sounds), read off an index that holds the English maps for the text's words: how a store that
   * fetches candidates learns what an English question asks for. Default none (Latin words find nothing).
   */
  englishTerms?: (index: SearchIndex, text: string) => string[];
  /**
   * The alias keys of every speaker lookup the request's answer may make (src/answer/speaker-keys.ts,
   * english-keys.ts), or undefined when it may read the whole speaker table (every speaker listed, an
   * English subject read by what the lexicon translates). Given, a store may hold only the speakers
   * these keys match, those of `speakers` and those its statements name (the archive: docs/archive.md
   * "Speaker lookup by SQL"); [] when the request looks no speaker up. Default undefined.
   */
  speakerKeys?: readonly SpeakerKeys[];
  /**
   * An index the same store gave an earlier need of the same request (StoreEngine.ask: the speakers'
   * look-up before the answer's index): a store may take from it what it fetched for the same texts and
   * keys instead of fetching it again, as long as the corpus has not moved since (the archive: the
   * English maps and the speakers' lookup rows). Default none.
   */
  earlier?: SearchIndex;
}

/**
 * The alias keys resolving a speaker may compare for a text (src/answer/speaker-keys.ts says which):
 * a store that keeps the alias table as indexed rows (the archive, migrations/0008) fetches the aliases
 * holding one of them, and their speakers, instead of the whole table. Every list is of distinct strings.
 */
export interface SpeakerKeys {
  /** Aliases folded (foldTitle): an alias as written is fetched by its folded form too. */
  folded: string[];
  /** Aliases' name keys (nameKey): near spellings. */
  near: string[];
  /** Folded titles an alias may open with (the folded alias starts with one and a space). */
  prefixes: string[];
  /** Speaker ids (sp_…) named as such: their records. */
  ids: string[];
  /**
   * Sound keys (arabicKey) of alias words, as reaches (every key within a distance of one: SoundReach):
   * the aliases holding a word of one of these keys (an English name's candidates, migrations/0009), or,
   * with `matched`, one of the words it picks. Given (even empty), the lookup rows must hold the alias
   * words by key. Default none.
   */
  sounds?: SoundReach[];
  /**
   * Of the alias words of the `sounds` keys ([word, sound key], any order), what the lookup compares
   * (src/answer: the words a name matches, name-pick.ts): a store fetches those words first, then the
   * aliases the pick names; or the reaches it needs fetched too before it can pick (`more`: the store
   * fetches their words and asks again with all the words). `fetched`: whether the words of every key of
   * these reaches are given (those of `sounds` are). Default: every word of `sounds`, as `words`.
   */
  matched?: (words: ReadonlyArray<readonly [word: string, key: string]>, fetched: (reach: readonly SoundReach[]) => boolean) => NamePick | { more: SoundReach[] };
  /**
   * True when `matched` picks a one-word name's matches at the threshold the lookup names by, not the
   * looser ones "did you mean" compares (src/answer/english-keys.ts): for a name found by nobody those
   * keys are fetched too (StoreEngine). Default false.
   */
  narrow?: boolean;
  /** The most quoted speakers wanted (most statements first, ties in the table's order): their records. Default none. */
  top?: number;
  /**
   * The longest span (words) whose keys are listed, when shorter than the text (default: every span):
   * the keys are whole only over a table whose longest alias has no more words; the store reads the
   * whole table otherwise.
   */
  spanWords?: number;
}

/**
 * Every sound key within `distance` edits (0 to 2) of `key` that arabicKey can write: keysWithin(key,
 * distance) (src/analysis/phonetic.ts), named by its centre instead of listed (a name word's reach at
 * distance 2 is about 3,400 keys, 15,000 for a long one); a store that indexes words by key expands it
 * itself (the archive: in SQL, alias-sounds.ts).
 */
export type SoundReach = readonly [key: string, distance: number];

/** A reach as one string (key~distance), to compare and deduplicate reaches by. */
export const reachName = ([key, distance]: SoundReach): string => `${key}~${distance}`;

/** How big the corpus is. */
export interface CorpusCounts {
  articles: number;
  paragraphs: number;
}

/** What a write did to one article. */
export interface IngestResult {
  id: string;
  status: "created" | "replaced";
  paragraphs: number;
  statements: number;
}

/** A store that takes writes (the archive): readers see each call's articles whole or not at all. */
export interface ArticleWriter {
  /** Adds or replaces (by id) validated articles, all in one transaction. */
  put(articles: Article[]): Promise<IngestResult[]>;
  /** Removes an article and all its rows; false when there was none. */
  remove(id: string): Promise<boolean>;
}

/**
 * Where the engine's index comes from. Both stores give a SearchIndex, so the ranking and answer code
 * (src/answer) is one and the same and never knows which store it talks to.
 */
export interface IndexStore {
  /** True when index() always returns the whole corpus, whatever the need (the bundled index). */
  readonly whole: boolean;
  /** An index holding at least what `need` asks for, with whole-corpus statistics. */
  index(need: IndexNeed): Promise<SearchIndex>;
  counts(): Promise<CorpusCounts>;
  /** The store's writer, when it takes writes (D1); absent for the bundled index (read-only). */
  readonly writer?: ArticleWriter;
}

/** The bundled index: the whole corpus, decoded once per isolate on first use (`load` is called every time and should cache). */
export class BundledStore implements IndexStore {
  readonly whole = true;
  constructor(private readonly load: () => SearchIndex) {}

  async index(): Promise<SearchIndex> {
    return this.load();
  }

  async counts(): Promise<CorpusCounts> {
    const index = this.load();
    return { articles: index.articles.length, paragraphs: index.paragraphCount };
  }
}

/** What a name lookup compares of the alias words of its sound keys (SpeakerKeys.matched): which aliases a store fetches, by word. */
export interface NamePick {
  /** Words whose aliases are all fetched (each such word's speakers are the whole table's). */
  words: string[];
  /**
   * Lists of word groups whose speakers' aliases are all fetched: every alias of every speaker that, for
   * some list, holds in its aliases a word of each of the list's groups (a name's parts: name-pick.ts).
   */
  holders: string[][][];
  /** Words listed among the name words with no alias and no speaker: they only decide how far a name word's matching reaches. */
  bare: string[];
}
