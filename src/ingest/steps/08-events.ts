// Step 8: events coded in CAMEO. Triggers from lexicon/triggers.ts are found in each sentence;
// actors before the trigger (in its clause) are the source, after it the target; a trigger in
// a quote has the quote's speaker as source; meetings are coded by where they happened.
import { lastStartingBefore, startingIn, type Doc } from '../document.js';
import type { ActorSet, EventRef, LocationRef } from '../types.js';
import { actorsIn, isEmpty, splitSymmetric, toActorSet, type Actor } from '../entities/actors.js';
import { cityCountry, countryName, countryWord } from '../entities/country.js';
import { sentenceEvidence } from '../entities/evidence.js';
import { cameoEvent } from '../lexicon/cameo.js';
import { TRIGGERS, type Trigger } from '../lexicon/triggers.js';
import { bothSides, meetingCode, sentenceDates } from './08-context.js';
import { refineIntent } from './08-intent.js';
import { attribute } from './07-quotes.js';

const TRIGGER_RE = new RegExp(`\\b(?:${TRIGGERS.map((t) => `(${t.pattern})`).join('|')})\\b`, 'giu');
// ", and Minsk warned", "; Beijing said": the source is in the trigger's own clause
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|as)\s+|\s+but\s+|,\s+which\s+|\s+that\s+(?=\p{Lu})/gu;
// Symmetric triggers keep coordinated subjects ("Zhang Youxia, and Russian Defense Minister,
// Sergei Shoigu, reached the agreement"): only a reported clause starts anew.
const REPORTED_CLAUSE = /;|\s+that\s+(?=\p{Lu})/gu;

// "urged Western allies to send more weapons", "would ask the OAS to hold an emergency meeting":
// the act asked for is the appeal's content, not an event of its own
const ASKED_FOR = /\b(?:urged|urges|urging|called\s+on|calls\s+on|asked|asks|ask|appealed\s+to|requested|pressed|encouraged|invited)\s+[^.;]{0,80}?\bto\s+(?:(?:hold|have|host|convene|make|pay)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$/i;
// What a meeting is about, after its verb ("spoke with X about ...", "met to discuss ...")
const TOPIC_AFTER = /\s(?:to\s+(?:discuss|review|address)|about|regarding|concerning)\s/i;
const VISIT_OF = /^visit\s+(?:of|by)\b/i;
// "no representatives ... at the table to negotiate a truce": a meeting in an infinitive is not held
// ("is expected to meet his ASEAN counterparts" is a meeting set, and counted)
const INFINITIVE = /(?<!\b(?:expected|set|due|scheduled|going|about|plans?|planned|will\s+travel))\s+to\s+$/i;
const MET_WITH_THING = /^\s+(?:with\s+)?(?:a|an|the|its|their|his|her|all|some|no|strong|widespread|fierce)?\s*(?:[\w-]+\s+){0,2}?(?:reception|response|resistance|opposition|criticism|approval|scepticism|skepticism|silence|protests?|derision|applause|demands?|expectations?|targets?|deadlines?|conditions|requirements|criteria|needs|obligations|goals?|standards?)\b/i;
// "..., a move Beijing has condemned": the relative clause's subject acts on the main clause
const A_MOVE = /,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|step|decision|action|measure|deal|plan)\s+(?:that\s+|which\s+)?[^,;]{1,60}$/;

// "The decisions were taken at a meeting of the National Security Committee chaired by Prime
// Minister Imran Khan": everyone at the table serves one state, so no two sides met.
function domestic(doc: Doc, src: ActorSet, tgt: ActorSet): boolean {
  const states = new Set<string | null>([...src.countries, ...tgt.countries]);
  for (const name of [...src.people, ...tgt.people]) states.add(doc.people.find((p) => p.name === name)?.country ?? null);
  const orgs = [...src.organizations, ...tgt.organizations];
  // ... of that state's own bodies: a firm ("in discussions with Aguas Argentinas") is a side of
  // its own
  return states.size === 1 && !states.has(null) && orgs.every((o) => doc.orgs.some((x) => x.name === o && x.kind !== 'international' && x.kind !== 'company'));
}

