// Step 6: references back to people already named: "the vice chairman said", "the minister",
// and "he"/"she" outside quotes, each resolved to the most recent fitting person.
import { lastStartingBefore, type Doc, type PersonMention } from '../document.js';
import { findQuoteSpans } from '../entities/quote-spans.js';
import { PERSON_PRONOUNS } from '../lexicon/words.js';
import { countryWord } from '../entities/country.js';
import { sentenceAt } from '../entities/evidence.js';
import { parseTitle } from '../entities/title.js';

// "the vice chairman said", "The Russian minister added", but not "the minister of ..." or
// "the President Xi Jinping" (a title before a name is not a reference back).
const TITLE_REF =
  /\b[Tt]he\s+((?:[A-Za-z.]+[\s-]){0,2}?(?:minister|president|premier|chairman|chairwoman|spokesman|spokeswoman|spokesperson|ambassador|envoy|secretary|chancellor|general|king|queen|leader|diplomat|prince|emir|senator|governor|chief|commander|admiral|secretary-general|councilor))\b(?!\s+of\b)/gi;
const NAME_NEXT = /^\s+\p{Lu}/u;
// "hosted by UK finance minister Gordon Brown", "talks with President Xi": the person is an object
const PREPOSITION_BEFORE = /\b(?:by|with|to|from|of|for|about|against|between|among|toward|towards)\s+(?:[\p{L}.'’-]+\s+){0,5}$/u;
const LEADER_TITLES = /\b(?:president|prime minister|premier|chancellor|king|queen|leader|emir)$/i;
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss|Madame|Mme|Sir|Dame|Lady|Lord|King|Queen)\.?\s+$/;
// Speakers the text does not name ("the spokesman", "a senior official").
const SPEAKER_NOUN = '(?:spokesman|spokeswoman|spokesperson|official|source|diplomat|analyst|economist|dealer|banker|aide|adviser|advisor|officer|executive|lawyer|expert|witness)';
// '..., the official said. He also said ...': the sentence before ends on an unnamed speaker
const UNNAMED_REPORT = new RegExp(`[,;"”]\\s*(?:the|a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?${SPEAKER_NOUN}\\s+(?:said|says|added|told\\s+\\p{L}+)\\s*[.!]?\\s*$`, 'iu');
// "The spokesman said he believed ...": "he" is the unnamed speaker, nobody named before
const UNNAMED_SPEAKER = new RegExp(`(?:^|[,;:]\\s+|\\b(?:and|but|while)\\s+)(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,4}?${SPEAKER_NOUN}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:said|says|told\\s+\\p{L}+|added|believed|believes|thinks|thought|insisted|stressed|explained)\\s+(?:that\\s+)?$`, 'u');

function lastBefore(mentions: readonly PersonMention[], pos: number, fits: (m: PersonMention) => boolean): PersonMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < pos && fits(m)) return m;
  }
  return undefined;
}

// "The German chancellor and the French president agreed": nobody holds the title yet, so
// the one person of that country is meant, or, for a leader's office, the person just named.
// The reference teaches the person the title.
function byCountryOrRecent(doc: Doc, named: readonly PersonMention[], pos: number, phrase: string): PersonMention | undefined {
  const words = phrase.split(/\s+/);
  const country = words.length > 1 ? countryWord(words[0]!) : undefined;
  const office = (country?.code ? words.slice(1) : words).join(' ');
  const title = parseTitle(office, true);
  if (!title) return undefined;
  let ref: PersonMention | undefined;
  if (country?.code) ref = lastBefore(named, pos, (x) => doc.people[x.person]!.country === country.code);
  else {
    // "Jack Straw said ... The foreign secretary told MPs": the person just named, untitled so far
    const last = lastBefore(named, pos, () => true);
    const p = last && doc.people[last.person]!;
    const near = LEADER_TITLES.test(office) ? 2 : 1;
    if (p && p.titles.length === 0 && sentenceAt(doc, pos) - sentenceAt(doc, last!.start) <= near) ref = last;
  }
  if (ref) {
    const p = doc.people[ref.person]!;
    if (!p.titles.some((t) => t.title === title.title)) p.titles.push({ ...title, country: title.country ?? country?.code ?? p.country });
  }
  return ref;
}

