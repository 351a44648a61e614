// Step 7: quotes and their speakers. The speaker is read right after the quote ("..., he said",
// "..., said Mr Straw", "..., according to Lavrov"), else right before it ("Lavrov said: ..."),
// else inherited by a quote that runs on from the paragraph before.
import { startingIn, type Doc, type QuoteSpan } from '../document.js';
import { parseTitle } from '../entities/title.js';
import type { QuoteRef } from '../types.js';
import { evidenceOf, sentenceAt } from '../entities/evidence.js';
import { SPEECH_VERBS } from '../lexicon/speech.js';

const WORDS_MIN = 4;
// ", he said", ", Shoigu told reporters", ", the vice chairman said"
const AFTER_SUBJECT_VERB = new RegExp(`^[\\s,.—–-]*((?:[\\p{L}.'’-]+\\s+){0,9}?[\\p{L}.'’-]+)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH_VERBS})\\b`, 'du');
// ", said Mr Straw", ", says the Kremlin"
const AFTER_VERB_SUBJECT = new RegExp(`^[\\s,.—–-]*(?:${SPEECH_VERBS})\\s+((?:[\\p{L}.'’-]+\\s*){1,8})`, 'du');
// ", according to Foreign Ministry spokesman Zhao Lijian"
const ACCORDING = /^[\s,.—–-]*according to\s+((?:[\p{L}.'’-]+\s*){1,8})/du;
// '"Let's give them a call," the source quoted Baker as saying': the one quoted speaks
const QUOTED_AS = /^[\s,.—–-]*(?:[\p{L}.'’-]+\s+){0,4}?quoted\s+((?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+)\s+as\s+saying\b/du;
// 'Britain was "uniquely placed" to ..., he suggested.': the sentence's own reporting clause
const SENTENCE_REPORTER = new RegExp(`[,;]\\s*((?:[\\p{L}.'’-]+\\s+){0,6}?[\\p{L}.'’-]+)\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH_VERBS})\\b[^,;"“”]{0,60}[.!?]?\\s*$`, 'du');
// "a senior Bank of Japan official", "one source", "an aide to Chirac": an unnamed speaker
const DETERMINER = /^(?:a|an|one|the|another|two|three|several|some|many|other)\s+/i;
const POSSESSED_SPEAKER = /^\s+((?:[\p{Ll}-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|aides?|adviser|advisor|office|lawyers?|officials?|press\s+secretary))(?![\p{L}])/u;
const APPOSITION_THEN_VERB = new RegExp(`^,\\s+[^"“”.;]{3,140}?,?\\s+(?:${SPEECH_VERBS})\\b`, 'u');
const NOT_DESCRIPTOR = /^(?:he|she|they|it|we|who|which|that|this|there|also|then|later|and|but)$/i;
// "Lavrov said: ", "He added, ", "Mr. Reagan, quoting a Russian proverb, said: "
const BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b[^.:"“”]{0,60}?[:,]?\\s*$`, 'u');

/** Who a reporting clause's subject names: a person (by name, title or pronoun) heading it, else
 * an unnamed speaker's description ("Finance Ministry official"), else a body or a state. */
function subjectSpeaker(doc: Doc, from: number, phrase: string): string | null {
  const det = DETERMINER.exec(phrase);
  const rest = phrase.slice(det?.[0].length ?? 0).trim();
  const head = rest.split(/\s+(?:of|to|for|at|in|with|from)\s+/)[0]!;
  const headFrom = from + (det?.[0].length ?? 0);
  const person = startingIn(doc.personMentions, from, headFrom + head.length)[0];
  if (person) {
    const name = doc.people[person.person]!.name;
    // "Mr Blair's official spokesman said": the owner's spokesman speaks, not the owner
    const mention = doc.clean.slice(person.start, person.end);
    const tail = doc.clean.slice(person.end, from + phrase.length + 1);
    const owned = /['’]s$/.test(mention) || /^['’]s\s/.test(tail) ? POSSESSED_SPEAKER.exec(tail.replace(/^['’]s/, '')) : null;
    return owned ? `${name.split(' ').at(-1)}'s ${owned[1]!.replace(/\s+/g, ' ')}` : name;
  }
  const last = head.split(/\s+/).at(-1) ?? '';
  if (det && /^\p{Ll}[\p{Ll}-]+$/u.test(last) && !NOT_DESCRIPTOR.test(last) && rest.split(/\s+/).length <= 6) {
    // "the prime minister said", not resolved to anyone yet: the person just named
    const title = /^the$/i.test(det[0].trim()) ? parseTitle(head, true) : null;
    if (title) {
      // the one named before who holds it, else the last one named who holds no office yet
      const before = doc.personMentions.filter((m) => m.start < from && !insideQuote(doc, m.start)).reverse();
      const holder = before.find((m) => doc.people[m.person]!.titles.some((t) => t.title.toLowerCase().endsWith(title.title.toLowerCase())))
        ?? before.find((m) => doc.people[m.person]!.titles.length === 0);
      if (holder) return doc.people[holder.person]!.name;
    }
    // "the committee in its report": the description, not where it was said
    const description = rest.replace(/\s+(?:in|at|with|from|on)\s+.*$/i, '');
    return bodyDescribed(doc, from, description) ?? description;
  }
  return speakerIn(doc, from, from + phrase.length);
}

// "the all-party committee report said", after "parliament's Defence Committee said": the body
// named before whose head word the description holds, speaking itself or through its text
const TEXT_HEADS = /^(?:report|statement|communiqu[eé]|letter|paper|study|document|ruling|resolution)$/i;
function bodyDescribed(doc: Doc, before: number, description: string): string | null {
  const words = description.toLowerCase().split(/[\s-]+/);
  const head = words.at(-1) ?? '';
  for (let k = doc.orgs.length - 1; k >= 0; k--) {
    const o = doc.orgs[k]!;
    if (o.start >= before) continue;
    const orgHead = o.name.toLowerCase().split(/\s+/).at(-1)!;
    if (orgHead.length > 3 && words.includes(orgHead) && (head === orgHead || TEXT_HEADS.test(head))) return o.name;
  }
  return null;
}

function speakerIn(doc: Doc, from: number, to: number): string | null {
  const person = startingIn(doc.personMentions, from, to)[0];
  if (person) return doc.people[person.person]!.name;
  const org = startingIn(doc.orgs, from, to)[0];
  if (org) return org.name;
  const country = startingIn(doc.countries, from, to).find((c) => !c.asPlace);
  if (country) return country.code;
  return null;
}

// 'known as "Barbecue"', 'the so-called "peace plan"': a name, not anyone's words
const NAMING = /\b(?:known\s+as|dubbed|nicknamed|so-called|code-?named|titled|entitled)\s*$/i;
// "Wei Fenghe, who told him that Washington must stop ...": the relative clause's own subject
const WHO_CLAUSE = /,\s+who\s+[^,;]*$/;

function insideQuote(doc: Doc, pos: number): boolean {
  return doc.quoteSpans.some((x) => x.start <= pos && pos < x.end);
}

// 'Le Drian called the junta "illegitimate"', 'Khamenei vowed "harsh revenge"': a quote inside a
// sentence is the words of the person the sentence is about, or of the one its "who" clause names.
function subjectBefore(doc: Doc, q: QuoteSpan): string | null {
  const sentence = doc.sentences[sentenceAt(doc, q.outerStart)];
  if (!sentence || sentence.start >= q.outerStart) return null;
  const before = doc.clean.slice(sentence.start, q.outerStart);
  if (NAMING.test(before)) return null;
  const people = startingIn(doc.personMentions, sentence.start, q.outerStart).filter((m) => !insideQuote(doc, m.start));
  if (people.length === 0) return null;
  const who = WHO_CLAUSE.exec(before);
  if (who) {
    const owner = people.filter((m) => m.start < sentence.start + who.index).at(-1);
    if (owner) return doc.people[owner.person]!.name;
  }
  return doc.people[people[0]!.person]!.name;
}

const isPerson = (doc: Doc, who: string | null): boolean => who !== null && doc.people.some((p) => p.name === who);
const isBody = (doc: Doc, who: string | null): boolean => who !== null && doc.orgs.some((o) => o.name === who);

/** The speaker of one quote, or null when the text does not say. */
export function attribute(doc: Doc, q: QuoteSpan): string | null {
  const stated = statedSpeaker(doc, q);
  // a person, or an unnamed speaker described ("the communique said", "one banker said", "Blair's
  // official spokesman")
  if (isPerson(doc, stated) || (stated !== null && (/^\p{Ll}/u.test(stated) || /['’]s\s/.test(stated)))) return stated;
  // 'The Treasury said Baker and Stoltenberg "are consulting ..."': the body reports what the
  // people named after its verb do
  if (isBody(doc, stated) && reportsPeople(doc, q)) return stated;
  return subjectBefore(doc, q) ?? stated;
}

const REPORTED = new RegExp(`^[^"“”]*?\\b(?:${SPEECH_VERBS})\\b\\s+(?:that\\s+)?$`, 'u');
function reportsPeople(doc: Doc, q: QuoteSpan): boolean {
  const sentence = doc.sentences[sentenceAt(doc, q.outerStart)];
  if (!sentence) return false;
  const first = startingIn(doc.personMentions, sentence.start, q.outerStart)[0];
  return first !== undefined && REPORTED.test(doc.clean.slice(sentence.start, first.start));
}

// 'Baker's additional statement that "the Louvre agreement is still operative"': the owner of
// the words speaks, whoever reports them after
const OWN_WORDS = /['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|remarks?|words|comments?|assertion|warning|claim|pledge|promise|message|declaration|insistence|reply|answer)\s*(?:that\s*|[:,]\s*)?$/u;

function statedSpeaker(doc: Doc, q: QuoteSpan): string | null {
  const windowStart = Math.max(0, q.outerStart - 80);
  const own = OWN_WORDS.exec(doc.clean.slice(windowStart, q.outerStart));
  if (own) {
    // the person whose mention ends where the possessive begins
    const at = windowStart + own.index;
    const owner = doc.personMentions.find((m) => m.start < at + 2 && m.end >= at && !insideQuote(doc, m.start));
    if (owner) return doc.people[owner.person]!.name;
  }
  const sentence = doc.sentences[sentenceAt(doc, Math.max(0, q.outerEnd - 1))];
  const afterEnd = Math.min(q.outerEnd + 120, doc.clean.indexOf('\n\n', q.outerEnd) >>> 0);
  const after = doc.clean.slice(q.outerEnd, afterEnd);
  // '"... the EU ." The foreign secretary meanwhile said': a quote closed on a full stop, then a
  // new sentence, is not attributed by what follows
  // (or closed, then a full stop: '... was "entirely justified". New commission president ...')
  const closed = (/[.!?]\s*$/.test(doc.clean.slice(q.start, q.end)) && /^\s*\p{Lu}/u.test(after)) || /^[.!?]\s+\p{Lu}/u.test(after);
  for (const re of closed ? [QUOTED_AS] : [QUOTED_AS, AFTER_VERB_SUBJECT, ACCORDING, AFTER_SUBJECT_VERB]) {
    const m = re.exec(after);
    if (!m) continue;
    const from = q.outerEnd + m.indices![1]![0];
    const who = re === QUOTED_AS ? speakerIn(doc, from, from + m[1]!.length) : subjectSpeaker(doc, from, m[1]!);
    if (who) return who;
  }
  // '"... chose to wear", Rabbi Marvin Hier, founder of a human rights centre, said': a name,
  // its apposition, then the verb
  if (!closed) {
    const lead = /^[\s,—–-]*/.exec(after)![0].length;
    // (a title or honorific may come first: "Rabbi Marvin Hier")
    const named = doc.personMentions.find((x) => x.start >= q.outerEnd + lead && x.start <= q.outerEnd + lead + 24
      && /^(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(doc.clean.slice(q.outerEnd + lead, x.start)));
    const verb = named ? APPOSITION_THEN_VERB.exec(doc.clean.slice(named.end, Math.min(named.end + 160, afterEnd))) : null;
    if (named && verb) return doc.people[named.person]!.name;
  }
  if (sentence && !closed) {
    const rest = doc.clean.slice(q.outerEnd, sentence.end);
    const m = SENTENCE_REPORTER.exec(rest);
    if (m) {
      const from = q.outerEnd + m.indices![1]![0];
      const who = subjectSpeaker(doc, from, m[1]!);
      if (who) return who;
    }
  }
  const paraBreak = doc.clean.lastIndexOf('\n\n', q.outerStart);
  const paraStart = paraBreak < 0 ? 0 : paraBreak + 2;
  const opening = doc.sentences[sentenceAt(doc, q.outerStart)];
  const lineStart = Math.max(paraStart, opening ? Math.min(opening.start, q.outerStart) : paraStart, q.outerStart - 200);
  const before = doc.clean.slice(lineStart, q.outerStart);
  const m = BEFORE.exec(before);
  if (m) {
    // "But the all-party committee report said ...", "Shadow Europe minister Mr Brady said:"
    const clause = before.slice(0, m.index).split(/[.!?;:"“”]\s+(?=\p{Lu})|[;:"“”]/u).at(-1)!.trim().replace(/^(?:but|and|so|yet)\s+/i, '');
    // "... with what the communique termed": the noun phrase right before the verb
    const tail = /((?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+)\s*$/u.exec(clause)?.[1];
    const det = tail ? /(?:^|\s)((?:the|a|an|one)\s+(?:(?!the\s|a\s|an\s|one\s)[\p{L}.'’-]+\s*)+)$/iu.exec(tail) : null;
    const subject = det?.[1]?.trim() ?? tail;
    if (subject) {
      const from = lineStart + before.slice(0, m.index).lastIndexOf(subject);
      const who = subjectSpeaker(doc, from, subject);
      if (who) return who;
    }
    return speakerIn(doc, lineStart, lineStart + m.index);
  }
  return null;
}

const HE_SAID = new RegExp(`^[\\s,.—–-]*(?:he|she)\\s+(?:also\\s+)?(?:${SPEECH_VERBS})\\b`, 'iu');
const IT_SAID = new RegExp(`\\b(?:it|they)\\s+(?:also\\s+)?(?:${SPEECH_VERBS})\\b[^."“”]{0,60}$`, 'iu');

// '... he stressed that ONGC was not interested. "China's problem is ..."': a quote opening a
// sentence with no attribution of its own is the words of whom the sentence before is about,
// preferably one that reports speech, looking back two sentences.
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'u');
function lastSpeakerBefore(doc: Doc, q: QuoteSpan): string | null {
  const at = sentenceAt(doc, q.outerStart);
  const own = doc.sentences[at];
  // ('Moore said one aim was to "...". Another was to seek ways of ..., as well as preventing
  // "bush fires of confrontation ..."': a sentence that goes on with what was said, naming nobody;
  // words in lower case, not a name in capitals ("Low and No Emission Bus"), and only after a
  // sentence that reports speech)
  const inside = own !== undefined && own.start < q.outerStart - 1;
  if (inside) {
    const lead = doc.clean.slice(own.start, q.outerStart);
    const words = doc.clean.slice(q.start, q.end).split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (SPEECH.test(lead) || NAMING.test(lead) || startingIn(doc.personMentions, own.start, q.outerStart).length || startingIn(doc.orgs, own.start, q.outerStart).length
      || startingIn(doc.countries, own.start, q.outerStart).length || words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) return null;
  }
  let fallback: string | null = null;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
    const sent = doc.sentences[k]!;
    const people = startingIn(doc.personMentions, sent.start, sent.end).filter((m) => !insideQuote(doc, m.start));
    if (people.length === 0) continue;
    const who = doc.people[people[0]!.person]!.name;
    if (SPEECH.test(sent.text)) return who;
    fallback ??= k === at - 1 ? who : null;
  }
  return inside ? null : fallback;
}

function openBefore(doc: Doc, quote: QuoteRef): boolean {
  return doc.quoteSpans.some((q) => q.open && doc.clean.slice(q.start, q.end).trim().startsWith(quote.text.slice(0, 20)));
}

export function quotes(doc: Doc): QuoteRef[] {
  const out: QuoteRef[] = [];
  let previous: string | null = null;
  let previousEnd = -1;
  for (const q of doc.quoteSpans) {
    const text = doc.clean.slice(q.start, q.end).trim().replace(/[,\s]+$/, '');
    const words = text.split(/\s+/).length;
    const stated = attribute(doc, q);
    // a short quote counts when it is attributed as speech ('"We will talk," Mr Straw said'),
    // not when it is a phrase held at arm's length ('called it a "heinous provocation"')
    // ('vowed "harsh revenge"' is the words of the one who vowed: kept when a person is found)
    const spoken = words >= 2 && stated && /[,.!?]$/.test(doc.clean.slice(q.start, q.end).trim());
    // '"The ball is in Iran's court," Mr Straw said. "We want a negotiated solution."'
    const sameParagraph = previousEnd >= 0 && !doc.clean.slice(previousEnd, q.outerStart).includes('\n\n');
    // "there was less "neurosis" about ...", between two of Mr Straw's quotes: his word too
    // ('a $2bn "funding gap" still stood in the way, the WHO said': a body's words, told by its
    // own reporting clause)
    if (words < WORDS_MIN && !spoken && !isPerson(doc, stated) && !isBody(doc, stated) && !(stated === null && sameParagraph && isPerson(doc, previous))) continue;
    // '... of the ABM Treaty."¶"We note that all present ...': a paragraph that opens with a quote
    // right after one that closed the paragraph before goes on quoting the same source
    const nextParagraph = previousEnd >= 0 && /^["”'’]?\s*\n\n\s*$/.test(doc.clean.slice(previousEnd, q.outerStart));
    // 'The communique said ... It said the officials "reaffirmed ..."': "it" is the body quoted last
    const itSaid: boolean = stated === null && previous !== null && !isPerson(doc, previous) && IT_SAID.test(doc.clean.slice(Math.max(0, q.outerStart - 80), q.outerStart));
    // '..., the official said. ... "This is because ...," he added': "he" the text left to the
    // unnamed speaker quoted last
    const heSaid: boolean = stated === null && previous !== null && !isPerson(doc, previous) && HE_SAID.test(doc.clean.slice(q.outerEnd, q.outerEnd + 40));
    const speaker: string | null = stated ?? (q.continued || sameParagraph || nextParagraph || itSaid || heSaid ? previous : null) ?? (words >= WORDS_MIN ? lastSpeakerBefore(doc, q) : null);
    previousEnd = q.outerEnd;
    out.push({ text, speaker, evidence: evidenceOf(doc, q.start, q.end) });
    previous = speaker;
    // "We are ready for talks.¶"But we will defend our interests," he said: the open
    // paragraph takes the speaker named where the quote closes
    if (speaker && q.continued) {
      for (let k = out.length - 2; k >= 0 && out[k]!.speaker === null && openBefore(doc, out[k]!); k--) out[k]!.speaker = speaker;
    }
  }
  return out;
}
