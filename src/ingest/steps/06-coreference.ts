// Step 6: references back to people already named: "the vice chairman said", "the minister",
// and "he"/"she" outside quotes, each resolved to the most recent fitting person.
import type { Doc, PersonMention } from '../document.js';
import { findQuoteSpans } from '../entities/quote-spans.js';
import { PERSON_PRONOUNS } from '../lexicon/words.js';

// "the vice chairman said", "The Russian minister added", but not "the minister of ..." or
// "the President Xi Jinping" (a title before a name is not a reference back).
const TITLE_REF =
  /\b[Tt]he\s+((?:[A-Za-z]+[\s-]){0,2}?(?:minister|president|premier|chairman|chairwoman|spokesman|spokeswoman|spokesperson|ambassador|envoy|secretary|chancellor|general|king|queen|leader|diplomat|prince|emir|senator|governor|chief|commander|admiral|secretary-general|councilor))\b(?!\s+(?:of\b|\p{Lu}))/giu;

function lastBefore(mentions: readonly PersonMention[], pos: number, fits: (m: PersonMention) => boolean): PersonMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < pos && fits(m)) return m;
  }
  return undefined;
}

export function coreference(doc: Doc): Doc {
  const quoteSpans = findQuoteSpans(doc.clean);
  if (doc.people.length === 0) return { ...doc, quoteSpans };
  const named = [...doc.personMentions];
  const added: PersonMention[] = [];
  for (const s of doc.sentences) {
    TITLE_REF.lastIndex = 0;
    for (let m = TITLE_REF.exec(s.text); m; m = TITLE_REF.exec(s.text)) {
      const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const words = head.split(' ');
      const pos = s.start + m.index;
      // "the Russian minister": try the full phrase, then its last word(s)
      const ref = lastBefore(named, pos, (x) => words.some((_, i) => doc.people[x.person]!.titles.some((t) => t.title.toLowerCase().includes(words.slice(i).join(' ')))));
      if (!ref) continue;
      added.push({ start: pos, end: pos + m[0].length, first: -1, last: -1, person: ref.person, via: 'title' });
    }
  }
  const withTitles = [...named, ...added].sort((a, b) => a.start - b.start);
  const inQuote = (pos: number): boolean => quoteSpans.some((q) => pos >= q.start && pos < q.end);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (!PERSON_PRONOUNS.has(t.text.toLowerCase()) || inQuote(t.start)) continue;
    const ref = lastBefore(withTitles, t.start, () => true);
    if (ref) added.push({ start: t.start, end: t.end, first: i, last: i + 1, person: ref.person, via: 'pronoun' });
  }
  const personMentions = [...named, ...added].sort((a, b) => a.start - b.start);
  for (const m of added) doc.people[m.person]!.mentions.push(m);
  return { ...doc, personMentions, quoteSpans };
}
