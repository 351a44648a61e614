import type { PersonRef } from '../../ingest/types.js';
import { nameKey } from '../keys.js';

// Cross-article person resolution, pure: which existing Person (if any) each person of a new
// article is. Rules of docs/graph-model.md: same country, same surname key, and given names
// that agree ("Sergei"/"Sergey" fold alike; "S." is an initial of "Sergei"; a bare surname
// agrees with anyone). Two people sharing a surname with different given names stay apart.

// "Mr Shoigu": a form of address is not a given name.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'madame', 'mme', 'herr', 'frau']);

export interface PersonKey {
  name: string;
  nameKey: string;
  surnameKey: string;
  country: string | null;
}

export interface ExistingPerson {
  id: string;
  nameKey: string;
  country: string | null;
}

export function personKey(p: Pick<PersonRef, 'name' | 'country'>): PersonKey {
  const words = nameKey(p.name).split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  const key = words.join(' ');
  return { name: p.name, nameKey: key, surnameKey: words[words.length - 1] ?? '', country: p.country };
}

/** The serialisation key: ingests that could merge into one Person take the same lock. */
export const personLockKey = (k: PersonKey): string => `person:${k.country ?? 'XXX'}:${k.surnameKey}`;

const given = (key: string): string[] => key.split(' ').slice(0, -1);

function wordsAgree(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Given names agree when either is absent, or word by word (as far as both go). */
export function givenNamesAgree(a: string, b: string): boolean {
  const ga = given(a);
  const gb = given(b);
  if (ga.length === 0 || gb.length === 0) return true;
  const n = Math.min(ga.length, gb.length);
  for (let i = 0; i < n; i += 1) if (!wordsAgree(ga[i]!, gb[i]!)) return false;
  return true;
}

/** The id the person gets: an existing Person's when exactly one agrees, else a new one
 * (`person:<nameKey>:<country>`, as keys.personId, the form of address left out). */
export function resolvePerson(k: PersonKey, existing: readonly ExistingPerson[]): string {
  const candidates = existing.filter(
    (x) => x.country === k.country && x.nameKey.split(' ').at(-1) === k.surnameKey,
  );
  const exact = candidates.filter((x) => x.nameKey === k.nameKey);
  if (exact.length > 0) return [...exact].sort((a, b) => a.id.localeCompare(b.id))[0]!.id;
  const agreeing = candidates.filter((x) => givenNamesAgree(x.nameKey, k.nameKey));
  // Prefer the fuller names: "S. Shoigu" goes to "Sergei Shoigu" rather than to a bare "Shoigu".
  const full = agreeing.filter((x) => given(x.nameKey).length > 0);
  if (full.length === 1) return full[0]!.id;
  if (full.length === 0 && agreeing.length === 1) return agreeing[0]!.id;
  return `person:${k.nameKey}:${k.country ?? 'XXX'}`;
}

/**
 * `existing` as it will be once the people `written` are written (writeEntities): new Persons
 * added, and a known one renamed by a fuller form of its name. For the next article of a batch.
 */
export function notePeople(existing: ExistingPerson[], written: readonly Pick<ExistingPerson, 'id' | 'nameKey' | 'country'>[]): void {
  for (const p of written) {
    const known = existing.find((x) => x.id === p.id);
    if (!known) existing.push({ id: p.id, nameKey: p.nameKey, country: p.country });
    else if (p.nameKey.split(' ').length > known.nameKey.split(' ').length) known.nameKey = p.nameKey;
  }
}
