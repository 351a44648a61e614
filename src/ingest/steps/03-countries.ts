// Step 3: country mentions. Names, short forms, adjectives and capitals by longest match;
// hyphenated pairs split ("China-Russia", "Sino-Russian"); a capital after "in"/"to" is a
// place, elsewhere it stands for its government ("Beijing says").
import type { CountryMention, Doc } from '../document.js';
import { COUNTRY_STARTS, MAX_COUNTRY_WORDS, countryByKey, countryWord, type CountryWord } from '../entities/country.js';
import { longestMatch } from '../entities/phrases.js';

const PLACE_WORDS = new Set([
  'in', 'at', 'to', 'from', 'near', 'via', 'outside', 'into', 'toward', 'towards', 'of', 'visit',
  'visited', 'visiting', 'around', 'across', 'inside', 'leaves', 'left', 'reached', 'arrived',
]);

export function countries(doc: Doc): Doc {
  const { tokens } = doc;
  const found: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.cap) continue;
    const match = longestMatch<CountryWord>(tokens, i, MAX_COUNTRY_WORDS, countryByKey, COUNTRY_STARTS);
    if (match) {
      const { code, kind } = match.value;
      if (code && kind !== 'none') {
        const prev = tokens[i - 1];
        const asPlace = kind === 'capital' && prev !== undefined && prev.sentence === tok.sentence
          && PLACE_WORDS.has(prev.text.toLowerCase());
        found.push({ code, kind, asPlace, start: tok.start, end: tokens[match.last - 1]!.end, first: i, last: match.last });
      }
      i = match.last - 1;
      continue;
    }
    // "China-Russia relations", "Sino-Russian", "Russia-China ties"
    if (!tok.text.includes('-')) continue;
    let offset = tok.start;
    for (const part of tok.text.split('-')) {
      const word = countryWord(part.replace(/['’]s$/, ''));
      if (word?.code && word.kind !== 'none' && word.kind !== 'capital') {
        found.push({ code: word.code, kind: word.kind, asPlace: false, start: offset, end: offset + part.length, first: i, last: i + 1 });
      }
      offset += part.length + 1;
    }
  }
  return { ...doc, countries: found };
}
