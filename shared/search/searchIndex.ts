import MiniSearch, { type Options } from 'minisearch';

/* MiniSearch's own defaults, named so that its `search` (similar cases) and `forEachMatch` score alike. */
export const termWeights = { fuzzy: 0.45, prefix: 0.375 };
export const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
export const maxFuzzy = 6;

/** How many words' forms are kept (see `expanded`): the words of a query or two. */
const expandedLimit = 32;

type Postings = Map<number, number>;
type TermData = Map<number, Postings>;

/** One written form the index holds for a word of the query, and how much it counts. */
interface Expansion {
  term: string;
  weight: number;
  data: TermData;
}

/** A query's words, each with the forms it stands for in the index: looked up once (typos are the dear part), then used for every match. */
export interface IndexQuery {
  words: readonly Expansion[][];
  /** How many different words: MiniSearch multiplies a score by how many matched, and with AND that is all of them. */
  quality: number;
}

/**
 * The index as it is stored: numbers in arrays where MiniSearch's own form has
 * an object with a key for every document of every word (reading those back
 * took seconds at every start).
 */
export interface StoredIndex {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  ids: string[];
  shortIds: number[];
  /** Per document (in the order of `ids`), one length for each field. */
  fieldLength: number[];
  /** Per document, the values of the stored fields in the order the options name them. */
  stored: unknown[][];
  terms: string[];
  /** Per term: for each field that has it, its id, how many documents, then per document its short id less the one before (they rise, so the numbers stay short) and the frequency. */
  postings: number[][];
}

/**
 * MiniSearch with a way to meet every document that has all the words of a
 * query, scored exactly as `search` with `combineWith: 'AND'` scores it, in
 * the same order, but without a result object (score, terms, match and a copy
 * of the stored fields) for each of the tens of thousands a common word
 * matches: building and collecting those took as long as the scoring.
 */
export class SearchIndex<T> extends MiniSearch<T> {
  /*
   * Per short id, each field's length, and whether the document is in the
   * index (MiniSearch's `discard` leaves its postings until a vacuum): read
   * for every posting a query meets, where MiniSearch's maps cost two lookups
   * in a map of every document, more than the scoring itself.
   */
  private lengths = new Float64Array(0);
  private present = new Uint8Array(0);
  /*
   * The forms of the words searched last. While a query is typed, every key
   * looks up its earlier words again, and a long word's typos are the dearest
   * part of a search. Any change to the index forgets them.
   */
  private expanded = new Map<string, Expansion[]>();
  /*
   * What `forEachMatch` keeps per short id, kept from one search to the next:
   * arrays of every document, allocated anew at each keystroke, cost as much
   * as the scoring in allocating, zeroing and collecting them.
   */
  private scratch = { found: new Uint16Array(0), total: new Float64Array(0), ofWord: new Float64Array(0), met: new Int32Array(0) };

  static load<T>(stored: StoredIndex, options: Options<T>): SearchIndex<T> {
    const index = new SearchIndex<T>(options);
    index._documentCount = stored.documentCount;
    index._nextId = stored.nextId;
    index._dirtCount = stored.dirtCount;
    index._fieldIds = stored.fieldIds;
    index._avgFieldLength = stored.averageFieldLength;
    const fieldCount = stored.averageFieldLength.length;
    const storeFields = options.storeFields ?? [];
    stored.ids.forEach((id, at) => {
      const shortId = stored.shortIds[at]!;
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      index._fieldLength.set(shortId, stored.fieldLength.slice(at * fieldCount, (at + 1) * fieldCount));
      const values = stored.stored[at]!;
      index._storedFields.set(shortId, Object.fromEntries(storeFields.map((field, i) => [field, values[i]])));
      index.track(shortId);
    });
    stored.terms.forEach((term, at) => {
      const entry = stored.postings[at]!;
      const data: TermData = new Map();
      for (let i = 0; i < entry.length; ) {
        const fieldId = entry[i++]!;
        const count = entry[i++]!;
        const postings: Postings = new Map();
        let shortId = 0;
        for (let n = 0; n < count; n++) {
          shortId += entry[i++]!;
          postings.set(shortId, entry[i++]!);
        }
        data.set(fieldId, postings);
      }
      index._index.set(term, data);
    });
    return index;
  }

