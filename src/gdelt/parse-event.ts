import { cameoEvent, type QuadClass } from '../ingest/index.js';
import { actorCountry, gdeltActor, type GdeltActor } from './actors.js';
import { EVENT, EVENT_COLUMNS } from './columns.js';
import { RowError, columns, day, decimal, integer, timestamp } from './fields.js';
import { FIPS_TO_ISO3 } from './fips-countries.js';

// One line of a GDELT 2.0 events export -> a typed, checked record, or the reason it is refused.

export interface GdeltLocation {
  /** The place itself ("Waterkloof"); the country's name for country-level places. */
  name: string;
  /** ISO-3, or null when GDELT's FIPS code names no current country. */
  country: string | null;
}

export interface GdeltEvent {
  gdeltId: number;
  /** SQLDATE as YYYY-MM-DD. */
  date: string;
  code: string;
  root: string;
  name: string;
  quadClass: QuadClass;
  goldstein: number;
  source: GdeltActor | null;
  target: GdeltActor | null;
  location: GdeltLocation | null;
  /** SOURCEURL, or null when empty. */
  url: string | null;
  /** DATEADDED as an ISO date-time (UTC). */
  addedAt: string;
  numMentions: number;
  numSources: number;
  numArticles: number;
}

export type Parsed<T> = { ok: true; row: T } | { ok: false; reason: string };

function actor(c: string[], side: 'Actor1' | 'Actor2'): GdeltActor | null {
  return gdeltActor({
    code: c[EVENT[`${side}Code`]]!,
    name: c[EVENT[`${side}Name`]]!,
    country: c[EVENT[`${side}CountryCode`]]!,
    knownGroup: c[EVENT[`${side}KnownGroupCode`]]!,
    type1: c[EVENT[`${side}Type1Code`]]!,
  });
}

function location(c: string[]): GdeltLocation | null {
  const type = c[EVENT.ActionGeo_Type]!;
  const fullName = c[EVENT.ActionGeo_FullName]!.trim();
  if (type === '0' || type === '' || !fullName) return null;
  const iso = FIPS_TO_ISO3[c[EVENT.ActionGeo_CountryCode]!];
  const country = iso ? actorCountry(iso) : undefined;
  // type 1 is a whole country: name it as the Country is named, so it keys like other writers' places
  const name = type === '1' && country ? country.name : fullName.split(',')[0]!.trim();
  return { name, country: country?.code ?? null };
}

function cameo(c: string[]) {
  const code = c[EVENT.EventCode]!;
  const root = c[EVENT.EventRootCode]!;
  if (!/^\d{2,4}$/.test(code)) throw new RowError(`EventCode ${JSON.stringify(code)} is not a CAMEO code`);
  if (!/^\d{2}$/.test(root) || !code.startsWith(root) || Number(root) < 1 || Number(root) > 20) {
    throw new RowError(`EventRootCode ${JSON.stringify(root)} is not the root of EventCode ${code}`);
  }
  const quadClass = integer('QuadClass', c[EVENT.QuadClass]!, 1);
  if (quadClass > 4) throw new RowError(`QuadClass "${quadClass}" is not 1..4`);
  const name = cameoEvent(code)?.name ?? cameoEvent(root)?.name ?? `CAMEO ${code}`;
  return { code, root, name, quadClass: quadClass as QuadClass };
}

export function parseEventLine(line: string): Parsed<GdeltEvent> {
  try {
    const c = columns(line, EVENT_COLUMNS.length);
    const url = c[EVENT.SOURCEURL]!.trim();
    return {
      ok: true,
      row: {
        gdeltId: integer('GLOBALEVENTID', c[EVENT.GLOBALEVENTID]!, 1),
        date: day('SQLDATE', c[EVENT.SQLDATE]!),
        ...cameo(c),
        goldstein: decimal('GoldsteinScale', c[EVENT.GoldsteinScale]!, -10, 10),
        source: actor(c, 'Actor1'),
        target: actor(c, 'Actor2'),
        location: location(c),
        url: url || null,
        addedAt: timestamp('DATEADDED', c[EVENT.DATEADDED]!),
        numMentions: integer('NumMentions', c[EVENT.NumMentions]!),
        numSources: integer('NumSources', c[EVENT.NumSources]!),
        numArticles: integer('NumArticles', c[EVENT.NumArticles]!),
      },
    };
  } catch (e) {
    if (e instanceof RowError) return { ok: false, reason: e.message };
    throw e;
  }
}
