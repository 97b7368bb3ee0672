import type { Article } from "../corpus/schema";
import { BundledStore, INDEX_FORMAT_VERSION, type IngestResult, type IndexNeed, type IndexStore, type SearchIndex } from "../index";
import { boundQuestion } from "./budget";
import { englishQuery } from "./english";
import { detectIntent } from "./intent";
import { readInContext } from "./conversation";
import { searchesMentions } from "./said";
import { detectLanguage } from "./read";
import { speakerKeys } from "./speaker-keys";
import { closestKeys } from "./english-keys";
import { reachName, type SpeakerKeys } from "../index";
import { Engine, type AskOptions, type SummarizeInput } from "./engine";
import type { Reading } from "./read";
import type { ArticleListItem, ArticleSummary, ArticleView, AskResult, QuotesResult, SearchResult, Speaker, SummarizeResult } from "./schemas";

/**
 * The engine every door talks to: Engine's methods, asynchronous, over any IndexStore. It asks the
 * store for what each call needs (the question's words, the speaker it names, an article) and runs the
 * one synchronous Engine on the index it gets, so the bundled index and D1 answer with the same code.
 * Over a whole store (the bundled index) each call is the Engine's own, with no extra work.
 */
export class StoreEngine {
  constructor(readonly store: IndexStore) {}

  private async engine(need: IndexNeed): Promise<Engine> {
    return new Engine(await this.store.index({ ...need, englishTerms }));
  }

  /** The speaker keys of these questions' subjects (subjectKeys), or undefined over a whole store, which reads none. */
  private subjectKeys(questions: readonly string[]): SpeakerKeys[] | undefined {
    return this.store.whole ? undefined : subjectKeys(questions);
  }

  /** The speaker keys of a speaker query (queryKeys), or undefined over a whole store. */
  private queryKeys(query: string): SpeakerKeys[] | undefined {
    return this.store.whole ? undefined : queryKeys(query);
  }

  /** Corpus size and the index format this engine reads. */
  async stats(): Promise<{ articles: number; paragraphs: number; indexVersion: number }> {
    return { ...(await this.store.counts()), indexVersion: INDEX_FORMAT_VERSION };
  }

  async read(question: string): Promise<Reading> {
    return (await this.engine({ texts: [boundQuestion(question)], speakerKeys: this.subjectKeys([question]) })).read(question);
  }

  async search(query: string, limit = 10): Promise<SearchResult> {
    return (await this.engine({ texts: [boundQuestion(query)], limit, speakerKeys: [] })).search(query, limit);
  }

  /**
   * The answer; a store that is not whole is asked a second time for the statements of the speakers the
   * conversation names. Only the question is searched, as Engine searches it; the earlier turns are read
   * for their speakers alone.
   */
  async ask(question: string, options: AskOptions = {}): Promise<AskResult> {
    const texts = [boundQuestion(question)];
    const context = (options.context ?? []).map(boundQuestion);
    const speakerKeys = this.subjectKeys([question, ...(options.context ?? [])]);
    const need: IndexNeed = { texts, context, limit: (options.topK ?? 3) + 1, speakerKeys };
    if (this.store.whole) return (await this.engine(need)).ask(question, options);
    // a conversation naming someone (keys, or the whole table): its speakers are looked up first over an
    // index of the speakers alone (every text read for its speakers, none searched), then the answer's
    // index is fetched once, with their statements (lookUp); naming nobody, at once
    const named = speakerKeys === undefined || speakerKeys.length > 0 ? await this.lookUp(need, speakerKeys, options.context ?? []) : undefined;
    return (await this.engine(named ?? need)).ask(question, options);
  }

  /**
   * The need of an answer with the speakers its conversation names (need.texts and need.context read over
   * an index of the speakers they may name, fetched without a search): their ids, and for a question
   * naming nobody the corpus quotes, the keys of the nearest names ("did you mean", said.ts
   * closestSpeakers, matched by sound: english-keys.ts closestKeys; an English name's keys hold them
   * already); either way with the look-up's index as `earlier`, whose fetched rows the store may take
   * again. A "what did X say" (conversation.ts readInContext, as Engine.ask reads it: `context` as
   * given) answered by a speaker's statements searches those alone (IndexNeed.scope), and one naming
   * nobody whose reply searches no mentions (said.ts searchesMentions: in English) searches nothing; an
   * English one then looks up its topic's terms alone, every text read for its speakers.
   */
  private async lookUp(need: IndexNeed, speakerKeys: SpeakerKeys[] | undefined, context: readonly string[]): Promise<IndexNeed> {
    const texts = need.texts ?? [];
    const read = [...texts, ...(need.context ?? [])];
    const lookup = await this.engine({ context: read, speakerKeys });
    const speakers = lookup.speakerIds(read);
    const { reading, speaker, named } = readInContext(lookup.index, texts[0]!, context);
    const nearest = speakerKeys !== undefined && reading.intent.kind === "said" && reading.speaker === null ? nearestKeys(reading.intent.subject, speakerKeys) : undefined;
    const earlier = lookup.index;
    const found = speakers.length || nearest ? { ...need, speakers, speakerKeys: nearest ? [...speakerKeys!, nearest] : speakerKeys, earlier } : { ...need, earlier };
    // answered by statements the answer's index holds (those of `speakers`), or by the speakers alone
    const answering = speaker ? lookup.index.data.extras.speakers[speaker.speaker]!.id : undefined;
    const bySpeakers = reading.intent.kind === "said" && (answering !== undefined ? speakers.includes(answering) : !searchesMentions(reading, named));
    if (!bySpeakers) return found;
    // an English question's search then ranks by its topic alone (Reading.topicText), the question read for its speakers
    return reading.language === "en" ? { ...found, scope: "speakers", texts: reading.topicText ? [reading.topicText] : [], context: read } : { ...found, scope: "speakers" };
  }