  override add(document: T): void {
    this.expanded.clear();
    super.add(document);
    // MiniSearch gives each added document the next short id.
    this.track(this._nextId - 1);
  }

  override remove(document: T): void {
    const shortId = this._idToShortId.get(this._options.extractField(document, this._options.idField));
    this.expanded.clear();
    super.remove(document);
    if (shortId !== undefined) this.present[shortId] = 0;
  }

  override removeAll(documents?: readonly T[]): void {
    this.expanded.clear();
    super.removeAll(documents);
  }

  override discard(id: unknown): void {
    const shortId = this._idToShortId.get(id);
    this.expanded.clear();
    super.discard(id);
    if (shortId !== undefined) this.present[shortId] = 0;
  }

  toStored(): StoredIndex {
    const ids: string[] = [];
    const shortIds: number[] = [];
    const fieldLength: number[] = [];
    const stored: unknown[][] = [];
    const storeFields = this._options.storeFields;
    for (const [shortId, id] of this._documentIds) {
      ids.push(String(id));
      shortIds.push(shortId);
      fieldLength.push(...this._fieldLength.get(shortId)!);
      const fields = this._storedFields.get(shortId) ?? {};
      stored.push(storeFields.map((field) => fields[field]));
    }
    const terms: string[] = [];
    const postings: number[][] = [];
    for (const [term, data] of this._index) {
      const entry: number[] = [];
      for (const [fieldId, documents] of data) {
        entry.push(fieldId, documents.size);
        let previous = 0;
        for (const [shortId, frequency] of documents) {
          entry.push(shortId - previous, frequency);
          previous = shortId;
        }
      }
      terms.push(term);
      postings.push(entry);
    }
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      ids,
      shortIds,
      fieldLength,
      stored,
      terms,
      postings,
    };
  }

  /** The query's words as the index holds them, after prefix and typo expansion as the search options say. */
  prepare(query: string): IndexQuery {
    const terms = this.queryTerms(query);
    return { words: terms.map((term) => this.expansionsOf(term)), quality: new Set(terms).size };
  }

  private expansionsOf(word: string): Expansion[] {
    let found = this.expanded.get(word);
    if (!found) {
      found = this.expansions(word);
      if (this.expanded.size >= expandedLimit) this.expanded.delete(this.expanded.keys().next().value!);
      this.expanded.set(word, found);
    }
    return found;
  }

  /**
   * Calls `visit` for every document holding every word of the query, with
   * the score MiniSearch's `search` gives it. A word is scored only for the
   * documents that hold all the words before it.
   */
  forEachMatch(query: IndexQuery, visit: (shortId: number, score: number) => void): void {
    if (query.words.length === 0) return;
    const { found, total, ofWord, met } = this.scratchFor(this._nextId);
    let count = 0;
    query.words.forEach((expansions, pass) => {
      count = 0;
      for (const { weight, data } of expansions) count = this.score(data, weight, pass, found, ofWord, met, count);
      // The first word sets the total, so what an earlier search left there counts for nothing.
      for (let i = 0; i < count; i++) total[met[i]!] = pass === 0 ? ofWord[met[i]!]! : total[met[i]!]! + ofWord[met[i]!]!;
    });
    for (let i = 0; i < count; i++) visit(met[i]!, total[met[i]!]! * query.quality);
  }

  /** The forms of the query's words this document holds, as MiniSearch names them in a result's `terms`. */
  matchedTerms(query: IndexQuery, shortId: number): string[] {
    const terms = new Set<string>();
    for (const expansions of query.words) {
      for (const { term, data } of expansions) {
        for (const postings of data.values()) if (postings.has(shortId)) terms.add(term);
      }
    }
    return [...terms];
  }

  /** Every short id is below this. */
  get shortIdLimit(): number {
    return this._nextId;
  }

  storedFieldsOf(shortId: number): Record<string, unknown> | undefined {
    return this._storedFields.get(shortId);
  }

  idOf(shortId: number): string {
    return String(this._documentIds.get(shortId));
  }

  private queryTerms(query: string): string[] {
    const { tokenize, processTerm } = this._options;
    return tokenize(query).flatMap((word) => {
      const term = processTerm(word);
      return Array.isArray(term) ? term.filter(Boolean) : term ? [term] : [];
    });
  }

  /** The word itself, then its longer forms, then the forms one or two typos away, with MiniSearch's weights. */
  private expansions(word: string): Expansion[] {
    const { prefix, fuzzy } = this._options.searchOptions;
    const exact = this._index.get(word);
    const found: Expansion[] = exact ? [{ term: word, weight: 1, data: exact }] : [];
    const wantsPrefix = typeof prefix === 'function' ? prefix(word, 0, [word]) : prefix === true;
    const fuzziness = typeof fuzzy === 'function' ? fuzzy(word, 0, [word]) : (fuzzy ?? false);
    const fraction = fuzziness === true ? 0.2 : fuzziness;
    const distance = fraction === false ? 0 : fraction < 1 ? Math.min(maxFuzzy, Math.round(word.length * fraction)) : fraction;
    const typos = distance > 0 ? this._index.fuzzyGet(word, distance) : null;
    if (wantsPrefix) {
      for (const [term, data] of this._index.atPrefix(word)) {
        const longer = term.length - word.length;
        if (longer === 0) continue;
        typos?.delete(term);
        found.push({ term, weight: (termWeights.prefix * term.length) / (term.length + 0.3 * longer), data });
      }
    }
    if (typos) {
      for (const [term, [data, typo]] of typos) {
        if (typo === 0) continue;
        found.push({ term, weight: (termWeights.fuzzy * term.length) / (term.length + typo), data });
      }
    }
    return found;
  }

  /** `forEachMatch`'s arrays for short ids below `size`, with no document yet found. */
  private scratchFor(size: number) {
    if (this.scratch.found.length < size) {
      const capacity = Math.max(1024, 2 * size);
      this.scratch = { found: new Uint16Array(capacity), total: new Float64Array(capacity), ofWord: new Float64Array(capacity), met: new Int32Array(capacity) };
    } else {
      this.scratch.found.fill(0, 0, size);
    }
    return this.scratch;
  }

  /** Keeps what scoring reads of a document that was just added. */
  private track(shortId: number): void {
    const fieldCount = Object.keys(this._fieldIds).length;
    if (shortId >= this.present.length) {
      const capacity = Math.max(1024, 2 * (shortId + 1));
      const lengths = new Float64Array(capacity * fieldCount);
      lengths.set(this.lengths);
      const present = new Uint8Array(capacity);
      present.set(this.present);
      this.lengths = lengths;
      this.present = present;
    }
    const fieldLength = this._fieldLength.get(shortId) ?? [];
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) this.lengths[shortId * fieldCount + fieldId] = fieldLength[fieldId] ?? 0;
    this.present[shortId] = 1;
  }

  /**
   * Adds one form's BM25 score to each document that has all earlier words
   * (`found[shortId] === pass`, or `pass + 1` once this word met it), in
   * MiniSearch's order of arithmetic, so equal documents stay equal. Each
   * document met for the first time in this pass goes into `met` after the
   * `count` there already; the new count is returned.
   */
  private score(data: TermData, weight: number, pass: number, found: Uint16Array, ofWord: Float64Array, met: Int32Array, count: number): number {
    const { boost } = this._options.searchOptions;
    const { k, b, d } = bm25;
    const { lengths, present } = this;
    const fieldCount = Object.keys(this._fieldIds).length;
    for (const [field, fieldId] of Object.entries(this._fieldIds)) {
      const postings = data.get(fieldId);
      if (!postings) continue;
      const fieldWeight = weight * (boost?.[field] ?? 1);
      const average = this._avgFieldLength[fieldId]!;
      const idf = Math.log(1 + (this._documentCount - postings.size + 0.5) / (postings.size + 0.5));
      postings.forEach((frequency, shortId) => {
        const state = found[shortId]!;
        if (state < pass || present[shortId] === 0) return;
        const length = lengths[shortId * fieldCount + fieldId]!;
        const score = fieldWeight * (idf * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average))));
        if (state === pass) {
          found[shortId] = pass + 1;
          ofWord[shortId] = score;
          met[count++] = shortId;
        } else {
          ofWord[shortId]! += score;
        }
      });
    }
    return count;
  }
}
