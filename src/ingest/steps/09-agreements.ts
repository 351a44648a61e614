// Step 9: agreements as facts of their own, read sentence by sentence. An agreement is named by
// a noun ("signed a memorandum", "the Paris accord", "an IMF loan", "a joint statement") or made
// by a verb of commitment ("agreed to strengthen", "reaffirmed their commitment to", "pledged").
// Status: a commitment is pledged ("agreed a loan" is signed); a named agreement is proposed when
// the words around it say it is not agreed yet ("proposed", "negotiating", "expected to sign"),
// else signed. Parties are the states and bodies the sentence names, people standing for their
// state; "they", "the leaders", "both sides" stand for the sides of the meeting the article reports.
import { startingIn, type Doc } from '../document.js';
import type { AgreementRef, AgreementStatus, EventRef } from '../types.js';
import { actorsIn, type Actor } from '../entities/actors.js';
import { evidenceOf } from '../entities/evidence.js';
import { countryWord } from '../entities/country.js';
import { topCountries } from './08-context.js';
import {
  AGREED_ASIDE, AGREED_BEFORE, AGREED_DEAL, AGREED_OBJECT, AGREED_TEXT, AGREED_VIEW, AGREEMENT_NOUN, BOTH_SIDES, BOTH_SIDES_NAMED, COMMITMENT_MADE, COMMITMENT_NOUN, COMMITMENT_OBJECT,
  COMMITMENT_TO_DO, HYPOTHETICAL, LENDER, NAMED_PROGRAMME, NOT_YET, OFFERED, PLEDGE, PROGRAMME_KIND, PROGRAMME_NOUN, PROGRAMME_OF, PROMISED_TO, PROPOSED, REAFFIRMED, SIGNED, VERB_BEFORE,
} from '../lexicon/agreements.js';
import { TOPICS } from '../lexicon/topics.js';
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';

const SIGNED_ALL = new RegExp(SIGNED.source, 'gi');