  /**
   * Everyone the corpus quotes, in index order; with `limit` (default none: all), only the `limit` most
   * quoted, most statements first (ties in index order), which a store that is not whole fetches alone.
   */
  async speakers(limit?: number): Promise<Speaker[]> {
    if (limit === undefined) return (await this.engine({})).speakers();
    const top: SpeakerKeys = { folded: [], near: [], prefixes: [], ids: [], top: limit };
    const all = (await this.engine({ speakerKeys: this.store.whole ? undefined : [top] })).speakers();
    // a stable sort keeps the index order among ties
    return [...all].sort((a, b) => b.statements - a.statements).slice(0, limit);
  }

  async speaker(query: string): Promise<Speaker | null> {
    return (await this.engine({ speakerKeys: this.queryKeys(query) })).speaker(query);
  }

  async quotes(query: string): Promise<QuotesResult | null> {
    let engine = await this.engine({ speakerKeys: this.queryKeys(query) });
    const found = engine.speaker(query);
    if (!found) return null;
    if (!this.store.whole) engine = await this.engine({ speakers: [found.id] });
    return engine.quotes(found.id);
  }

  async summarize(input: SummarizeInput, sentences = 3): Promise<SummarizeResult> {
    const need: IndexNeed = "article_id" in input ? { articles: [input.article_id], speakerKeys: [] } : "question" in input ? { texts: [boundQuestion(input.question)], speakerKeys: this.subjectKeys([input.question]) } : { speakerKeys: [] };
    return (await this.engine(need)).summarize(input, sentences);
  }

  async articleSummary(id: string, sentences = 3): Promise<ArticleSummary> {
    return (await this.engine({ articles: [id], speakerKeys: [] })).articleSummary(id, sentences);
  }

  async articles(): Promise<ArticleListItem[]> {
    return (await this.engine({ listing: true, speakerKeys: [] })).articles();
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.engine({ articles: [id], speakerKeys: [] })).hasArticle(id);
  }

  async article(id: string): Promise<ArticleView | null> {
    return (await this.engine({ articles: [id], speakerKeys: [] })).article(id);
  }

  /** True when the store takes writes (the archive in D1); the bundled index does not. */
  get writable(): boolean {
    return this.store.writer !== undefined;
  }

  /** Adds or replaces (by id) validated articles in one transaction; throws on a read-only store (check `writable`). */
  async put(articles: Article[]): Promise<IngestResult[]> {
    return this.writer().put(articles);
  }

  /** Removes an article; false when there was none. Throws on a read-only store. */
  async remove(id: string): Promise<boolean> {
    return this.writer().remove(id);
  }

  private writer() {
    if (!this.store.writer) throw new Error("this store is read-only (the bundled index)");
    return this.store.writer;
  }
}

/**
 * The alias keys of the speakers these questions may name (each as readQuestion reads it, whole and as
 * bounded: its intent's subject, in its language; speaker-keys.ts), or undefined when one of them is not
 * bounded by keys (an English subject read by the lexicon's say): the store then reads the whole speaker table. [] for questions that
 * name nobody (no "what did X say").
 */
function subjectKeys(questions: readonly string[]): SpeakerKeys[] | undefined {
  const out: SpeakerKeys[] = [];
  for (const question of new Set(questions.flatMap((q) => [q, boundQuestion(q)]))) {
    const intent = detectIntent(question);
    if (intent.kind !== "said" || !intent.subject) continue;
    const keys = speakerKeys(intent.subject, detectLanguage(question));
    if (!keys) return undefined;
    out.push(keys);
  }
  return out;
}

/** The keys "did you mean" compares for a subject found by nobody, when `keys` do not hold them all (else undefined). */
function nearestKeys(subject: string, keys: readonly SpeakerKeys[]): SpeakerKeys | undefined {
  const more = closestKeys(subject);
  // a one-word name's keys picked by the lookup's threshold: "did you mean" reads its looser matches too
  if (keys.some((k) => k.narrow)) return more;
  const held = new Set(keys.flatMap((k) => k.sounds ?? []).map(reachName));
  return (more.sounds ?? []).every((r) => held.has(reachName(r))) ? undefined : more;
}

/** The alias keys of a speaker query (resolveSpeaker's text whole), or undefined (the whole table). */
function queryKeys(query: string): SpeakerKeys[] | undefined {
  const keys = speakerKeys(query);
  return keys ? [keys] : undefined;
}

/** The stems an English question's search looks up: each term's alternatives (translations, name sounds). */
function englishTerms(index: SearchIndex, text: string): string[] {
  return englishQuery(index, text).terms.flatMap((t) => t.alternatives);
}

/** The engine over one in-memory index (the bundled one, or one built in a test). */
export function storeEngine(index: SearchIndex | (() => SearchIndex)): StoreEngine {
  return new StoreEngine(new BundledStore(typeof index === "function" ? index : () => index));
}
