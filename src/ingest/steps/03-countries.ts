// Step 3: country mentions. Names, short forms, adjectives and capitals by longest match;
// hyphenated pairs split ("China-Russia", "Sino-Russian"); a capital after "in"/"to" is a
// place, elsewhere it stands for its government ("Beijing says").
import type { CountryMention, Doc } from '../document.js';
import { COUNTRY_STARTS, MAX_COUNTRY_WORDS, countryByKey, countryWord, type CountryWord } from '../entities/country.js';
import { longestMatch } from '../entities/phrases.js';
import { CAPITAL_ERAS, CAPITALS_OF_BODIES } from '../lexicon/country-aliases.js';
import { STATE_NAMED_COUNTRIES, US_STATES } from '../lexicon/us-states.js';

const PLACE_WORDS = new Set([
  'in', 'at', 'to', 'from', 'near', 'via', 'outside', 'into', 'toward', 'towards', 'of', 'visit',
  'visited', 'visiting', 'around', 'across', 'inside', 'leaves', 'left', 'reached', 'arrived',
]);

const GATHERINGS = new Set(['summit', 'summits', 'talks', 'meeting', 'meetings', 'conference', 'conferences', 'forum', 'ministerial']);
// "60 billion U.S. dollars": a currency; "the Astana process", "the Minsk agreements": a name
const NOT_ACTOR_AFTER = new Set(['dollar', 'dollars', 'cents', 'currency']);
const NAMED_AFTER_CAPITAL = new Set(['process', 'format', 'accord', 'accords', 'agreement', 'agreements', 'protocol', 'protocols', 'declaration', 'group', 'climate', 'consensus', 'peace']);

// A capital stands for the state that governed from it then: Moscow before 1992 is the Soviet Union.
function inItsEra(code: string, kind: string, publishedAt: string | null | undefined): string {
  if (kind !== 'capital' || !publishedAt) return code;
  const then = CAPITAL_ERAS.find((e) => e.code === code && publishedAt < e.until);
  return then?.then ?? code;
}

// "Delaware, Georgia, Kansas", "Atlanta, Georgia": the US state, listed among states or after its city
function usState(tokens: Doc['tokens'], first: number, last: number, code: string | null): boolean {
  if (!code || !STATE_NAMED_COUNTRIES.has(code)) return false;
  const before = tokens[first - 1]?.text === ',' ? tokens[first - 2]?.text : tokens[first - 1]?.text === 'and' && tokens[first - 2]?.text === ',' ? tokens[first - 3]?.text : undefined;
  const after = tokens[last]?.text === ',' || tokens[last]?.text === 'and' ? tokens[last + 1]?.text : undefined;
  return (before !== undefined && US_STATES.has(before)) || (after !== undefined && US_STATES.has(after));
}

export function countries(doc: Doc): Doc {
  const { tokens } = doc;
  const found: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.cap) continue;
    const match = longestMatch<CountryWord>(tokens, i, MAX_COUNTRY_WORDS, countryByKey, COUNTRY_STARTS);
    if (match) {
      const { code, kind } = match.value;
      const next = tokens[match.last]?.text.toLowerCase() ?? '';
      // "the London Interbank Offered Rate", "the Brussels Executive Commission": a word of a name
      const inName = kind === 'capital' && tokens[i - 1]?.text.toLowerCase() === 'the' && tokens[match.last]?.cap === true
        && tokens[match.last]!.sentence === tok.sentence && !GATHERINGS.has(next);
      const named = NOT_ACTOR_AFTER.has(next) || (kind === 'capital' && NAMED_AFTER_CAPITAL.has(next)) || usState(tokens, i, match.last, code) || inName;
      if (code && kind !== 'none' && !named) {
        const prev = tokens[i - 1];
        // "in Moscow", and "a Brussels summit", "the Geneva talks": the city where they meet
        const asPlace = (kind === 'capital' && ((prev !== undefined && prev.sentence === tok.sentence
          && PLACE_WORDS.has(prev.text.toLowerCase())) || GATHERINGS.has(next)))
          // "in Davos, Switzerland": the country of the city just named as the place
          || (prev?.text === ',' && found.at(-1)?.asPlace === true && found.at(-1)!.last === i - 1 && found.at(-1)!.code === inItsEra(code, kind, doc.input.publishedAt));
        // "relations with Brussels": the EU's institutions, not Belgium
        if (kind === 'capital' && !asPlace && CAPITALS_OF_BODIES.has(tok.text.toLowerCase())) {
          i = match.last - 1;
          continue;
        }
        found.push({ code: inItsEra(code, kind, doc.input.publishedAt), kind, asPlace, start: tok.start, end: tokens[match.last - 1]!.end, first: i, last: match.last });
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
