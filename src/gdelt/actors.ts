import { countryFromCode } from '../ingest/index.js';

// How a GDELT actor (its CAMEO code split into country, known group, type and name columns)
// becomes a node of our model. The rule, in order (README "Importing GDELT"):
//  1. a known group (UNO, NAT, OIC...) -> that international Organization, whatever the name says
//     (GDELT often names the group's spokesman: "EKMELEDDIN IHSANOGLU" under OIC);
//  2. a named-organization type (MNC, NGO, IGO, NGM) -> an Organization called by the actor name;
//  3. a country + a state type (GOV, MIL, ...) -> that country's national body, named as article
//     ingestion names it ("Government" of ZWE) so both writers reach the same Organization key;
//  4. a country (any other type or none) -> the Country;
//  5. a CAMEO region (EUR "Europe", AFR "Africa") -> an Organization of kind 'other';
//  6. no country and only a generic role type ("PRESIDENT", "POLICE", "RESIDENTS") -> no actor:
//     one global "President" node would merge every president in the world;
//  7. a bare name with no country or type (ethnic and religious groups, "TIBETAN") -> an
//     Organization of kind 'other' with that name.

export type GdeltActor =
  | { label: 'Country'; code: string; name: string }
  | { label: 'Organization'; name: string; country: string | null; kind: string };

/** The actor columns of one side of a row. */
export interface ActorColumns {
  code: string;
  name: string;
  country: string;
  knownGroup: string;
  type1: string;
}

// Names match src/ingest/lexicon/organizations.ts where the body is known there.
const KNOWN_GROUPS: Readonly<Record<string, string>> = {
  UNO: 'United Nations', NAT: 'NATO', EEC: 'European Union', AFU: 'African Union',
  ARL: 'Arab League', ASN: 'ASEAN', OIC: 'Organisation of Islamic Cooperation', WTO: 'World Trade Organization',
  IMF: 'International Monetary Fund', WBK: 'World Bank', OPC: 'OPEC', IAE: 'International Atomic Energy Agency',
  ICC: 'International Criminal Court', GCC: 'Gulf Cooperation Council', OAS: 'Organization of American States',
  CIS: 'Commonwealth of Independent States', WHO: 'World Health Organization', IRC: 'Red Cross',
  AMN: 'Amnesty International', HRW: 'Human Rights Watch', SCO: 'Shanghai Cooperation Organization',
  APE: 'APEC', OSC: 'OSCE', ECO: 'ECOWAS', SAD: 'SADC', BRI: 'BRICS',
};

const NAMED_ORG_TYPES: Readonly<Record<string, string>> = {
  MNC: 'other', NGO: 'other', NGM: 'other', IGO: 'international',
};

const STATE_BODIES: Readonly<Record<string, readonly [name: string, kind: string]>> = {
  GOV: ['Government', 'government'],
  MIL: ['Armed Forces', 'military'],
  LEG: ['Parliament', 'government'],
  JUD: ['Judiciary', 'government'],
  COP: ['Police', 'government'],
  SPY: ['Intelligence Services', 'government'],
  OPP: ['Opposition', 'party'],
};

// CAMEO actor codes for places that are not states; three of them stand for a state's territory.
const TERRITORIES: Readonly<Record<string, string>> = { WSB: 'PSE', GZS: 'PSE', BAG: 'IRQ' };
const REGIONS: Readonly<Record<string, string>> = {
  AFR: 'Africa', ASA: 'Asia', BLK: 'Balkans', CRB: 'Caribbean', CAU: 'Caucasus', CFR: 'Central Africa',
  CAS: 'Central Asia', CEU: 'Central Europe', EIN: 'East Indies', EAF: 'Eastern Africa', EEU: 'Eastern Europe',
  EUR: 'Europe', LAM: 'Latin America', MEA: 'Middle East', MDT: 'Mediterranean', NAF: 'North Africa',
  NMR: 'North America', PGS: 'Persian Gulf', SCN: 'Scandinavia', SAM: 'South America', SAS: 'South Asia',
  SEA: 'Southeast Asia', SAF: 'Southern Africa', WAF: 'West Africa', WST: 'The West',
};

/** "SOUTH AFRICAN" -> "South African": GDELT writes names in capitals. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'(/])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A CAMEO actor country code ("ROM", "WSB", "USA") -> ISO-3 and name, or undefined for regions. */
export function actorCountry(code: string): { code: string; name: string } | undefined {
  if (!code) return undefined;
  const ref = countryFromCode(TERRITORIES[code] ?? code);
  return ref && { code: ref.code, name: ref.name };
}

export function gdeltActor(a: ActorColumns): GdeltActor | null {
  if (!a.code && !a.name) return null;
  const group = KNOWN_GROUPS[a.knownGroup];
  if (group) return { label: 'Organization', name: group, country: null, kind: 'international' };
  const country = actorCountry(a.country);
  const namedKind = NAMED_ORG_TYPES[a.type1];
  if (namedKind && a.name) {
    return { label: 'Organization', name: titleCase(a.name), country: country?.code ?? null, kind: namedKind };
  }
  if (country) {
    const body = STATE_BODIES[a.type1];
    if (body) return { label: 'Organization', name: body[0], country: country.code, kind: body[1] };
    return { label: 'Country', code: country.code, name: country.name };
  }
  const region = REGIONS[a.country];
  if (region) return { label: 'Organization', name: region, country: null, kind: 'other' };
  if (a.type1 || !a.name) return null;
  return { label: 'Organization', name: titleCase(a.name), country: null, kind: 'other' };
}
