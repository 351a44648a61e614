// Context the event step reads around a trigger: dates carried from earlier sentences, "the
// two sides" standing for the article's two parties, and where a meeting took place.
import { startingIn, type Doc } from '../document.js';
import type { Actor } from '../entities/actors.js';
import type { LocationRef } from '../types.js';
import { anchorOf, findDate, type FoundDate } from '../entities/date.js';

// The date of each sentence: its own, else one from the three sentences before it
// ("on Thursday agreed ... The two reached the agreement during a meeting in Moscow").
export function sentenceDates(doc: Doc): (FoundDate | null)[] {
  const anchor = anchorOf(doc.input.publishedAt);
  const out: (FoundDate | null)[] = [];
  let last: FoundDate | null = null;
  let lastAt = -10;
  for (const s of doc.sentences) {
    const own = findDate(s.text, anchor);
    if (own) {
      last = own;
      lastAt = s.index;
    }
    out.push(own ?? (s.index - lastAt <= 3 ? last : null));
  }
  return out;
}

// "The two sides signed ...", "Both leaders agreed ...", "The presidents agreed to meet"
const BOTH = /\b(?:the two|both|the three|all three)\s+(?:sides|countries|nations|governments|leaders|presidents|ministers|delegations|heads of state|parties|diplomats|men|officials)\b|\bthe (?:leaders|presidents|two leaders)\b/i;
const PEOPLE_WORDS = /leaders|presidents|ministers|heads|diplomats|men|officials/i;

export function bothSides(doc: Doc, text: string, sentenceStart: number): [Actor[], Actor[]] | null {
  const m = BOTH.exec(text);
  if (!m) return null;
  // "the three leaders agreed": a summit of three
  const n = /three/i.test(m[0]) ? 3 : 2;
  if (PEOPLE_WORDS.test(m[0])) {
    const picked: Actor[] = [];
    const before = startingIn(doc.personMentions, 0, sentenceStart);
    for (let k = before.length - 1; k >= 0 && picked.length < n && before.length - k < 50; k--) {
      const x = before[k]!;
      const country = doc.people[x.person]!.country;
      if (picked.some((a) => a.person === x.person || (country && doc.people[a.person!]!.country === country))) continue;
      picked.unshift({ pos: x.start, person: x.person });
    }
    if (picked.length === n) return [[picked[0]!], picked.slice(1)];
  }
  const top = topCountries(doc).slice(0, n);
  if (top.length < n) return null;
  return [[{ pos: sentenceStart, country: top[0]! }], top.slice(1).map((country) => ({ pos: sentenceStart, country }))];
}

const TOP = new WeakMap<Doc, string[]>();

/** The article's three most mentioned countries, most first ("the two countries"), computed once. */
export function topCountries(doc: Doc): string[] {
  let top = TOP.get(doc);
  if (top) return top;
  const counts = new Map<string, number>();
  for (const c of doc.countries) if (!c.asPlace) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  for (const p of doc.people) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c]) => c);
  TOP.set(doc, top);
  return top;
}

// A meeting is a visit when it happens in one side's country, a third-place meeting elsewhere.
export function meetingCode(sourceCountries: string[], targetCountries: string[], location: LocationRef | null): string {
  const where = location?.country;
  if (!where) return '040';
  const inSource = sourceCountries.includes(where);
  const inTarget = targetCountries.includes(where);
  if (inTarget && !inSource) return '042';
  if (inSource && !inTarget) return '043';
  if (!inSource && !inTarget && sourceCountries.length && targetCountries.length) return '044';
  return '040';
}
