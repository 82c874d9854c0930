// The site's search engine, loaded by search.mjs when a reader first uses the search box:
// MiniSearch (pinned in package.json, served from assets/js/vendor/) over the index the build
// writes (search/index.json, protocol/site/search.py). Words are stemmed (Porter), common words
// are left out, and each group of the council's synonyms counts as one word, so "complaint"
// finds "unhappy" and "dissatisfied". A word the site lacks does not stop the others matching.
import MiniSearch from "./vendor/minisearch.mjs";
import { stemmer } from "./vendor/stemmer.mjs";

const STOP = new Set(("a about after all also an and any are as at be been but by can could do " +
  "does for from had has have how i if in into is it its me my no not of on or our should so " +
  "than that the their them then there these they this those to was we were what when where " +
  "which who whom why will with would you your").split(" "));
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const FIELDS = { title: 4, keywords: 1.5, lead: 1, text: 1, terms: 0.5, options: 0.75 };

export function words(text) {
  return String(text).match(WORD) || [];
}

function stem(word, distinct = []) {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  if (STOP.has(lower)) return null;
  return distinct.find((d) => lower.startsWith(d)) || stemmer(lower);
}

export class Engine {
  constructor(data) {
    this.docs = new Map(data.docs.map((doc) => [doc.id, doc]));
    const distinct = data.distinct || [];
    this.canonical = new Map();
    for (const group of data.synonyms || []) {
      const stems = group.map((w) => stem(w, distinct)).filter(Boolean);
      for (const s of stems) this.canonical.set(s, stems[0]);
    }
    this.term = (word) => {
      const s = stem(word, distinct);
      return s && (this.canonical.get(s) || s);
    };
    this.mini = new MiniSearch({
      fields: Object.keys(FIELDS),
      tokenize: words,
      processTerm: this.term,
      extractField: (doc, field) => {
        const value = doc[field];
        return Array.isArray(value) ? value.join("\n") : value ?? "";
      },
      searchOptions: {
        combineWith: "OR",
        boost: FIELDS,
        boostDocument: (id) => this.docs.get(id).boost || 1,
        boostTerm: (term) => this.rarity(term),
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        weights: { fuzzy: 0.2, prefix: 0.3 },
      },
    });
    this.mini.addAll(data.docs);
    // A word most of the site uses ("officer", "council") says little about what a reader
    // wants: each query word counts by how few documents have it, in any field.
    const counts = new Map();
    for (const doc of data.docs) {
      const seen = new Set();
      for (const field of Object.keys(FIELDS)) {
        for (const w of words(this.mini._options.extractField(doc, field))) seen.add(this.term(w));
      }
      for (const t of seen) if (t) counts.set(t, (counts.get(t) || 0) + 1);
    }
    const n = data.docs.length;
    this.rarity = (term) => {
      let df = counts.get(term) || 0;
      if (!df && term.length >= 4) { // a word being typed: the words it begins
        for (const [t, c] of counts) if (t.startsWith(term)) df += c;
      }
      if (!df) return 1; // matches only loosely (fuzzy), if at all
      return Math.log(1 + Math.max(n - df + 0.5, 0.5) / (df + 0.5));
    };
  }

  // The best matches for a query: [{doc, score, matched: the index terms it matched}].
  search(query, limit = 20) {
    return this.mini.search(query).slice(0, limit).map((hit) => ({
      doc: this.docs.get(hit.id),
      score: hit.score,
      matched: new Set(hit.terms),
    }));
  }

  // Text as [{text, mark}] pieces, the words that matched marked; at most about `length`
  // characters, starting shortly before the first match.
  excerpt(text, matched, length = 220) {
    const found = [];
    for (const m of String(text).matchAll(WORD)) {
      const t = this.term(m[0]);
      if (t && matched.has(t)) {
        found.push([m.index, m.index + m[0].length]);
      }
    }
    let start = 0;
    if (found.length && found[0][0] > length / 3) {
      start = text.lastIndexOf(" ", found[0][0] - 40) + 1;
    }
    let end = Math.min(text.length, start + length);
    if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), start + 1);
    const pieces = [];
    let at = start;
    if (start > 0) pieces.push({ text: "… ", mark: false });
    for (const [from, to] of found) {
      if (to <= at || from >= end) continue;
      if (from > at) pieces.push({ text: text.slice(at, from), mark: false });
      pieces.push({ text: text.slice(Math.max(from, at), to), mark: true });
      at = to;
    }
    if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
    if (end < text.length) pieces.push({ text: " …", mark: false });
    return pieces;
  }
}

export async function load(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Engine(await response.json());
}