export function coreference(doc: Doc): Doc {
  const quoteSpans = findQuoteSpans(doc.clean);
  if (doc.people.length === 0) return { ...doc, quoteSpans };
  const inQuote = (pos: number): boolean => {
    const q = lastStartingBefore(quoteSpans, pos + 1);
    return q !== undefined && pos < q.end;
  };
  const named = [...doc.personMentions];
  const added: PersonMention[] = [];
  for (const s of doc.sentences) {
    TITLE_REF.lastIndex = 0;
    for (let m = TITLE_REF.exec(s.text); m; m = TITLE_REF.exec(s.text)) {
      if (NAME_NEXT.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      const head = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const words = head.split(' ');
      const pos = s.start + m.index;
      if (inQuote(pos)) continue;
      // "the Russian minister": try the full phrase, then its last word(s)
      let ref = lastBefore(named, pos, (x) => words.some((_, i) => doc.people[x.person]!.titles.some((t) => t.title.toLowerCase().includes(words.slice(i).join(' ')))));
      ref ??= byCountryOrRecent(doc, named, pos, m[1]!);
      if (!ref) continue;
      added.push({ start: pos, end: pos + m[0].length, first: -1, last: -1, person: ref.person, via: 'title' });
    }
  }
  // "he" is the subject of the latest sentence naming someone: its first person outside quotes
  // ("Zelenskyy thanked Scholz ... he wrote" is Zelenskyy). Resolved pronouns join the chain.
  const chain = [...named, ...added].filter((x) => !inQuote(x.start)).sort((a, b) => a.start - b.start);
  const pronouns: PersonMention[] = [];
  // who is "he" and who is "she": told by an honorific ("Mrs Thatcher") or by a pronoun already
  // resolved; "he" never points to someone the text called "she"
  const gender = new Map<number, 'he' | 'she'>();
  for (const x of chain) {
    const honorific = HONORIFIC_BEFORE.exec(doc.clean.slice(Math.max(0, x.start - 8), x.start))?.[1]?.toLowerCase();
    if (honorific && !gender.has(x.person)) gender.set(x.person, /^(?:mr|sir|lord|king)$/.test(honorific) ? 'he' : 'she');
  }
  let k = 0;
  let unnamed = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (!PERSON_PRONOUNS.has(t.text.toLowerCase()) || inQuote(t.start)) continue;
    while (k < chain.length && chain[k]!.start < t.start) k++;
    const last = chain[k - 1];
    if (!last) continue;
    const own = doc.sentences[sentenceAt(doc, t.start)]!;
    const lead = doc.clean.slice(own.start, t.start);
    const speaker = UNNAMED_SPEAKER.exec(lead);
    const prior = doc.sentences[own.index - 1];
    // an unnamed speaker stays "he" until the text names someone again
    if ((speaker && !chain.some((x) => x.start >= own.start + speaker.index && x.start < t.start))
      || (prior && !lead.trim() && UNNAMED_REPORT.test(prior.text))
      || (unnamed >= 0 && !chain.some((x) => x.start > unnamed && x.start < t.start))) {
      unnamed = t.start;
      continue;
    }
    unnamed = -1;
    // "At a conference hosted by Gordon Brown, he said ...": a preposition's object is no
    // subject, nor is an owner ("Mr Bush's first task was ..., he said"); a sentence naming
    // nobody else is passed over for the one before it
    const object = (x: PersonMention): boolean =>
      PREPOSITION_BEFORE.test(doc.clean.slice(Math.max(doc.sentences[sentenceAt(doc, x.start)]!.start, x.start - 40), x.start))
      || /['’]s$/.test(doc.clean.slice(x.start, x.end)) || /^['’]s\b/.test(doc.clean.slice(x.end, x.end + 3));
    const pronoun = t.text.toLowerCase() as 'he' | 'she';
    const fits = (x: PersonMention): boolean => (gender.get(x.person) ?? pronoun) === pronoun;
    let ref: PersonMention | undefined;
    let end = k;
    for (let tries = 0; tries < 2 && end > 0 && !ref; tries++) {
      const sentence = sentenceAt(doc, chain[end - 1]!.start);
      let j = end - 1;
      while (j > 0 && sentenceAt(doc, chain[j - 1]!.start) === sentence) j--;
      ref = chain.slice(j, end).find((x) => !object(x) && fits(x));
      end = j;
    }
    if (!ref) {
      // "a view voiced again by her defence minister, George Younger. He told ...": the nearest
      // one of the latest sentence that can be meant, whatever their role
      const sentence = sentenceAt(doc, last.start);
      let j = k - 1;
      while (j > 0 && sentenceAt(doc, chain[j - 1]!.start) === sentence) j--;
      const inLast = chain.slice(j, k);
      ref = inLast.find((x) => fits(x) && !object(x)) ?? inLast.findLast(fits);
    }
    if (!ref) continue;
    if (!gender.has(ref.person)) gender.set(ref.person, pronoun);
    const m: PersonMention = { start: t.start, end: t.end, first: i, last: i + 1, person: ref.person, via: 'pronoun' };
    chain.splice(k, 0, m);
    k++;
    pronouns.push(m);
  }
  added.push(...pronouns);
  const personMentions = [...named, ...added].sort((a, b) => a.start - b.start);
  for (const m of added) doc.people[m.person]!.mentions.push(m);
  return { ...doc, personMentions, quoteSpans };
}
