// Step 5: people. Full names first, then the short forms that point back to them ("Mr Straw",
// "Shoigu", and "Youxia", a given name used as a surname), then the titles around each name.
import { startingIn, type Doc, type PersonDraft, type PersonMention } from '../document.js';
import type { TitleRef } from '../types.js';
import { nameRuns, type NameRun } from '../entities/person-names.js';
import { countryAfterName, countryInHeadline, titlesAround } from '../entities/person-titles.js';
import { canonicalOrg } from '../entities/organization.js';
import { knownCountry } from '../entities/known-people.js';
import { NOT_NAME_WORDS } from '../lexicon/words.js';

// Datelines of diplomatic hubs say where a story was filed, not whom its officials serve.
const HUBS = new Set(['Brussels', 'Geneva', 'Vienna', 'New York', 'United Nations', 'The Hague', 'Strasbourg', 'Addis Ababa']);

const PRIVATE_PROFESSIONS = /\b(?:economist|analyst|lawyer|partner|accountant|campaigner|strategist)$/i;
const INTERNATIONAL_OWNER = /\b(?:bloc|alliance|union|organi[sz]ation|commission)['’]s\s+[^,.;]*,?\s*$/i;

// The country an article is about when it does not say: the dateline's (outside diplomatic
// hubs), else the one it names most, counting the people it places, but not a country the
// official meets: "Jon Finer spoke with Prime Minister Albin Kurti of Kosovo" leaves Finer on the
// other side.
function homeCountry(doc: Doc, persons: readonly PersonDraft[], not: ReadonlySet<string>): string | null {
  if (doc.dateline?.country && !HUBS.has(doc.dateline.place ?? '')) return doc.dateline.country;
  const counts = new Map<string, number>();
  for (const c of doc.countries) if (!c.asPlace) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  for (const p of persons) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + p.mentions.length);
  let best: string | null = null;
  for (const [code, n] of counts) if (!not.has(code) && (best === null || n > counts.get(best)!)) best = code;
  if (best !== null) return best;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best;
}

// The countries of the placed people on the other side of a meeting: those an official meets
// ("Jon Finer spoke with Prime Minister Albin Kurti of Kosovo"), or those who meet the official
// ("President Biden spoke with Crown Prince Mohamed bin Zayed Al Nahyan").
function otherSide(doc: Doc, p: PersonDraft, persons: readonly PersonDraft[]): Set<string> {
  const out = new Set<string>();
  for (const m of p.mentions) {
    const sentence = doc.tokens[m.first]?.sentence;
    if (sentence === undefined) continue;
    // "Chancellor Gordon Brown arrived in Kenya": where an official travels is not home
    const s = doc.sentences[sentence]!;
    for (const c of startingIn(doc.countries, m.end + 1, Math.min(s.end, m.end + 91))) {
      if (c.end <= s.end && TRAVELS_TO.test(doc.clean.slice(m.end, c.start))) out.add(c.code);
    }
    const met = metWith(doc, m);
    for (const q of persons) {
      if (q === p || !q.country) continue;
      const inSentence = q.mentions.filter((x) => doc.tokens[x.first]?.sentence === sentence);
      if (!met && inSentence.some((x) => x.start > m.start && metWith(doc, x))) out.add(q.country);
      if (met && inSentence.some((x) => x.start < m.start && !metWith(doc, x))) out.add(q.country);
    }
  }
  return out;
}

const TRAVELS_TO = /^[^.;]{0,60}?\b(?:(?:arrived|arrives|arriving|landed|lands)\s+in|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|(?:travel(?:l?ed|l?ing|s)?|trip|flew|flies|went|goes|heads?|headed)\s+(?:\w+\s+){0,2}?to)\s+(?:the\s+)?$/i;
// "Secretary Rubio, Special Envoy Witkoff, Mr. Jared Kushner, and Secretary Driscoll held a
// meeting with the Ukrainian delegation": three or more officials listed together are one
// delegation, of the state of those of them the text places, when they all serve one
const LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;
type Listed = { q: PersonDraft; m: PersonMention }[];
function delegation(doc: Doc, p: PersonDraft, all: Listed): string | null {
  for (const mine of p.mentions) {
    const i = all.findIndex((x) => x.m === mine);
    if (i < 0) continue;
    let from = i;
    let to = i;
    while (from > 0 && LIST_GLUE.test(doc.clean.slice(all[from - 1]!.m.end, all[from]!.m.start))) from--;
    while (to < all.length - 1 && LIST_GLUE.test(doc.clean.slice(all[to]!.m.end, all[to + 1]!.m.start))) to++;
    const list = all.slice(from, to + 1).map((x) => x.q);
    if (new Set(list).size < 3) continue;
    const placed = new Set(list.filter((q) => q !== p && q.country).map((q) => q.country!));
    if (placed.size === 1) return [...placed][0]!;
  }
  return null;
}

