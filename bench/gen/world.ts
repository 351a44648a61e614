import { COUNTRIES, type GenCountry } from './countries.js';
import { POOLS } from './names.js';
import { Rng } from './random.js';

// The cast of generated news: for every country, the holders of a dozen offices over the years
// covered, two terms each, so an office changes hands once at a date of its own. Built from the
// seed alone, so every article drawn from the same seed sees the same people.

export interface Office {
  key: string;
  /** As written before a name: "Foreign Minister", "Secretary of State". */
  title: string;
}

export interface Official {
  name: string;
  surname: string;
  country: GenCountry;
  office: Office;
  /** ISO dates, inclusive start, exclusive end. */
  from: string;
  to: string;
}

const GENERIC: Office[] = [
  { key: 'president', title: 'President' },
  { key: 'pm', title: 'Prime Minister' },
  { key: 'foreign', title: 'Foreign Minister' },
  { key: 'defence', title: 'Defence Minister' },
  { key: 'trade', title: 'Trade Minister' },
  { key: 'finance', title: 'Finance Minister' },
  { key: 'energy', title: 'Energy Minister' },
  { key: 'interior', title: 'Interior Minister' },
  { key: 'deputyForeign', title: 'Deputy Foreign Minister' },
  { key: 'spokes', title: 'Foreign Ministry Spokesman' },
  { key: 'ambassador', title: 'Ambassador' },
  { key: 'nsa', title: 'National Security Adviser' },
];

// Offices some governments name their own way.
const LOCAL: Record<string, Record<string, string>> = {
  USA: { pm: 'Vice President', foreign: 'Secretary of State', defence: 'Defense Secretary', trade: 'Commerce Secretary', finance: 'Treasury Secretary', interior: 'Attorney General', deputyForeign: 'Deputy Secretary of State', spokes: 'Press Secretary' },
  GBR: { president: 'Chancellor', foreign: 'Foreign Secretary', defence: 'Defence Secretary', interior: 'Home Secretary' },
  DEU: { pm: 'Chancellor', defence: 'Defense Minister' },
};

export function officesOf(code: string): Office[] {
  return GENERIC.map((o) => ({ key: o.key, title: LOCAL[code]?.[o.key] ?? o.title }));
}

export const PERIOD = { from: '2018-01-01', to: '2024-01-01' } as const;
const PERIOD_DAYS = Math.round((Date.parse(PERIOD.to) - Date.parse(PERIOD.from)) / 86_400_000);

export const addDays = (iso: string, days: number): string => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

export interface World {
  seed: string;
  officials: readonly Official[];
  /** Office holder of a country on a date. */
  holder(country: string, office: string, date: string): Official;
}

export function buildWorld(seed: string): World {
  const rng = new Rng(`${seed}:world`);
  const officials: Official[] = [];
  const index = new Map<string, Official[]>();
  for (const country of COUNTRIES) {
    const pool = POOLS[country.pool];
    const used = new Set<string>();
    for (const office of officesOf(country.code)) {
      const change = addDays(PERIOD.from, 180 + rng.int(PERIOD_DAYS - 360));
      const terms: Official[] = [];
      for (const [from, to] of [[PERIOD.from, change], [change, PERIOD.to]] as const) {
        let given: string, surname: string, name: string;
        do {
          given = rng.pick(pool.given);
          surname = rng.pick(pool.surnames);
          name = 'surnameFirst' in pool && pool.surnameFirst ? `${surname} ${given}` : `${given} ${surname}`;
        } while (used.has(name));
        used.add(name);
        terms.push({ name, surname, country, office, from, to });
      }
      officials.push(...terms);
      index.set(`${country.code}:${office.key}`, terms);
    }
  }
  const holder = (country: string, office: string, date: string): Official => {
    const terms = index.get(`${country}:${office}`);
    if (!terms) throw new RangeError(`no office ${office} in ${country}`);
    return terms.find((t) => date < t.to) ?? terms[terms.length - 1]!;
  };
  return { seed, officials, holder };
}