// "greater agreement now among major countries", "in agreement with": accord of views, not a deal
const NOT_A_DEAL = /\b(?:greater|broad|general|wide|little|no|some|more|in|full|complete)\s+$/i;
// The clause a commitment's subject is in: after the last break before the verb.
const CLAUSE_BREAK = /[;:"“”]|,\s+(?:and|but|while|as(?!\s+well\s+as)|which|who|saying|adding)\s+|\s+(?:and|but)\s+(?=(?:the\s+)?(?:two\s+)?(?:leaders|sides|they|both)\b)|\s+that\s+/g;
// Kinds of body that act for their state ("the Foreign Ministry", "the Kremlin").
const STATE_BODIES = new Set(['government', 'ministry', 'military', 'intelligence']);
const CHARTER = /\bcharters?\b/i;
const JOINT_TEXT = /\bjoint\s+(?:statement|declaration|communiqu[eé]|readout)/i;
const ASIDE = /\b(?:including|such\s+as|in\s+the\s+face\s+of|amid|despite|as\s+well\s+as)\b/i;
// "in a deal brokered by China", "at a ceremony hosted by President Trump": not parties
const HOSTS = /\b(?:hosted|witnessed|attended|brokered|mediated|overseen|chaired|facilitated)\s+by\b|\bin\s+the\s+presence\s+of\b|\bwith\s+the\s+(?:help|mediation)\s+of\b/gi;
// "the government" alone, not "the Chinese government" or "the government of Egypt"
const THE_GOVERNMENT = /\bthe\s+government\b(?!\s+of\b)/i;
const DANGLING = /^(?:the|a|an|to|of|for|in|on|at|by|with|from|and|or|its|their|our|his|her)$/i;
const NAME_RUN = /^(?:\s+(?:for|of|the|a|an|and|on|to|[\p{Lu}\d][\p{L}\d.'’-]*))*\s+$/u;
const PHRASE_END = /^(?:but|while|which|who|after|before|during|when|said|says|and|as)$/i;

// "to strengthen military cooperation between the two countries": up to ten words, to a break
function phraseAfter(text: string): string {
  const words: string[] = [];
  for (const w of text.trim().split(/\s+/)) {
    if (words.length >= 10 || (words.length > 1 && PHRASE_END.test(w))) break;
    // "reaffirmed U.S. commitment": an abbreviation's point ends no phrase
    if (/\.$/.test(w) && (ABBREVIATIONS.has(w.slice(0, -1).toLowerCase()) || /^(?:\p{Lu}\.){2,}$/u.test(w))) { words.push(w); continue; }
    const bare = w.replace(/[,.;:"“”)]+$/, '');
    if (bare) words.push(bare);
    if (bare !== w) break;
  }
  // "continue their support for Ukraine for": cut at ten words, not on a word that leads on
  while (words.length > 1 && DANGLING.test(words.at(-1)!)) words.pop();
  return words.join(' ');
}
const NAME_BEFORE = /((?:(?:[\p{Lu}][\p{L}\d'’.-]*|\p{Ll}[\p{L}-]*(?:al|ic|ary|ive|ing|-\p{L}+)|[\d.$]+\s*(?:billion|million|bn|m)?(?:-dlr)?|\d{4})\s+){0,4})$/u;

interface Cue {
  start: number;
  end: number;
  status: AgreementStatus;
  name: string;
  /** Where the words naming it end. */
  nameEnd: number;
  /** "the agreement", "this accord": told of again, not a new one. */
  definite: boolean;
  noun: boolean;
  /** Where the words telling what it is about begin ("on visa exemption"): no parties there. */
  aboutFrom: number;
  /** A text the sides issue together (a communique, a joint statement, an agreed summary). */
  joint: boolean;
  /** A named partnership or initiative launched ("the launch of the Partnership for ..."). */
  programme?: boolean;
}

function topicsOf(text: string): string[] {
  return TOPICS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

interface Sides {
  parties: string[];
  /** Read off a meeting the article reports, not just its most named countries. */
  met: boolean;
}

/** "Joint Statement from the United States, Egypt, and Qatar": the states a joint text's
 * headline names, longest name first. */
function headlineStates(title: string): string[] {
  const words = title.split(/\s+/).map((w) => w.replace(/[,;:]+$/, ''));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const w = countryWord(words.slice(i, i + n).join(' '));
      if (w?.code && (w.kind === 'name' || w.kind === 'adjective')) {
        if (!out.includes(w.code)) out.push(w.code);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The sides of the meeting the article reports first, else its two most named countries; a
 * joint text's are the states its headline names. */
function mainSides(doc: Doc, events: readonly EventRef[]): Sides {
  if (JOINT_TEXT.test(doc.input.title)) {
    const states = headlineStates(doc.input.title);
    if (states.length >= 2) return { parties: states, met: true };
  }
  const international = new Set(doc.orgs.filter((o) => o.kind === 'international').map((o) => o.name));
  const meeting = events.find((e) => e.root === '04' && sidesOf(e, international).length >= 2);
  return meeting ? { parties: sidesOf(meeting, international), met: true } : { parties: topCountries(doc).slice(0, 2), met: false };
}

function sidesOf(e: EventRef, international: ReadonlySet<string>): string[] {
  const bodies = [...e.source.organizations, ...e.target.organizations];
  const states = [...e.source.countries, ...e.target.countries];
  // a summit's body is a side too ("the meeting of the Group of Seven"); a national one only
  // when the meeting has no two states
  return [...new Set([...states, ...bodies.filter((o) => international.has(o) || states.length < 2)])];
}

function partiesOf(doc: Doc, actors: readonly Actor[]): string[] {
  const out = new Set<string>();
  for (const a of actors) {
    if (a.person !== undefined) {
      const c = doc.people[a.person]!.country;
      if (c) out.add(c);
    } else if (a.country) out.add(a.country);
    else if (a.org) {
      // "the Foreign Ministry", "the Treasury": a national body stands for its state
      const o = doc.orgs.find((x) => x.name === a.org);
      const national = o !== undefined && STATE_BODIES.has(o.kind);
      if (o?.country && national) out.add(o.country);
      // "a finance ministry spokesman said": a state's body whose state the text does not give
      else if (!national) out.add(a.org);
    }
  }
  return [...out];
}

// "Qatar's Ministry of Foreign Affairs said": the country is the speaking body's
function inSpeaker(doc: Doc, a: Actor, all: readonly Actor[]): boolean {
  if (!a.country) return false;
  return all.some((o) => o.speaker && o.org && doc.orgs.some((m) => m.name === o.org && m.start <= a.pos && a.pos < m.end));
}

function clauseStart(text: string, upTo: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < upTo; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}

// "the economic reform plans agreed in Lisbon": the words naming what was agreed, back to a
// determiner or a preposition
const NOUN_BEFORE = /(?<![\p{L}\d$.,'’-])((?:(?!(?:the|a|an|its|their|his|her|our|this|these|those|on|in|at|to|for|with|by|from|of)\s)[\p{L}\d$.,'’-]+\s+){1,4})$/u;

function cuesIn(text: string): Cue[] {
  const cues: Cue[] = [];
  const cue = (c: Omit<Cue, 'aboutFrom' | 'joint'> & Partial<Pick<Cue, 'aboutFrom' | 'joint'>>): void => {
    cues.push({ aboutFrom: c.nameEnd, joint: false, ...c });
  };
  // "the policies agreed under the Louvre pact", "four points agreed between Thatcher and Reagan":
  // a deal made before, named by the noun the participle follows
  AGREED_BEFORE.lastIndex = 0;
  for (let m = AGREED_BEFORE.exec(text); m; m = AGREED_BEFORE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (VERB_BEFORE.test(before)) continue;
    const noun = NOUN_BEFORE.exec(before)?.[1] ?? '';
    if (!/^\p{Ll}/u.test(noun) || /[,.]\s*$/.test(noun)) continue;
    const end = m.index + m[0].length;
    const name = `${noun}${m[0]}${phraseAfter(text.slice(end))}`.replace(/\s+/g, ' ').trim();
    cue({ start: m.index - noun.length, end, nameEnd: end, status: 'signed', name, definite: false, noun: true });
  }
  // "Tamura read out an agreed summary of the joint talks"
  AGREED_TEXT.lastIndex = 0;
  for (let m = AGREED_TEXT.exec(text); m; m = AGREED_TEXT.exec(text)) {
    const end = m.index + m[0].length;
    cue({ start: m.index, end, nameEnd: end, status: 'signed', name: `agreed ${m[1]!.trim()}`, definite: false, noun: true, joint: true });
  }
  PLEDGE.lastIndex = 0;
  for (let m = PLEDGE.exec(text); m; m = PLEDGE.exec(text)) {
    const rest = text.slice(m.index);
    if (AGREED_VIEW.test(rest) || AGREED_ASIDE.test(rest)) continue;
    // "officials agreed in interviews": agreeing with someone, nothing agreed on
    if (/^agree[ds]?$/i.test(m[0]) && !AGREED_OBJECT.test(rest)) continue;
    // "the meeting and venue had been agreed by the OAU": a passive's agent settles an arrangement
    if (/^agreed\s+by\b/i.test(rest)) continue;
    if (cues.some((c) => c.start <= m!.index && m!.index < c.end)) continue;
    if (REAFFIRMED.test(m[0]) && !COMMITMENT_OBJECT.test(rest)) continue;
    if (COMMITMENT_NOUN.test(m[0]) && !COMMITMENT_MADE.test(text.slice(Math.max(0, m.index - 60), m.index))
      && !COMMITMENT_TO_DO.test(text.slice(m.index + m[0].length))) continue;
    // "reaffirmed their commitment to ...": one pledge, not two
    if (cues.some((c) => !c.noun && m!.index - c.end < 40 && m!.index > c.start)) continue;
    // "agreed on Friday to re-establish relations": what was agreed, "re-establish relations"
    const name = phraseAfter(text.slice(m.index + m[0].length).replace(/^\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+)?(?:to|on)\s+(?=\S)/i, ' ')) || m[0];
    // "the summit is expected to agree changes": not agreed yet
    const notYet = NOT_YET.test(text.slice(Math.max(0, m.index - 40), m.index));
    const status: AgreementStatus = notYet || (REAFFIRMED.test(m[0]) && OFFERED.test(rest)) ? 'proposed' : AGREED_DEAL.test(rest) ? 'signed' : 'pledged';
    cue({ start: m.index, end: m.index + m[0].length, nameEnd: m.index + m[0].length, status, name, definite: false, noun: false });
  }
  AGREEMENT_NOUN.lastIndex = 0;
  for (let m = AGREEMENT_NOUN.exec(text); m; m = AGREEMENT_NOUN.exec(text)) {
    const before = text.slice(0, m.index);
    if (NOT_A_DEAL.test(before)) continue;
    // "the agreement reached in Paris": told by the participle already
    if (cues.some((c) => c.noun && c.start <= m!.index && m!.index < c.end)) continue;
    // "agreed a $10bn loan": the noun is the deal the verb made
    if (cues.some((c) => !c.noun && c.status === 'signed' && m!.index < c.end + 60 && m!.index >= c.start)) continue;
    const clause = text.slice(clauseStart(text, m.index), Math.min(text.length, m.index + m[0].length + 40));
    // "an IMF program", "a funding program" are deals; "exchange programs", "Iran's nuclear program" are not
    if (PROGRAMME_NOUN.test(m[0]) && !PROGRAMME_KIND.test(before.slice(-40)) && !LENDER.test(clause)
      && !PROGRAMME_OF.test(text.slice(m.index + m[0].length))) continue;
    // the last word of signing before the noun ("Under the deal ..., promising to sign an
    // accord"), else the first after it
    const nounAt = m.index - clauseStart(text, m.index);
    const signs = [...clause.matchAll(SIGNED_ALL)];
    const sign = signs.filter((x) => x.index < nounAt).at(-1) ?? signs[0] ?? null;
    const signed = sign !== null && !NOT_YET.test(clause.slice(0, sign.index));
    const lead = (NAME_BEFORE.exec(before.slice(-80))?.[1] ?? '').replace(/^(?:(?:The|A|An|This|That|Such|Its|Their|His|Her)\s+)+/, '');
    // "an agreement on visa exemption"; "an agreement with the IMF" names a party, not the deal;
    // "the agreement of the Group of Five countries" names its parties
    const tail = /^\s+(?:on|of|for|to)\s+(?:[\w$%'’.-]+\s+){0,5}?[\w$%'’-]+(?=[,.;:](?:\s|$)|$|\s+(?:and|but|which|that|in|at|by|during|after)\b)/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    // ("the Treaty establishing a Constitution for Europe": a name, not a word pointing back)
    const definite = !lead && /\b(?:the|this|that|such)\s+$/i.test(before) && !/^\p{Lu}/u.test(m[0]);
    // "an accord with the IMF could be a very helpful support": one spoken of, not made
    const indefinite = /\b(?:an?|any|such\s+an?)\s+(?:[\w.$-]+\s+){0,4}$/i.test(before.slice(-60));
    // "Should the United Kingdom approve the Treaty?": a deal asked about is not made
    const asked = /\?["”’]?\s*$/.test(text);
    // "promising to sign an accord": a pledge to sign it
    const promised = sign !== null && PROMISED_TO.test(clause.slice(0, sign.index));
    // "the June 2023 Atlantic Declaration", "the 1984 Sino-British agreement": made in that year
    const dated = /\b(?:1[89]|20)\d\d\b/.test(lead);
    const status: AgreementStatus = promised ? 'pledged'
      : !signed && !dated && (asked || PROPOSED.test(clause) || (indefinite && HYPOTHETICAL.test(text.slice(m.index + m[0].length)))) ? 'proposed' : 'signed';
    // "jointly deal with the challenges", "deals with": a verb
    if (/^deals?$/i.test(m[0]) && (/\b(?:to|jointly|will|would|can|could|must|should|also|not|and|directly|effectively)\s+$/i.test(before) || /^\s+with\b/i.test(text.slice(m.index + m[0].length)))) continue;
    // "agreed to re-establish relations ..., in a deal brokered by China": the deal is the pledge;
    // "agreed to pursue the policies of the Louvre pact" names an agreement of its own
    const pledge = cues.find((c) => !c.noun && c.start < m!.index);
    const joint = /joint|communiqu|declaration/i.test(m[0]);
    if (pledge && !joint && !NAMED.test(lead)) continue;
    const about = /^\s+of\b/i.test(tail) ? tail.length : 0;
    cue({ start: m.index - lead.length, end: m.index + m[0].length, nameEnd: m.index + m[0].length + tail.length, aboutFrom: m.index + m[0].length + about, status, name: `${lead}${m[0]}${tail}`.replace(/\s+/g, ' ').trim(), definite, noun: true, joint });
  }
  // "the launch of the Partnership for Workers' Rights": a named programme is an agreement where
  // the words around say it was launched or is sought, not where it is only mentioned
  NAMED_PROGRAMME.lastIndex = 0;
  for (let m = NAMED_PROGRAMME.exec(text); m; m = NAMED_PROGRAMME.exec(text)) {
    const before = text.slice(0, m.index);
    const lead = (NAME_BEFORE.exec(before.slice(-80))?.[1] ?? '').replace(/^(?:(?:The|A|An|This|That|Such|Its|Their|His|Her)\s+)+/, '');
    const tail = /^\s+(?:for|to|on|of)\s+(?:(?:the|and|of|for|to)\s+|[\p{Lu}\d][\p{L}\d'’.-]*\s*)+/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (!/^\p{Lu}/u.test(lead) && !tail) continue;
    // "the Atlantic Declaration for a Twenty-First Century U.S.-UK Economic Partnership": a word of
    // the name before
    if (cues.some((c) => c.noun && c.start <= m!.index && (m!.index < c.nameEnd || NAME_RUN.test(text.slice(c.nameEnd, m!.index))))) continue;
    const clause = text.slice(clauseStart(text, m.index), m.index);
    const status: AgreementStatus | null = SIGNED.test(clause) ? 'signed' : PROPOSED.test(clause) ? 'proposed' : null;
    if (!status) continue;
    const nameEnd = m.index + m[0].length + tail.trimEnd().length;
    cue({ start: m.index - lead.length, end: m.index + m[0].length, nameEnd, aboutFrom: nameEnd, status, name: `${lead}${m[0]}${tail}`.replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, ''), definite: false, noun: true, programme: true });
  }
  return cues;
}

export function agreements(doc: Doc, events: readonly EventRef[]): AgreementRef[] {
  const out: AgreementRef[] = [];
  // the agreements named by a noun, which "the agreement" can point back to
  const byNoun = new Set<AgreementRef>();
  let main: Sides | null = null;
  for (const s of doc.sentences) {
    const cues = cuesIn(s.text);
    if (cues.length === 0) continue;
    HOSTS.lastIndex = 0;
    const hosts = HOSTS.exec(s.text);
    const end = hosts ? s.start + hosts.index : s.end;
    let topics: string[] | undefined;
    for (const cue of cues) {
      // "the North Atlantic Treaty Organisation": a word of a body's name
      if (cue.noun && doc.orgs.some((o) => o.start <= s.start + cue.end - 1 && s.start + cue.end <= o.end)) continue;
      // "the principles of the UN Charter", "the UN, its Charter": a body's founding text, no deal
      // of the article's parties
      if (cue.noun && CHARTER.test(cue.name) && (/\bits\s+$/i.test(s.text.slice(0, cue.start))
        || doc.orgs.some((o) => o.kind === 'international' && s.start + cue.start <= o.start && o.end <= s.start + cue.nameEnd))) continue;
      // the clause the agreement is told in ("Qatar said that Israel and Hamas had agreed to ..."),
      // without who reports it ("..., Sourrouille said"), unless nobody else is named
      const from = clauseStart(s.text, cue.start);
      // "... commitment to Israel's security including in the face of threats from Hezbollah"
      // ("an agreement between the Group of Seven countries including the United States" lists them)
      const aside = /^\s+between\b/i.test(s.text.slice(cue.end)) ? null : ASIDE.exec(s.text.slice(cue.end));
      const to = Math.min(end, aside ? s.start + cue.end + aside.index : end);
      const all = actorsIn(doc, s.start + from, Math.max(to, s.start + cue.end));
      const named = all.filter((a) => !a.speaker && !inSpeaker(doc, a, all));
      // the words naming another agreement in the sentence are not its parties, nor what this one
      // is about ("an agreement on visa exemption for Chinese citizens"); its own name may hold
      // them ("the U.S.-Brazil initiative", "the agreement of the Group of Five")
      const own = (named.length ? named : all).filter((a) => !cues.some((c) => c.noun && (c === cue
        ? s.start + c.aboutFrom <= a.pos && a.pos < s.start + c.nameEnd
        : s.start + c.start <= a.pos && a.pos < s.start + c.nameEnd)));
      let parties = partiesOf(doc, own);
      // "Sourrouille reminded the committee that the IMF approved a stand-by loan": a body's deal
      // told by a state's official is with that state
      const international = (x: string): boolean => doc.orgs.some((o) => o.name === x && o.kind === 'international');
      if (cue.noun && parties.length === 1 && international(parties[0]!)) {
        const teller = partiesOf(doc, [...actorsIn(doc, s.start, s.start + from), ...all.filter((a) => a.speaker && a.pos < s.start + cue.start)])
          .filter((x) => !doc.orgs.some((o) => o.name === x));
        if (new Set(teller).size === 1) parties = [...parties, teller[0]!];
      }
      // "Aguas Argentinas and the government signed an agreement": the government of the article's
      // country, when the sentence names no state
      if (!own.some((a) => a.country || (a.person !== undefined && doc.people[a.person]!.country)) && THE_GOVERNMENT.test(s.text.slice(from, Math.max(to, s.start + cue.end) - s.start))) {
        const home = doc.dateline?.country ?? topCountries(doc)[0];
        if (home && !parties.includes(home)) parties = [...parties, home];
      }
      let subject = s.text.slice(from, cue.start).split(/,\s+/).at(-1)!;
      // "They also discussed ...; reaffirmed their shared commitment to ...": a predicate of the
      // sentence's own subject
      if (from > 0 && /^\s*(?:(?:and|also)\s+)?(?:\p{Ll}+(?:ed|es)\b[^;]*)?$/u.test(subject)) subject = s.text;
      const ownSubject = startingIn(doc.personMentions, s.start + from, s.start + cue.start).length > 0;
      // "They agreed to explore ...", "In a joint statement, the three leaders agreed": all sides
      // ("we" in a quote is the speaker's side, not the meeting's)
      const quoted = doc.quoteSpans.some((q) => q.start <= s.start + cue.start && s.start + cue.start < q.end);
      const bothSides = (BOTH_SIDES.test(subject) && !ownSubject && !(quoted && /^\s*(?:we|they)\b/i.test(subject)))
        // "reports say the two countries are close to reaching a trade deal"
        || (cue.noun && !quoted && BOTH_SIDES_NAMED.test(s.text.slice(from, cue.start)))
        // "they discussed ... the launch of the U.S.-Caribbean Partnership": the leaders' own
        || (cue.programme === true && BOTH_SIDES.test(s.text.slice(from, cue.start)));
      if (bothSides) parties = [...new Set([...(main ??= mainSides(doc, events)).parties, ...parties])];
      else if (((!cue.noun && cue.status !== 'signed') || cue.joint) && parties.length <= 1) {
        main ??= mainSides(doc, events);
        // "The Vice President reaffirmed the administration's commitment to ...": one side of a
        // meeting pledging to the other; "In a communique issued after the meeting, the ministers
        // said": a joint text is the meeting's
        if (main.met && (parties.length === 1 ? main.parties.includes(parties[0]!) : cue.joint)) parties = [...main.parties];
      }
      if (parties.length === 0) continue;
      // "an IMF agreement is only a weak signal": a body named in the name alone is no deal of its own
      // ("a G7 communique" is the body's own text)
      if (parties.length === 1 && cue.noun && !cue.joint && own.every((a) => a.pos >= s.start + cue.start && a.pos < s.start + cue.end)) continue;
      add(out, byNoun, doc, s.index, s.start, cue, parties.sort(), (topics ??= topicsOf(s.text)));
    }
  }
  // "Joint Statement on the Meeting of ...": the article is itself a joint text of its sides
  if (JOINT_TEXT.test(doc.input.title) && doc.sentences.length && !out.some((a) => JOINT_TEXT.test(a.name))) {
    main ??= mainSides(doc, events);
    const first = doc.sentences[0]!;
    if (main.parties.length >= 2) {
      out.unshift({ name: doc.input.title.trim(), status: 'signed', parties: [...main.parties].sort(), topics: topicsOf(doc.input.title), evidence: evidenceOf(doc, first.start, first.end) });
    }
  }
  // one state alone agrees with nobody; a body of states ("the EU proposed a budget") can
  const international = new Set(doc.orgs.filter((o) => o.kind === 'international').map((o) => o.name));
  return out.filter((a) => a.parties.length >= 2 || international.has(a.parties[0]!));
}

// "the Louvre accord" ... "the Louvre pact": one agreement by its name; "the agreement" points
// back to the last one told. A commitment made by a verb is a new one.
const NAMED = /^((?:\p{Lu}[\p{L}'’.-]*\s+)+)/u;
function referent(out: readonly AgreementRef[], named: ReadonlySet<AgreementRef>, cue: Cue, sentence: number): AgreementRef | undefined {
  if (!cue.noun) return undefined;
  const name = NAMED.exec(cue.name)?.[1]?.trim().toLowerCase();
  if (name) return out.find((a) => NAMED.exec(a.name)?.[1]?.trim().toLowerCase() === name);
  // "Under the accord, leading industrial democracies pledged ...": the last agreement named by a
  // noun, else the last one told before this sentence, not a pledge the sentence itself makes
  if (!cue.definite) return undefined;
  return out.findLast((a) => named.has(a)) ?? out.findLast((a) => a.evidence.sentence < sentence);
}

function add(out: AgreementRef[], named: Set<AgreementRef>, doc: Doc, sentence: number, offset: number, cue: Cue, parties: string[], topics: readonly string[]): void {
  const same = referent(out, named, cue, sentence)
    ?? out.find((a) => a.status === cue.status && a.parties.length === parties.length && a.parties.every((p, i) => p === parties[i])
      && (a.evidence.sentence === sentence || a.name.toLowerCase() === cue.name.toLowerCase()));
  if (same) {
    for (const t of topics) if (!same.topics.includes(t)) same.topics.push(t);
    // a named agreement gathers its parties from each mention ("Under the accord, leading
    // industrial democracies pledged ..."); "this agreement" in someone's words only points back
    const quoted = doc.quoteSpans.some((q) => q.start <= offset + cue.start && offset + cue.start < q.end);
    if (!cue.definite || (!quoted && NAMED.test(same.name))) same.parties = [...new Set([...same.parties, ...parties])].sort();
    return;
  }
  const agreement: AgreementRef = { name: cue.name, status: cue.status, parties, topics: [...topics], evidence: evidenceOf(doc, offset + cue.start, offset + cue.end) };
  out.push(agreement);
  if (cue.noun) named.add(agreement);
}
