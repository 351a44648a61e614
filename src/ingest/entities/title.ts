// Titles as phrases: "Russian Defense Minister", "the Vice Chairman of the China Central
// Military Commission", "China's foreign minister", "Brazil's central bank president",
// "Liberal Democrat environment spokesman" -> {title, organization, country}.
//
// A title is an office head from the lexicon ("minister", "president", "spokesman") with the
// words that qualify it written before it ("natural resources", "Bundesbank", "Shadow Europe")
// and an "of"/"to"/"for" tail after it. The title keeps the words the text gives; only the
// country word goes, to the country field ("Turkish Foreign Minister" -> "Foreign Minister", TUR).
import type { TitleRef } from '../types.js';
import { TITLES, TITLE_ALTERNATION } from '../lexicon/titles.js';
import { countryWord } from './country.js';
import { US_STATES } from '../lexicon/us-states.js';
import { canonicalOrg, orgEntry } from './organization.js';

const HEADS = new RegExp(`(?<![\\p{L}-])(${TITLE_ALTERNATION})(?![\\p{L}-])`, 'giu');
const ABBREVIATION = /\s*\((\p{Lu}{2,6})\)\s+(?=\p{Lu})/u;
const POSSESSIVE = /^(?:the\s+)?([\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,2})['’]s\s+/u;
// "the ministry's spokesman", "the bloc's foreign policy chief": the owner is named elsewhere
const GENERIC_OWNER = /^(?:the\s+)?(?:ministry|bloc|agency|party|group|country|government|organi[sz]ation|alliance|union|council|commission|army|military|department|bank|company|firm)['’]s\s+/i;
const LEADING = /^(?:the|a|an|also|now|then|currently|his|her|their|its|our|who\s+(?:is|was)(?:\s+also)?|as|is|was|newly|recently|named|appointed)\s+/i;
// "the Republic of Turkey", "the Islamic Republic of Iran" -> "Turkey", "Iran"
const STATE_FORM = /^(?:the\s+)?(?:(?:Islamic|People's|Federal|Democratic|Arab|Socialist|United|Hashemite|Bolivarian|Plurinational)\s+)*(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Commonwealth|Principality)\s+of\s+(?:the\s+)?/;
// Lower-case words that cannot qualify an office: function words, verbs, adverbs.
const NOT_QUALIFIER = new Set(
  `the a an this that these those his her its their our my your he she it they we who whom which what
  and or but nor as at by in on of for to with from into onto over under after before during since until than then
  has have had is are was were be been being do does did will would can could should may might must shall
  said says told tells met meets meeting visited visiting called calls asked urged warned added noted
  also not no yes very more most less least much many some any each every both either neither all
  when while where why how if because although though so yet still just only even too
  one two three four five six seven eight nine ten earlier later meanwhile however separately today
  yesterday tomorrow here there`.split(/\s+/),
);
const MODIFIERS = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'deputy', 'vice', 'shadow', 'senior', 'chief', 'first', 'assistant', 'executive', 'principal', 'special', 'permanent', 'managing']);
const SMALL = new Set(['of', 'the', 'and', 'for', 'to', 'on', 'in', 'at']);
const CALENDAR = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/;
const MAX_QUALIFIERS = 6;

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
  return s.split(' ').map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()))).join(' ');
}

/** A country word ("Turkish", "U.S.", "Brazil's"), not a capital or a name inside another. */
function countryOf(word: string): string | null {
  const w = countryWord(word.replace(/['’]s$/, '').replace(/,$/, ''));
  return w?.code && w.kind !== 'none' && w.kind !== 'capital' ? w.code : null;
}

/** Strip a leading country ("China Central Military Commission") and return it apart. */
function splitCountry(words: string): { rest: string; country: string | null } {
  const parts = words.split(/\s+/);
  for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
    const code = countryOf(parts.slice(0, n).join(' '));
    if (code) return { rest: parts.slice(n).join(' '), country: code };
  }
  return { rest: words, country: null };
}

function qualifies(word: string): boolean {
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(word)) return !CALENDAR.test(word) && !NOT_QUALIFIER.has(lower);
  if (MODIFIERS.has(lower)) return true;
  if (NOT_QUALIFIER.has(lower) || /\d/.test(word)) return false;
  // "visiting", "accompanied", "reportedly": verbs and adverbs end the phrase
  return /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/(?:ed|ing|ly)$/.test(lower);
}

// "of the National Economic Council", "to the President for Clean Energy Innovation",
// "of Pakistan": capitalised words and the small words between them.
function tailWords(tail: string): string {
  const words = tail.split(/\s+/).filter(Boolean);
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\p{Lu}/u.test(w)) end = i + 1;
    else if (!SMALL.has(w.toLowerCase()) || i === words.length - 1) break;
  }
  return words.slice(0, end).join(' ').replace(/[,;:]+$/, '');
}

interface Head {
  start: number;
  end: number;
  text: string;
}

function headsIn(text: string): Head[] {
  const out: Head[] = [];
  HEADS.lastIndex = 0;
  for (let m = HEADS.exec(text); m; m = HEADS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[1]! });
  return out;
}

