// The document the pipeline steps pass along: the clean text with its offset map, sentences,
// tokens and the mentions each step adds. Internal; extract() turns it into an Extraction.
import type { ArticleInput, LocationRef } from './types.js';

/** A stretch of clean text copied verbatim from the original body. */
export interface Segment {
  clean: number;
  orig: number;
  length: number;
}

export interface Sent {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** First letter upper case. */
  cap: boolean;
  /** Followed directly by a period ("Mr.", "U.S." keeps its own). */
  dot: boolean;
}

export interface Span {
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface CountryMention extends Span {
  code: string;
  kind: 'name' | 'adjective' | 'capital';
  /** A capital used as a place ("in Moscow") rather than for its government ("Moscow says"). */
  asPlace: boolean;
}

export interface OrgMention extends Span {
  /** Canonical name (the known body's, or the phrase itself). */
  name: string;
  /** The words the text names it by here: "Group of Seven", "EU", "Foreign Ministry". */
  surface: string;
  country: string | null;
  kind: string;
}

export interface PersonMention extends Span {
  /** Index into Doc.people. */
  person: number;
  /** How the person was named here: "name", "alias", "title" ("the minister"), "pronoun". */
  via: 'name' | 'alias' | 'title' | 'pronoun';
}

export interface PersonDraft {
  name: string;
  parts: string[];
  aliases: Set<string>;
  country: string | null;
  titles: { title: string; organization: string | null; country: string | null }[];
  mentions: PersonMention[];
}

export interface QuoteSpan {
  /** Clean offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offsets with the quote marks. */
  outerStart: number;
  outerEnd: number;
  /** Runs on from an unclosed quote in the paragraph before. */
  continued: boolean;
  /** The quote stays open at the end of its paragraph. */
  open: boolean;
}

export interface Doc {
  input: ArticleInput;
  body: string;
  clean: string;
  segments: Segment[];
  dateline: { place: string | null; country: string | null; date: string | null; text: string | null } | null;
  sentences: Sent[];
  tokens: Token[];
  countries: CountryMention[];
  orgs: OrgMention[];
  people: PersonDraft[];
  personMentions: PersonMention[];
  locations: LocationRef[];
  quoteSpans: QuoteSpan[];
}

/** Map a clean-text offset back to the original body. */
export function toOriginal(doc: Doc, pos: number): number {
  const segs = doc.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.clean <= pos) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  if (!seg) return pos;
  return seg.orig + Math.min(Math.max(pos - seg.clean, 0), seg.length);
}

/** The items of a start-sorted list that start in [from, to): binary search, then a slice. */
export function startingIn<T extends { start: number }>(list: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < list.length && list[end]!.start < to) end++;
  return list.slice(lo, end);
}

/** The last item of a start-sorted list that starts before pos. */
export function lastStartingBefore<T extends { start: number }>(list: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1];
}