// "EU leaders are holding talks", "the Treasury met again": a meeting has two sides, unless it is
// a body's own gathering ("EU leaders are holding talks in Brussels")
function oneSided(doc: Doc, src: ActorSet, tgt: ActorSet): boolean {
  const sides = new Set<string>([...src.countries, ...tgt.countries, ...src.organizations, ...tgt.organizations]);
  for (const name of [...src.people, ...tgt.people]) if (!doc.people.find((p) => p.name === name)?.country) sides.add(name);
  if (sides.size >= 2) return false;
  const [only] = [...src.organizations, ...tgt.organizations];
  return !(sides.size === 1 && only && doc.orgs.some((o) => o.name === only && o.kind === 'international'));
}

// "signed agreements ... at a White House ceremony hosted by President Donald Trump": hosts and
// witnesses of an act are not its parties
const HOSTED_BY = /\b(?:hosted|witnessed|attended|brokered|mediated|overseen|chaired)\s+by\b|\bin\s+the\s+presence\s+of\b/gi;

function hostsFrom(s: { start: number; text: string }, from: number): number {
  HOSTED_BY.lastIndex = Math.max(0, from - s.start);
  const m = HOSTED_BY.exec(s.text);
  return m ? s.start + m.index : Infinity;
}

function whichTrigger(m: RegExpExecArray): Trigger | undefined {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return TRIGGERS[k - 1];
  return undefined;
}

function locationIn(doc: Doc, from: number, to: number): LocationRef | null {
  const place = startingIn(doc.countries, from, to).find((c) => c.asPlace);
  return place ? { name: doc.clean.slice(place.start, place.end), country: place.code } : null;
}

function clauseStart(text: string, upTo: number, re: RegExp): number {
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < upTo; m = re.exec(text)) start = m.index + m[0].length;
  return start;
}

// "Imran Khan paid an official visit to China" with "At the invitation of President Xi":
// the visited country and its people are the hosts, the others the visitors.
function visitSides(doc: Doc, source: Actor[], after: Actor[], window: string): [Actor[], Actor[]] {
  const to = /\b(?:to|in)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(window)?.[1];
  // ("arrived in Kenya.": the sentence's point is no part of the name)
  const bare = to?.replace(/(?<!\.\p{Lu})\.$/u, '');
  const host = to ? countryWord(to)?.code ?? cityCountry(to) ?? (bare !== to ? countryWord(bare!)?.code ?? cityCountry(bare!) : undefined) : undefined;
  if (!host) return [source, after];
  const of = (a: Actor): string | null | undefined => (a.person !== undefined ? doc.people[a.person]!.country : a.country ?? a.orgCountry);
  const visitors = source.filter((a) => of(a) !== host);
  const hosts = [...source.filter((a) => of(a) === host), ...after];
  return visitors.length ? [visitors, hosts.length ? hosts : [{ pos: 0, country: host }]] : [source, after];
}

function inQuote(doc: Doc, pos: number): boolean {
  const q = lastStartingBefore(doc.quoteSpans, pos + 1);
  return q !== undefined && pos < q.end;
}

function sourceFromQuote(doc: Doc, pos: number): Actor[] | null {
  const q = lastStartingBefore(doc.quoteSpans, pos + 1);
  if (!q || pos >= q.end) return null;
  const speaker = attribute(doc, q);
  const person = doc.people.findIndex((p) => p.name === speaker);
  if (person >= 0) return [{ pos: q.start, person }];
  return speaker && /^[A-Z]{3}$/.test(speaker) ? [{ pos: q.start, country: speaker }] : [];
}

