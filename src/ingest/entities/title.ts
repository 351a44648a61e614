// Titles as phrases: "Russian Defense Minister", "the Vice Chairman of the China Central
// Military Commission", "China's foreign minister", "a member of the Political Bureau of the
// Communist Party of China (CPC) Central Committee" -> {title, organization, country}.
import type { TitleRef } from '../types.js';
import { TITLES, TITLE_ALTERNATION } from '../lexicon/titles.js';
import { countryWord } from './country.js';
import { canonicalOrg, orgEntry } from './organization.js';

const MODIFIERS = '(?:(?:former|then|acting|interim|outgoing|incoming|new|newly appointed|current)\\s+)*';
// "chief nuclear negotiator", "deputy U.N. envoy": lower-case words qualifying an office
const QUALIFIER = /^(?:(?:deputy|vice|chief|senior|top|special|permanent|principal|nuclear|trade|military|defen[cs]e|foreign|security|first|second|assistant)\s+)+/i;
// "the Republic of Turkey", "the Islamic Republic of Iran" -> "Turkey", "Iran"
const STATE_FORM = /^(?:the\s+)?(?:(?:Islamic|People's|Federal|Democratic|Arab|Socialist|United|Hashemite|Bolivarian|Plurinational)\s+)*(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Commonwealth|Principality)\s+of\s+(?:the\s+)?/;
const HEAD = new RegExp(`^${MODIFIERS}(${TITLE_ALTERNATION})(?![\\p{L}-])`, 'iu');
const HEAD_INSIDE = new RegExp(`\\s(${TITLE_ALTERNATION})(?![\\p{L}-])`, 'iu');
const ABBREVIATION = /\s*\((\p{Lu}{2,6})\)\s+(?=\p{Lu})/u;
const POSSESSIVE = /^(?:the\s+)?([\p{Lu}][\p{L}.' -]*?)['’]s\s+/u;
// "the ministry's spokesman", "the bloc's foreign policy chief": the owner is named elsewhere
const GENERIC_OWNER = /^(?:the\s+)?(?:ministry|bloc|agency|party|group|country|government|organi[sz]ation|alliance|union|council|commission|army|military)['’]s\s+/i;
const LEADING = /^(?:the|a|an|also|now|then|currently|his|her|their|its|who\s+(?:is|was)(?:\s+also)?|as)\s+/i;

// "Communist Party of China (CPC) Central Committee" -> "CPC Central Committee": the words
// whose initials spell the abbreviation give way to it.
export function collapseAbbreviations(phrase: string): string {
  const m = ABBREVIATION.exec(phrase);
  if (!m) return phrase;
  const abbr = m[1]!;
  const words = phrase.slice(0, m.index).split(' ');
  let initials = '';
  for (let k = words.length - 1; k >= 0 && initials.length < abbr.length; k--) {
    const w = words[k]!;
    if (/^\p{Lu}/u.test(w)) initials = w[0] + initials;
    if (initials === abbr) return `${[...words.slice(0, k), abbr].join(' ')} ${phrase.slice(m.index + m[0].length)}`;
  }
  return phrase;
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\b(Of|The|And|For)\b/g, (w) => w.toLowerCase());
}

// "Irrigation Minister", "Information Minister": a portfolio the lexicon does not list
const PORTFOLIO = /^\p{Lu}\p{Ll}+(?:\s+(?:and\s+)?\p{Lu}\p{Ll}+)?$/u;
// "Presidential Office spokesperson", "Foreign Affairs Principal Secretary": a named body's officer
const BODY = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Office|Ministry|Council|Department|Agency|Service|Bureau|Commission|Committee|Affairs|Palace|Directorate|Secretariat)$/u;
const CALENDAR = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function namedOffice(prefix: string, head: string): TitleRef | null {
  if (!prefix || CALENDAR.test(prefix)) return null;
  const office = head.replace(/\s+/g, ' ').toLowerCase();
  if (/^minister$/.test(office) && PORTFOLIO.test(prefix)) {
    return { title: `${prefix} Minister`, organization: `Ministry of ${prefix}`, country: null };
  }
  if (BODY.test(prefix) && /^(?:spokes(?:man|woman|person)|principal secretary|permanent secretary|secretary|director|officer|head|chief)$/.test(office)) {
    const title = TITLES.get(office)?.title ?? titleCase(office);
    return { title, organization: prefix, country: null };
  }
  return null;
}

/** Strip a leading country ("China Central Military Commission") and return it apart. */
function splitCountry(words: string): { rest: string; country: string | null } {
  const parts = words.split(/\s+/);
  for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
    const head = parts.slice(0, n).join(' ').replace(/['’]s$/, '');
    const w = countryWord(head);
    if (w?.code && w.kind !== 'none' && w.kind !== 'capital') return { rest: parts.slice(n).join(' '), country: w.code };
  }
  return { rest: words, country: null };
}

/** Parse a title phrase; null when the phrase names no office. */
export function parseTitle(phrase: string, strict = false): TitleRef | null {
  let text = collapseAbbreviations(phrase.trim()).replace(/\s+/g, ' ');
  for (let i = 0; i < 3; i++) text = text.replace(LEADING, '').replace(GENERIC_OWNER, '');
  let country: string | null = null;
  const poss = POSSESSIVE.exec(text);
  if (poss) {
    const w = countryWord(poss[1]!);
    if (w?.code && w.kind !== 'none') {
      country = w.code;
      text = text.slice(poss[0].length);
    }
  }
  const lead = splitCountry(text);
  if (lead.country && HEAD.test(lead.rest)) {
    country = lead.country;
    text = lead.rest;
  }
  let head = HEAD.exec(text);
  let organization: string | null = null;
  // "chief nuclear negotiator": "chief" alone would leave words over
  if (head && strict && text.slice(head[0].length).trim() && !/^\s*of\s/i.test(text.slice(head[0].length))) head = null;
  if (!head) {
    // "NATO Secretary-General", "Chinese Foreign Ministry spokesman"
    const inside = HEAD_INSIDE.exec(text);
    if (!inside || inside.index === 0 || inside.index > 60) return null;
    const prefix = splitCountry(text.slice(0, inside.index));
    const qualifier = QUALIFIER.exec(`${prefix.rest} `)?.[0] ?? '';
    const orgText = `${prefix.rest} `.slice(qualifier.length).trim();
    const org = orgText ? orgEntry(orgText) : undefined;
    const ends = !text.slice(inside.index + inside[0].length).trim();
    const named = org || !ends ? null : namedOffice(prefix.rest.trim(), inside[1]!);
    if (named) return { ...named, country: country ?? prefix.country };
    if (!org && (orgText || !qualifier)) return null;
    organization = org?.name ?? null;
    country = country ?? prefix.country ?? org?.country ?? null;
    text = text.slice(inside.index + 1);
    head = HEAD.exec(text);
    if (!head) return null;
    if (qualifier) {
      if (strict && text.slice(head[0].length).trim()) return null;
      const full = `${qualifier}${head[1]!}`.replace(/\s+/g, ' ').trim();
      const entry = TITLES.get(full.toLowerCase()) ?? TITLES.get(head[1]!.toLowerCase());
      return { title: TITLES.get(full.toLowerCase())?.title ?? titleCase(full), organization: organization ?? entry?.organization ?? null, country };
    }
  }
  const headText = head[1]!.replace(/\s+/g, ' ');
  const entry = TITLES.get(headText.toLowerCase());
  const canonical = entry?.title === 'member' ? headText : entry?.title ?? titleCase(headText);
  organization = organization ?? entry?.organization ?? null;
  const tail = text.slice(head[0].length).trim();
  const of = /^of\s+(?:the\s+)?(.+)$/i.exec(tail);
  // "Russian Defense Minister" before a name must end with the office, not run on
  if (strict && tail && !of) return null;
  let title = canonical;
  if (of) {
    const target = of[1]!.replace(/[,.;]+$/, '');
    const asCountry = countryWord(target.replace(/^the\s+/i, '')) ?? countryWord(target.replace(STATE_FORM, ''));
    if (asCountry?.code && asCountry.kind === 'name') country = asCountry.code;
    else {
      const split = splitCountry(target);
      const org = canonicalOrg(split.rest);
      organization = org.name;
      country = country ?? split.country ?? org.country;
      title = `${canonical} of the ${org.name}`;
    }
  }
  if (organization && !country) country = canonicalOrg(organization).country;
  return { title, organization, country };
}
