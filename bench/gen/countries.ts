import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Countries } from 'world-countries';
import worldCountriesJson from 'world-countries/countries.json' with { type: 'json' };
import { poolFor, type PoolName } from './names.js';

// The countries of generated news: UN members, named as i18n-iso-countries names them, with the
// adjective and capital world-countries gives. News is not uniform over countries: a few powers
// appear in most stories, so each country carries a prominence weight.

isoCountries.registerLocale(en);

export interface GenCountry {
  code: string;
  name: string;
  /** "Russian", as in "Russian Foreign Minister". */
  adjective: string;
  capital: string;
  pool: PoolName;
  weight: number;
}

// Rough share of international news coverage; everything else weighs 1.
const PROMINENCE: Record<string, number> = {
  USA: 40, CHN: 30, RUS: 30, GBR: 14, FRA: 12, DEU: 12, IND: 12, JPN: 10, IRN: 10, UKR: 10, ISR: 9,
  TUR: 8, SAU: 7, PRK: 7, KOR: 7, PAK: 6, SYR: 6, EGY: 5, BRA: 5, ITA: 4, CAN: 4, AUS: 4, AFG: 4,
  IRQ: 4, QAT: 3, ARE: 3, VNM: 3, IDN: 3, MEX: 3, ZAF: 3, NGA: 3, ETH: 2, VEN: 2, POL: 2, ESP: 2,
};

// How wire copy writes these ("U.S. Secretary of State"), not the dictionary demonym.
const ADJECTIVES: Record<string, string> = { USA: 'U.S.', GBR: 'British', NLD: 'Dutch' };

// Adjectives shared by two states ("Congolese", "Dominican") cannot say which one is meant.
const AMBIGUOUS = new Set(['COD', 'COG', 'DMA', 'DOM']);

/** The shortest usual English name: "Russia", not "Russian Federation"; never "UK". */
function shortName(cca2: string, common: string): string {
  const names = (isoCountries.getNames('en', { select: 'all' })[cca2] ?? []).filter((n) => !/[,().]/.test(n) && n.length >= 4);
  return names.sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? common;
}

function build(): GenCountry[] {
  const list = (worldCountriesJson as unknown as Countries)
    .filter((c) => c.unMember && !AMBIGUOUS.has(c.cca3) && c.capital?.[0] && c.demonyms?.eng?.m)
    .map((c) => ({
      code: c.cca3,
      name: shortName(c.cca2, c.name.common),
      adjective: ADJECTIVES[c.cca3] ?? c.demonyms.eng!.m,
      capital: c.capital[0]!.replace(/ D\.C\.$/, ''),
      pool: poolFor(c.subregion, c.cca3),
      weight: PROMINENCE[c.cca3] ?? 1,
    }));
  return list.sort((a, b) => a.code.localeCompare(b.code));
}

export const COUNTRIES: readonly GenCountry[] = build();
export const COUNTRY_WEIGHTS: readonly (readonly [GenCountry, number])[] = COUNTRIES.map((c) => [c, c.weight]);