export function events(doc: Doc): EventRef[] {
  const out: EventRef[] = [];
  const unsided: EventRef[] = [];
  const dates = sentenceDates(doc);
  for (const s of doc.sentences) {
    TRIGGER_RE.lastIndex = 0;
    const seen = new Set<string>();
    for (let m = TRIGGER_RE.exec(s.text); m; m = TRIGGER_RE.exec(s.text)) {
      const trigger = whichTrigger(m);
      if (!trigger) continue;
      // "travelled to Rwanda", not "going to help": a trip's pattern ends before a capital, which
      // the case-blind search cannot itself require
      if (trigger.visit && /\s$/.test(m[0]) && !/^\p{Lu}/u.test(s.text.slice(m.index + m[0].length))) continue;
      const pos = s.start + m.index;
      const head = s.text.slice(Math.max(0, m.index - 120), m.index);
      if (!trigger.intent && ASKED_FOR.test(head)) continue;
      if (trigger.meeting && !trigger.intent && INFINITIVE.test(head)) continue;
      // "met a cool reception", "meets the criteria": met with a reaction or a standard, not a meeting
      if (trigger.meeting && /^(?:met|meets|meet)$/i.test(m[0]) && MET_WITH_THING.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      const verbEnd = pos + (/^\S+/.exec(m[0])?.[0].length ?? m[0].length);
      const hosts = trigger.code.startsWith('04') ? Infinity : hostsFrom(s, verbEnd);
      // "spoke with President Zelenskyy of Ukraine about the work ... against Russia", "will meet
      // here to discuss the Chad political situation": what a meeting is about names no side
      const topic = trigger.meeting ? TOPIC_AFTER.exec(s.text.slice(m.index + m[0].length)) : null;
      const topicAt = topic ? pos + m[0].length + topic.index : Infinity;
      let after = actorsIn(doc, verbEnd, s.end).filter((a) => a.pos < hosts && a.pos < topicAt);
      let source = sourceFromQuote(doc, pos);
      const move = source ? null : A_MOVE.exec(s.text.slice(0, m.index));
      if (source) after = after.filter((a) => inQuote(doc, a.pos));
      else {
        // an event told outside a quote is not done by those the quote names
        after = after.filter((a) => !inQuote(doc, a.pos));
        const all = actorsIn(doc, s.start, pos).filter((a) => !inQuote(doc, a.pos));
        const clause = s.start + clauseStart(s.text, m.index, trigger.symmetric ? REPORTED_CLAUSE : CLAUSE_BREAK);
        const own = all.filter((a) => a.pos >= clause);
        source = own.length ? own : all;
        if (move) {
          const at = s.start + move.index;
          const movers = all.filter((a) => a.pos >= at);
          if (movers.length) [source, after] = [movers, [...all.filter((a) => a.pos < at), ...after]];
        }
      }
      // "..., Wang said", "..., the Russian Defense Ministry said": the speaker is no target
      const speakers = after.filter((a) => a.speaker);
      after = after.filter((a) => !a.speaker);
      const named = after;
      const sides = source.some((a) => a.person !== undefined || a.country) ? null : bothSides(doc, s.text.slice(0, m.index), s.start);
      // "The leaders committed to meet again at the upcoming G7 Summit": the summit's body stays
      if (sides) [source, after] = [sides[0], [...sides[1], ...after.filter((a) => a.org && !sides[1].some((b) => b.org === a.org))]];
      // "discussed the recent talks between Russia and Ukraine": the two named after "between"
      if (trigger.between) {
        const pair = splitSymmetric(doc, named.filter((a) => a.pos < s.start + m.index + m[0].length + 80));
        if (pair) [source, after] = pair;
      }
      if (!source.some((a) => a.person !== undefined) && speakers.length) source = [...source, ...speakers];
      // "Lavrov and Blinken met in Geneva ... over Ukraine": both sides are in the subject
      const split = trigger.symmetric ? splitSymmetric(doc, source) : null;
      if (split) [source, after] = split;
      // "to coincide with the visit of U.S. Secretary of State George Shultz": who is named after
      // "visit of" is the visitor
      // ("the visit of Philippine President Marcos to the White House": the visitor, then where to)
      if (trigger.visit && VISIT_OF.test(m[0]) && after.length) {
        const rest = s.text.slice(m.index + m[0].length);
        const to = /\s(?:to|in|at|for)\s|[,;]/.exec(rest);
        const cut = to ? pos + m[0].length + to.index : s.end;
        [source, after] = [after.filter((a) => a.pos < cut), after.filter((a) => a.pos >= cut)];
        if (source.length === 0) [source, after] = [after, []];
      }
      if (trigger.visit) [source, after] = visitSides(doc, source, after, s.text.slice(m.index, m.index + m[0].length + 40));
      // "The agreement was signed by Chu Okongwu and Jack Gill": a passive's agents are both sides
      if (source.length === 0 && trigger.symmetric && /^\S+\s+by\b|\bwas\s+\S+\s+by\b|\bwere\s+\S+\s+by\b/.test(s.text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 4))) {
        const pair = splitSymmetric(doc, after);
        if (pair) [source, after] = pair;
      }
      if (source.length === 0) {
        // "... during a meeting with Putin": the subject is the last person named before
        const last = lastStartingBefore(doc.personMentions, s.start);
        if (last) source = [{ pos: last.start, person: last.person }];
      }
      const src = toActorSet(doc, source);
      const tgt = toActorSet(doc, after);
      tgt.people = tgt.people.filter((p) => !src.people.includes(p));
      // "The EU adopted sanctions against Russia": who acts is not also acted on
      tgt.organizations = tgt.organizations.filter((o) => !src.organizations.includes(o));
      tgt.countries = tgt.countries.filter((c) => !src.countries.includes(c) || (tgt.people.length > 0 && !src.people.length));
      // the source's own country named before the trigger is not a target ("Lavrov said Moscow ...")
      src.countries = src.countries.filter((c) => src.people.length === 0 || source.some((a) => a.person !== undefined && doc.people[a.person]!.country === c) || !source.some((a) => a.country === c && a.person === undefined) || tgt.countries.push(c) < 0);
      if (isEmpty(src) && isEmpty(tgt)) {
        // "Representatives of nine African countries will meet here": who comes may follow
        if (trigger.meeting && !seen.has('unsided')) {
          seen.add('unsided');
          const cameo = cameoEvent('040')!;
          const location = locationIn(doc, s.start, s.end) ?? (doc.dateline?.place && doc.dateline.country ? { name: doc.dateline.place, country: doc.dateline.country } : null);
          unsided.push({ code: '040', name: cameo.name, root: cameo.root, quadClass: cameo.quadClass, goldstein: cameo.goldstein, source: src, target: tgt,
            date: dates[s.index]?.date ?? null, dateText: dates[s.index]?.text ?? null, location, evidence: sentenceEvidence(doc, s.index), confidence: 0.6 });
        }
        continue;
      }
      let location = locationIn(doc, s.start, s.end);
      let code = trigger.code;
      if (trigger.meeting) {
        if (!location && doc.dateline?.place && doc.dateline.country) location = { name: doc.dateline.place, country: doc.dateline.country };
        code = meetingCode(src.countries, tgt.countries, location);
      } else if (trigger.intent) code = refineIntent(s.text.slice(m.index, m.index + m[0].length + 80));
      if (code === '042') {
        if (!location && tgt.countries.length === 1) location = { name: countryName(tgt.countries[0]!), country: tgt.countries[0]! };
        // "PEKING, March 3 - ... the visit of U.S. Secretary of State George Shultz": the dateline's city
        if (!location && isEmpty(tgt) && doc.dateline?.place && doc.dateline.country) location = { name: doc.dateline.place, country: doc.dateline.country };
        if (isEmpty(tgt) && location?.country && !src.countries.includes(location.country)) tgt.countries.push(location.country);
      }
      if (code.startsWith('04') && (domestic(doc, src, tgt) || oneSided(doc, src, tgt))) continue;
      if (seen.has(code)) continue;
      seen.add(code);
      const cameo = cameoEvent(code)!;
      const date = dates[s.index] ?? null;
      const both = !isEmpty(src) && !isEmpty(tgt);
      out.push({
        code, name: cameo.name, root: cameo.root, quadClass: cameo.quadClass, goldstein: cameo.goldstein,
        source: src, target: tgt, date: date?.date ?? null, dateText: date?.text ?? null, location,
        evidence: sentenceEvidence(doc, s.index),
        confidence: Math.round(Math.min(0.95, trigger.confidence + (both ? 0.05 : -0.15)) * 100) / 100,
      });
      // "The agreement was signed by Nigerian Finance Minister Chu Okongwu and ECGD chief executive
      // Jack Gill": two officials of two states signing together met to do it
      const signers = code === '057' && src.people.length > 0 && tgt.people.length > 0 && src.countries.some((c) => !tgt.countries.includes(c)) && tgt.countries.length > 0;
      if (signers && !seen.has('signing')) {
        seen.add('signing');
        const meet = meetingCode(src.countries, tgt.countries, location);
        const c = cameoEvent(meet)!;
        out.push({ ...out.at(-1)!, code: meet, name: c.name, root: c.root, quadClass: c.quadClass, goldstein: c.goldstein, source: { ...src }, target: { ...tgt } });
      }
    }
  }
  return represented(doc, gatherings(doc, dedupeMeetings(out)), unsided);
}

