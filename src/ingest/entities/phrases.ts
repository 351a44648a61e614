// Longest-match lookup of multi-word phrases over tokens: "People's Republic of China",
// "Foreign Ministry", "U.S.". Bounded by maxWords, so a scan is linear in the token count.
import type { Token } from '../document.js';

const PUNCT = /^[^\p{L}\p{N}]$/u;

/** The lookup key of a token range, as the phrase tables spell keys: lower case, single spaces. */
export function keyOf(tokens: readonly Token[], first: number, last: number): string {
  let key = '';
  for (let i = first; i < last; i++) {
    const t = tokens[i]!.text;
    key += i === first || (PUNCT.test(t) && t !== '(') || tokens[i - 1]!.text === '(' ? t : ` ${t}`;
  }
  return key.toLowerCase();
}

/** Normalise a phrase from a table the same way keyOf spells token ranges. */
export function normalKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').replace(/ ([,;:.)])/g, '$1').trim();
}

export interface PhraseMatch<T> {
  last: number;
  value: T;
}

/** The first words of a table's keys: a phrase can only start at one of them. */
export function firstWords(keys: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const k of keys) set.add(k.split(' ')[0]!.replace(/['’]s$/, ''));
  return set;
}

const POSSESSIVE = /['’]s$/;

/** The longest phrase starting at token `first` (same sentence) found by `lookup`. */
export function longestMatch<T>(
  tokens: readonly Token[],
  first: number,
  maxWords: number,
  lookup: (key: string) => T | undefined,
  starts?: ReadonlySet<string>,
): PhraseMatch<T> | null {
  const head = tokens[first]!;
  if (starts && !starts.has(head.text.toLowerCase().replace(POSSESSIVE, ''))) return null;
  const sentence = head.sentence;
  const keys: string[] = [];
  let key = '';
  for (let i = first; i < tokens.length && i - first < maxWords && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!.text;
    key += i === first || (PUNCT.test(t) && t !== '(') || tokens[i - 1]!.text === '(' ? t.toLowerCase() : ` ${t.toLowerCase()}`;
    keys.push(key);
  }
  for (let n = keys.length; n > 0; n--) {
    const raw = keys[n - 1]!;
    const value = lookup(raw) ?? (POSSESSIVE.test(raw) ? lookup(raw.slice(0, -2)) : undefined);
    if (value !== undefined) return { last: first + n, value };
  }
  return null;
}
