// Organization names: the known bodies of lexicon/organizations.ts by any alias, and the
// national bodies named by function ("Foreign Ministry") that take their country from context.
import { KNOWN_ORGS, NATIONAL_BODIES } from '../lexicon/organizations.js';
import { firstWords, normalKey } from './phrases.js';

export interface OrgEntry {
  name: string;
  country: string | null;
  kind: string;
  /** Named by function: needs a country from its context. */
  national: boolean;
  /** An acronym ("UN", "AU", "WHO") matches only when written in capitals. */
  acronym?: string;
}

const ENTRIES = new Map<string, OrgEntry>();
for (const [name, country, kind, aliases] of KNOWN_ORGS) {
  for (const alias of [name, ...aliases]) {
    const acronym = /^[A-Z0-9.\-]+$/.test(alias) ? alias : undefined;
    const key = normalKey(alias);
    // "Ecofin" and "ECOFIN": a name written either way is not held to its capitals
    if (acronym && ENTRIES.get(key)?.name === name && !ENTRIES.get(key)!.acronym) continue;
    ENTRIES.set(key, { name, country, kind, national: false, acronym });
  }
}
for (const [phrase, [name, kind]] of Object.entries(NATIONAL_BODIES)) {
  const key = normalKey(phrase);
  if (!ENTRIES.has(key)) ENTRIES.set(key, { name, country: null, kind, national: true });
}

export const MAX_ORG_WORDS = 8;
/** Words an organization's name can start with, for a cheap test before a lookup. */
export const ORG_STARTS: ReadonlySet<string> = firstWords(ENTRIES.keys());

/** A known organization by an already normalised key (as keyOf spells it). */
export function orgByKey(key: string): OrgEntry | undefined {
  return ENTRIES.get(key);
}

/** A known organization by name or alias, case-insensitive ("the Kremlin", "CPC", "Foreign Ministry"). */
export function orgEntry(phrase: string): OrgEntry | undefined {
  return ENTRIES.get(normalKey(phrase.replace(/^the\s+/i, '')));
}

/** Canonical name for a national body or known organization, else the phrase itself. */
export function canonicalOrg(phrase: string): { name: string; country: string | null; kind: string } {
  const entry = orgEntry(phrase);
  return entry ? { name: entry.name, country: entry.country, kind: entry.kind } : { name: phrase, country: null, kind: 'other' };
}