// "Representatives of nine African countries will meet here ... He said Egypt, Zambia and Mali
// would be represented", "Chilcott will represent the UK": who a meeting told just before brings
// together
const REPRESENTED = /\b(?:(?:be|been|being|is|are|was|were)\s+represented|will\s+represent|would\s+represent|representing)\b/i;
function represented(doc: Doc, list: EventRef[], unsided: readonly EventRef[]): EventRef[] {
  const filled = new Set<EventRef>();
  for (const s of doc.sentences) {
    if (!REPRESENTED.test(s.text)) continue;
    const near = (e: EventRef): boolean => e.root === '04' && e.evidence.sentence <= s.index && s.index - e.evidence.sentence <= 4;
    const told = list.findLast(near);
    const open = unsided.findLast(near);
    // a meeting no side was named at, else the last one told
    const meeting = open ?? told;
    if (!meeting) continue;
    if (meeting === open) filled.add(open);
    // people and states; the bodies of such a sentence are mostly its sources ("Foreign Ministry sources")
    const add = toActorSet(doc, actorsIn(doc, s.start, s.end).filter((a) => !a.speaker && !inQuote(doc, a.pos)));
    join(meeting, [{ ...add, organizations: [] }]);
  }
  // a meeting no side was named at stays out unless two sides came to it
  const sided = [...filled].filter((e) => new Set([...e.target.countries, ...e.target.organizations]).size >= 2);
  if (!sided.length) return list;
  for (const e of sided) {
    const code = meetingCode([], e.target.countries, e.location);
    const cameo = cameoEvent(code === '042' || code === '043' ? '040' : code)!;
    Object.assign(e, { code: cameo.code, name: cameo.name });
  }
  return [...list, ...sided].sort((a, b) => a.evidence.sentence - b.evidence.sentence);
}

