// Step 10: relation descriptors between countries ("comprehensive strategic partnership of
// coordination for a new era", "70 years of diplomatic ties") and the article's topics.
import { startingIn, type Doc } from '../document.js';
import { topCountries } from './08-context.js';
import type { RelationRef, TopicRef } from '../types.js';
import { evidenceOf, sentenceEvidence } from '../entities/evidence.js';
import { TOPICS } from '../lexicon/topics.js';

// "a comprehensive strategic partnership of coordination for a new era", "all-weather strategic
// cooperative partnership", "special relationship", "alliance"
const PARTNERSHIP =
  /\b((?:(?:comprehensive|strategic|all-round|all-weather|global|special|privileged|cooperative|close|friendly|good-neighbou?rly|enhanced|extended|full|long-term|stable|new|important)(?:,?\s+and\s+|,\s+|\s+)){1,6}(?:partnership|relationship|alliance|cooperation)(?:\s+of\s+(?:coordination|cooperation|friendship|mutual trust)(?:\s+for\s+a\s+new\s+era|\s+in\s+the\s+new\s+era)?)?)/gi;
// "70 years of diplomatic ties", "the 70th anniversary of the establishment of diplomatic relations"
const ANNIVERSARY =
  /\b((?:\d+|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?\s+(?:years?|anniversary)\s+of\s+(?:the\s+establishment\s+of\s+)?(?:their\s+)?diplomatic\s+(?:ties|relations))/gi;

function countriesOf(doc: Doc, index: number): string[] {
  const s = doc.sentences[index]!;
  const codes = new Set<string>();
  for (const c of startingIn(doc.countries, s.start, s.end)) if (!c.asPlace) codes.add(c.code);
  for (const m of startingIn(doc.personMentions, s.start, s.end)) {
    const p = doc.people[m.person]!;
    if (p.country) codes.add(p.country);
  }
  if (codes.size < 2) {
    // "the two countries": the article's two most mentioned countries
    const top = topCountries(doc).slice(0, 2);
    if (/\b(?:two|both|bilateral|their)\b/i.test(s.text) || codes.size === 1) for (const c of top) if (codes.size < 2) codes.add(c);
  }
  return [...codes].sort();
}

export function relations(doc: Doc): RelationRef[] {
  const out: RelationRef[] = [];
  for (const s of doc.sentences) {
    const kinds = [/partnership|relationship|alliance/i.test(s.text) ? PARTNERSHIP : null, /diplomatic/i.test(s.text) ? ANNIVERSARY : null];
    for (const re of kinds) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const descriptor = m[1]!.replace(/\s+/g, ' ').replace(/^(?:a|an|the)\s+/i, '');
        if (re === PARTNERSHIP && !/partnership|relationship|alliance/i.test(descriptor)) continue;
        const countries = countriesOf(doc, s.index);
        if (countries.length < 2) continue;
        const key = `${countries.join()}|${descriptor.toLowerCase()}`;
        if (out.some((r) => `${r.countries.join()}|${r.descriptor.toLowerCase()}` === key)) continue;
        const start = s.start + m.index + (m[0].length - m[1]!.length);
        out.push({ countries, descriptor, evidence: evidenceOf(doc, start, start + m[1]!.length) });
      }
    }
  }
  return out;
}

export function topics(doc: Doc): TopicRef[] {
  const found = new Map<string, TopicRef>();
  for (const s of doc.sentences) {
    for (const [name, re] of TOPICS) {
      if (!re.test(s.text)) continue;
      const t = found.get(name) ?? { name, evidence: [] };
      if (t.evidence.length < 5) t.evidence.push(sentenceEvidence(doc, s.index));
      found.set(name, t);
    }
  }
  return [...found.values()];
}
