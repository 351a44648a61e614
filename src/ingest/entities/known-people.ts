// The country of a well-known official the article leaves unsaid, by full name or by a surname
// only one of them has: "Joseph R. Biden Jr." and "President Biden" are Joe Biden, "El-Sisi" is
// Abdel Fattah al-Sisi. Initials, suffixes and Arabic articles do not count in the match.
import { KNOWN_PEOPLE } from '../lexicon/known-people.js';

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

function key(part: string): string {
  return part.toLowerCase().replace(/^(?:al|el|ad|as|an|ash|at|az)-/, '').replace(/[.,]/g, '');
}

function significant(parts: readonly string[]): string[] {
  return parts.filter((w) => !SUFFIX.test(w) && !/^\p{Lu}\.?$/u.test(w)).map(key);
}

const BY_NAME = new Map<string, string>();
const BY_SURNAME = new Map<string, string | null>();
for (const [name, code] of Object.entries(KNOWN_PEOPLE)) {
  const parts = significant(name.split(/\s+/));
  BY_NAME.set(parts.join(' '), code);
  const surname = parts.at(-1)!;
  // a surname two known people of different states share names neither
  const seen = BY_SURNAME.get(surname);
  BY_SURNAME.set(surname, seen === undefined || seen === code ? code : null);
}

/** The country of a known official, or null. */
export function knownCountry(parts: readonly string[]): string | null {
  const sig = significant(parts);
  if (sig.length === 0) return null;
  return BY_NAME.get(sig.join(' ')) ?? BY_NAME.get(`${sig[0]} ${sig.at(-1)}`) ?? BY_SURNAME.get(sig.at(-1)!) ?? null;
}