// Those named at a meeting told again join it, on its target side, each once.
function join(into: EventRef, sides: readonly ActorSet[]): void {
  const all = new Set([into.source, into.target].flatMap((x) => [...x.people, ...x.countries, ...x.organizations]));
  for (const side of sides) {
    for (const p of side.people) if (!all.has(p)) { into.target.people.push(p); all.add(p); }
    for (const c of side.countries) if (!all.has(c)) { into.target.countries.push(c); all.add(c); }
    for (const o of side.organizations) if (!all.has(o)) { into.target.organizations.push(o); all.add(o); }
  }
}

// "Speaking after a summit meeting, Chirac said ... EU leaders are holding talks in Brussels ...
// Tony Blair is meeting his EU counterparts": one gathering of the body, told sentence by
// sentence; those at it join the first telling.
function gatherings(doc: Doc, list: EventRef[]): EventRef[] {
  const bodies = new Set(doc.orgs.filter((o) => o.kind === 'international').map((o) => o.name));
  const gathering = (e: EventRef): string | undefined => (e.code === '040' || e.code === '044')
    ? [...e.source.organizations, ...e.target.organizations].find((o) => bodies.has(o)) : undefined;
  const kept: EventRef[] = [];
  const first = new Map<string, EventRef>();
  for (const e of list) {
    const body = gathering(e);
    const into = body === undefined ? undefined : first.get(body);
    if (body !== undefined && !into) first.set(body, e);
    if (!into) {
      kept.push(e);
      continue;
    }
    join(into, [e.source, e.target]);
    into.location ??= e.location;
  }
  return kept;
}

// "met in Tokyo on Thursday ... Yoon, at the summit in Tokyo, said": one meeting, told twice.
function dedupeMeetings(list: EventRef[]): EventRef[] {
  const kept: EventRef[] = [];
  const who = (e: EventRef): string[] => [...e.source.people, ...e.target.people, ...e.source.countries, ...e.target.countries];
  for (const e of list) {
    if (e.root === '04') {
      const mine = who(e);
      const dup = kept.find((k) => k.root === '04' && (k.code === e.code || (!!e.location && k.location?.name === e.location.name))
        && k.location?.country === e.location?.country
        && (mine.every((x) => who(k).includes(x)) || who(k).every((x) => mine.includes(x))));
      if (dup) {
        // the same meeting told again may name more of those at it: they join it
        join(dup, [e.source, e.target]);
        continue;
      }
    }
    kept.push(e);
  }
  return kept;
}
