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

/** The longest phrase starting at token `first` (same sentence) found by `lookup`. */
export function longestMatch<T>(
  tokens: readonly Token[],
  first: number,
  maxWords: number,
  lookup: (key: string) => T | undefined,
): PhraseMatch<T> | null {
  const sentence = tokens[first]!.sentence;
  let end = first;
  while (end < tokens.length && end - first < maxWords && tokens[end]!.sentence === sentence) end++;
  for (let last = end; last > first; last--) {
    const raw = keyOf(tokens, first, last);
    const value = lookup(raw) ?? (/['’]s$/.test(raw) ? lookup(raw.slice(0, -2)) : undefined);
    if (value !== undefined) return { last, value };
  }
  return null;
}