const MET_WITH = /\b(?:(?:spoke|speaks|talked|met|meets|meeting|call|called|calls|conversation|talks)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:with|to)|visit(?:s|ed)?\s+(?:with|to)|met|meets|welcomed|welcomes|hosted|hosts|received|receives)\s+(?:[\p{L}.,’'-]+\s+){0,10}$/iu;
function metWith(doc: Doc, m: PersonMention): boolean {
  const sentence = doc.sentences[doc.tokens[m.first]?.sentence ?? -1];
  if (!sentence) return false;
  return MET_WITH.test(doc.clean.slice(Math.max(sentence.start, m.start - 120), m.start));
}

// The country a person represents: stated with a title, "X of Pakistan", known, the body of
// their office ("Bundesbank President"); for an official given none of these, the country the
// article is about.
function resolveCountries(doc: Doc, persons: PersonDraft[], runByFirst: ReadonlyMap<number, NameRun>, honorific: ReadonlySet<number>): void {
  const officials: PersonDraft[] = [];
  persons.forEach((p, i) => {
    let country = p.titles.find((t) => t.country)?.country ?? null;
    for (const m of p.mentions) {
      if (country) break;
      const run = runByFirst.get(m.first);
      if (run) country = countryAfterName(doc, run);
      if (country) for (const t of p.titles) t.country ??= country;
    }
    country ??= knownCountry(p.parts);
    // the body of the office, as the lexicon or the article places it ("the UK's CBI")
    country ??= p.titles.map((t) => (t.organization ? canonicalOrg(t.organization).country : null)
      ?? doc.orgs.find((o) => o.country && specific(o.name) && (o.name === t.organization || [o.name, o.surface].some((n) => specific(n) && wordIn(n, t.title))))?.country
      ?? null).find(Boolean) ?? null;
    // "Readout of ... Meeting with President Vo Van Thuong of Vietnam"
    country ??= countryInHeadline(doc.input.title, p.parts);
    // "President Ursula von der Leyen of the European Commission": an official of a body of states
    const international = p.titles.some((t) => t.organization && canonicalOrg(t.organization).kind === 'international')
      || p.mentions.some((m) => {
        const of = /^\s+of\s+(?:the\s+)?/.exec(doc.clean.slice(m.end, m.end + 12));
        return !!of && doc.orgs.some((o) => o.start === m.end + of[0].length && o.kind === 'international');
      });
    // ... but not a leader of some other body ("leader of the breakaway region of Somaliland")
    const elsewhere = p.titles.some((t) => t.organization && / of the /.test(t.title) && /^\p{Ll}/u.test(t.organization) && canonicalOrg(t.organization).kind === 'other');
    p.country = country;
    // an economist or a lawyer serves no state the text gives
    const official = p.titles.some((t) => !PRIVATE_PROFESSIONS.test(t.title)) || (p.titles.length === 0 && honorific.has(i));
    if (!country && official && !international && !elsewhere) officials.push(p);
  });
  const home = homeCountry(doc, persons, new Set());
  // "The bloc's foreign policy chief, Josep Borrell": an official of a body of states
  const ofBloc = (p: PersonDraft): boolean => {
    const first = p.mentions[0];
    const sentence = first ? doc.sentences[doc.tokens[first.first]?.sentence ?? -1] : undefined;
    return !!sentence && INTERNATIONAL_OWNER.test(doc.clean.slice(sentence.start, first!.start));
  };
  // every mention in text order, for officials listed together
  const listed: Listed = officials.length ? persons.flatMap((q) => q.mentions.map((m) => ({ q, m }))).sort((a, b) => a.m.start - b.m.start) : [];
  for (const p of officials) {
    if (ofBloc(p)) continue;
    const other = otherSide(doc, p, persons);
    p.country = delegation(doc, p, listed) ?? (other.size ? homeCountry(doc, persons, other) : home);
  }
  for (const p of persons) {
    for (const t of p.titles) if (!t.organization || canonicalOrg(t.organization).kind !== 'international') t.country ??= p.country;
  }
}

// "CBI", "White House", not "Foreign Ministry" or "Navy", which every state has
function specific(name: string): boolean {
  return name.split(/\s+/).some((w) => /\p{L}{2}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !/^(?:of|and|the|for)$/i.test(w));
}

function wordIn(word: string, text: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '');
}

// "Sergei Shoigu and his Indian counterpart Arun Jaitley": the counterpart holds the same office.
function resolveCounterparts(persons: PersonDraft[]): void {
  persons.forEach((p, i) => {
    const k = p.titles.findIndex((t) => t.title === 'Counterpart');
    if (k < 0) return;
    const other = persons.slice(0, i).reverse().find((q) => q.country !== p.country && q.titles.some((t) => t.title !== 'Counterpart'));
    const office = other?.titles.find((t) => t.title !== 'Counterpart');
    if (!office) {
      p.titles.splice(k, 1);
      return;
    }
    p.titles[k] = { title: office.title, organization: office.organization, country: p.titles[k]!.country ?? p.country };
  });
}

const MENTIONS_FOR_TITLES = 12;

function sameName(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  const fa = a[0]!;
  const fb = b[0]!;
  return fa === fb || (fa.endsWith('.') && fb.startsWith(fa[0]!)) || (fb.endsWith('.') && fa.startsWith(fb[0]!))
    || a.length !== b.length;
}

export function people(doc: Doc): Doc {
  const { tokens } = doc;
  const claimed = new Uint8Array(tokens.length);
  for (const m of [...doc.countries, ...doc.orgs]) for (let k = m.first; k < m.last; k++) claimed[k] = 1;
  const lowerVocab = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerVocab.add(t.text);

  const runs: NameRun[] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[from]!.sentence) {
      runs.push(...nameRuns(tokens, from, i, claimed, lowerVocab));
      from = i;
    }
  }

  const persons: PersonDraft[] = [];
  const mentions: PersonMention[] = [];
  const titleCache = new Map<number, TitleRef[]>();
  const titlesOf = (run: NameRun): TitleRef[] => {
    let t = titleCache.get(run.first);
    if (!t) titleCache.set(run.first, (t = titlesAround(doc, run)));
    return t.map((x) => ({ ...x }));
  };
  const mention = (run: NameRun, person: number, via: PersonMention['via']): void => {
    const m: PersonMention = { start: tokens[run.first]!.start, end: tokens[run.last - 1]!.end, first: run.first, last: run.last, person, via };
    mentions.push(m);
    persons[person]!.mentions.push(m);
  };

  const byLast = new Map<string, number[]>();
  for (const run of runs) {
    if (run.words.length < 2) continue;
    const last = run.words[run.words.length - 1]!;
    let index = (byLast.get(last) ?? []).find((i) => sameName(persons[i]!.parts, run.words)) ?? -1;
    if (index < 0) {
      index = persons.length;
      persons.push({ name: run.words.join(' '), parts: run.words, aliases: new Set(), country: null, titles: [], mentions: [] });
      byLast.set(last, [...(byLast.get(last) ?? []), index]);
    } else if (run.words.length > persons[index]!.parts.length) {
      const p = persons[index]!;
      p.aliases.add(p.name);
      p.name = run.words.join(' ');
      p.parts = run.words;
    } else if (run.words.join(' ') !== persons[index]!.name) persons[index]!.aliases.add(run.words.join(' '));
    mention(run, index, 'name');
  }

  const byPart = new Map<string, number[]>();
  persons.forEach((p, i) => {
    for (const part of p.parts) byPart.set(part, [...(byPart.get(part) ?? []), i]);
  });
  for (const run of runs) {
    if (run.words.length !== 1) continue;
    const word = run.words[0]!;
    const owners = byPart.get(word) ?? [];
    const titled = titlesOf(run).length > 0;
    let index = owners.length === 1 ? owners[0]! : owners.find((i) => persons[i]!.parts.at(-1) === word) ?? -1;
    if (index < 0) {
      // "Mr Straw said" with no full name anywhere: the surname is all the article gives
      if (!run.honorific && !titled) continue;
      // "the leader of the breakaway region of Somaliland, Muse Bihi Abdi": a place, not a person
      if (!run.honorific && tokens[run.first - 1]?.text.toLowerCase() === 'of') continue;
      index = (byLast.get(word) ?? []).find((i) => persons[i]!.name === word) ?? -1;
      if (index < 0) {
        index = persons.length;
        byLast.set(word, [...(byLast.get(word) ?? []), index]);
        persons.push({ name: word, parts: [word], aliases: new Set(), country: null, titles: [], mentions: [] });
      }
    }
    const p = persons[index]!;
    if (word !== p.name) p.aliases.add(word);
    if (run.honorific) p.aliases.add(`${run.honorific.replace(/\.$/, '')} ${word}`);
    mention(run, index, 'alias');
  }

  const runByFirst = new Map(runs.map((r) => [r.first, r]));
  for (const p of persons) {
    // titles are given where a person is introduced; later mentions add little, and a long
    // document must not make this quadratic
    for (const m of p.mentions.slice(0, MENTIONS_FOR_TITLES)) {
      const run = runByFirst.get(m.first)!;
      for (const t of titlesOf(run)) {
        if (!p.titles.some((x) => x.title.toLowerCase() === t.title.toLowerCase())) p.titles.push(t);
        else {
          const known = p.titles.find((x) => x.title.toLowerCase() === t.title.toLowerCase())!;
          known.organization ??= t.organization;
          known.country ??= t.country;
        }
      }
    }
  }
  const honorific = new Set(persons.flatMap((p, i) => (p.mentions.some((m) => runByFirst.get(m.first)?.honorific) ? [i] : [])));
  resolveCountries(doc, persons, runByFirst, honorific);
  resolveCounterparts(persons);
  mentions.sort((a, b) => a.start - b.start);
  return { ...doc, people: persons, personMentions: mentions };
}