/** Parse a title phrase; null when the phrase names no office. Strict: the phrase must end
 * with the office or its of/to/for tail (a title written before a name). */
export function parseTitle(phrase: string, strict = false): TitleRef | null {
  let text = collapseAbbreviations(phrase.trim()).replace(/\s+/g, ' ').replace(/[,;:]+$/, '');
  for (let i = 0; i < 4; i++) text = text.replace(LEADING, '').replace(GENERIC_OWNER, '');
  let country: string | null = null;
  const poss = POSSESSIVE.exec(text);
  if (poss) {
    const code = countryOf(poss[1]!);
    if (code) {
      country = code;
      text = text.slice(poss[0].length);
    }
  }
  const lead = splitCountry(text);
  if (lead.country) {
    country ??= lead.country;
    text = lead.rest;
  }
  const heads = headsIn(text);
  for (let h = heads.length - 1; h >= 0; h--) {
    const head = heads[h]!;
    const prefixWords = text.slice(0, head.start).trim().split(' ').filter(Boolean);
    if (prefixWords.length > MAX_QUALIFIERS || !prefixWords.every(qualifies)) continue;
    const rawTail = text.slice(head.end).trim();
    const tail = /^(?:of|to|for|on)\s/i.test(rawTail) ? tailWords(rawTail) : '';
    if (strict && rawTail && tail !== rawTail && rawTail !== '.') continue;
    return build(prefixWords, head, tail, country);
  }
  return null;
}

const STATE_OFFICES = /^(?:gov|governor|lt\.?\s+gov|lieutenant\s+governor|sen|senator|rep|representative|attorney\s+general|mayor|congress(?:wo)?man|delegate|assembly(?:wo)?man|assemblymember|state\s+senator|state\s+representative)\.?$/i;
const STATE_NAME_FIRST = new Set(['New', 'North', 'South', 'West', 'Rhode']);

function build(prefixWords: string[], head: Head, tail: string, given: string | null): TitleRef | null {
  let country = given;
  // "New Jersey Gov.", "Maine Senator": a US state's office, the state's words go
  if (STATE_OFFICES.test(head.text) && prefixWords.some((w) => US_STATES.has(w.replace(/['’]s$/, '')))) {
    country ??= 'USA';
    prefixWords = prefixWords.filter((w) => !US_STATES.has(w.replace(/['’]s$/, '')) && !STATE_NAME_FIRST.has(w));
  }
  // "Lib Dem foreign affairs spokesman", "Bundesbank President": a country word inside goes
  const prefix = prefixWords.filter((w) => {
    const code = /^\p{Lu}/u.test(w) ? countryOf(w) : null;
    if (code) country ??= code;
    return !code;
  });
  const headKey = head.text.replace(/\s+/g, ' ').toLowerCase();
  const entry = TITLES.get(headKey);
  const qualified = TITLES.get(`${prefix.join(' ')} ${headKey}`.toLowerCase().trim());
  let organization: string | null = qualified?.organization ?? entry?.organization ?? null;
  const capitalised = prefix.filter((w) => /^\p{Lu}/u.test(w) && !MODIFIERS.has(w.toLowerCase()));
  if (!organization && capitalised.length) {
    const org = orgEntry(capitalised.join(' '));
    if (org) organization = org.name;
    // "Irrigation Minister": a portfolio the lexicon does not list
    else if (headKey === 'minister' && capitalised.length === prefix.length && prefix.length <= 2) organization = `Ministry of ${prefix.join(' ')}`;
  }
  let words = [...prefix, head.text.replace(/\s+/g, ' ')];
  if (tail) {
    const of = /^of\s+(?:the\s+)?(.+)$/i.exec(tail);
    const target = of?.[1] ?? '';
    const asCountry = of ? countryWord(target) ?? countryWord(target.replace(STATE_FORM, '')) : undefined;
    // "Head of the Foreign Relations Department of the Presidential Administration of Azerbaijan"
    const last = of && !asCountry ? /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3})$/u.exec(target) : null;
    const trailing = last ? countryWord(last[1]!) : undefined;
    if (trailing?.code && trailing.kind === 'name') country ??= trailing.code;
    if (asCountry?.code && asCountry.kind === 'name') country = asCountry.code;
    // "head of the Malaysian delegation": the adjective gives the country, the office its head
    else if (asCountry?.code && asCountry.kind === 'adjective') country = asCountry.code;
    else if (of) {
      // "secretary of Iran's Supreme National Security Council": the country word goes here too
      const split = splitCountry(target);
      const org = canonicalOrg(split.rest);
      organization = org.name;
      country ??= split.country ?? org.country;
      words.push(split.country ? `of the ${split.rest}` : tail);
    } else words.push(tail);
  }
  words = words.filter(Boolean);
  if (words.length === 0) return null;
  const title = entry?.title === 'member' ? words.join(' ') : titleCase(words.join(' '));
  if (organization && !country) country = canonicalOrg(organization).country;
  return { title, organization, country };
}
