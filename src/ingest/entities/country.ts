// Country names, short forms, demonyms/adjectives and capitals -> ISO 3166-1 alpha-3.
// Names and codes come from i18n-iso-countries, demonyms and capitals from world-countries;
// lexicon/country-aliases.ts adds only what neither package has.
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Countries } from 'world-countries';
import worldCountriesJson from 'world-countries/countries.json' with { type: 'json' };
import type { CountryRef } from '../types.js';
import { firstWords } from './phrases.js';
import { CITIES } from '../lexicon/cities.js';
import {
  CAMEO_TO_ISO, COUNTRY_ADJECTIVES, COUNTRY_ALIASES, HISTORICAL_STATES, NOT_COUNTRIES,
} from '../lexicon/country-aliases.js';

isoCountries.registerLocale(en);
const worldCountries = worldCountriesJson as unknown as Countries;

export type CountryWordKind = 'name' | 'adjective' | 'capital' | 'none';
export interface CountryWord {
  code: string | null;
  kind: CountryWordKind;
}

const NAMES = new Map<string, string>();
const WORDS = new Map<string, CountryWord>();
const CAPITALS = new Map<string, { name: string; code: string }>();

function add(key: string, code: string | null, kind: CountryWordKind): void {
  const k = key.toLowerCase().replace(/\s+/g, ' ').trim();
  if (k && !WORDS.has(k)) WORDS.set(k, { code, kind });
}

for (const phrase of NOT_COUNTRIES) add(phrase, null, 'none');
for (const [key, code] of Object.entries(COUNTRY_ALIASES)) add(key, code, 'name');
for (const [key, code] of Object.entries(COUNTRY_ADJECTIVES)) add(key, code, 'adjective');
for (const [code, name] of Object.entries(HISTORICAL_STATES)) {
  NAMES.set(code, name);
  add(name, code, 'name');
}
// Independent states first, so "French" is France and not the French Southern Territories.
const ordered = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of ordered) {
  NAMES.set(c.cca3 === 'UNK' ? 'XKX' : c.cca3, c.name.common);
  add(c.name.common, c.cca3, 'name');
  add(c.name.official, c.cca3, 'name');
  const demonym = c.demonyms?.eng?.m;
  if (demonym) {
    add(demonym, c.cca3, 'adjective');
    // "the Nigerians", "Israelis": the people stand for their state
    if (/(?:an|i)$/.test(demonym)) add(`${demonym}s`, c.cca3, 'adjective');
  }
  for (const capital of c.capital ?? []) {
    const name = capital.replace(/ D\.C\.$/, '');
    if (!CAPITALS.has(name)) CAPITALS.set(name, { name, code: c.cca3 });
  }
}
for (const [alpha2, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) {
  const code = isoCountries.alpha2ToAlpha3(alpha2);
  if (!code) continue;
  for (const name of names) if (!/[,()]/.test(name)) add(name, code, 'name');
}
for (const [name, code] of Object.entries(CITIES)) if (!CAPITALS.has(name)) CAPITALS.set(name, { name, code });
for (const [name, { code }] of CAPITALS) add(name, code, 'capital');

/** The longest phrase (in words) in the country vocabulary; bounds n-gram lookups. */
export const MAX_COUNTRY_WORDS = 6;

/** Words a country phrase can start with, for a cheap test before a lookup. */
export const COUNTRY_STARTS: ReadonlySet<string> = firstWords(WORDS.keys());

/** Look up an already lower-cased key. */
export function countryByKey(key: string): CountryWord | undefined {
  return WORDS.get(key);
}

/** Look a phrase up in the country vocabulary (case-insensitive). */
export function countryWord(phrase: string): CountryWord | undefined {
  return WORDS.get(phrase.toLowerCase());
}

/** The display name of a country code (ISO alpha-3 or a historical code). */
export function countryName(code: string): string {
  return NAMES.get(code) ?? isoCountries.getName(code, 'en') ?? code;
}

/** A country from a name, short form, adjective or demonym: "China", "U.S.", "Russian", "Soviet Union". */
export function countryFromName(text: string): CountryRef | undefined {
  const key = text.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  const word = countryWord(key) ?? countryWord(`the ${key}`);
  if (!word?.code || word.kind === 'capital') return undefined;
  return { code: word.code, name: countryName(word.code) };
}

/** A country from an ISO alpha-3, alpha-2, or CAMEO country code ("RUS", "RU", "ROM", "SUN"). */
export function countryFromCode(code: string): CountryRef | undefined {
  const upper = code.trim().toUpperCase();
  const iso = CAMEO_TO_ISO[upper] ?? (upper.length === 2 ? isoCountries.alpha2ToAlpha3(upper) : upper);
  if (!iso) return undefined;
  if (HISTORICAL_STATES[iso] || iso === 'XKX' || isoCountries.alpha3ToAlpha2(iso)) {
    return { code: iso, name: countryName(iso) };
  }
  return undefined;
}

/** A city or capital: "Moscow" -> RUS, "Sochi" -> RUS. */
export function cityCountry(name: string): string | undefined {
  return CAPITALS.get(name)?.code ?? CAPITALS.get(name.replace(/^St /, 'St. '))?.code;
}
