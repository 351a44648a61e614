// The titles written around one name: before it ("Russian Defense Minister, Sergei Shoigu",
// "the Vice Chairman of the China Central Military Commission, Zhang Youxia") and after it
// ("Li Zhaoxing, China's foreign minister,", "Youxia, who is also a member of ...").
import type { Doc } from '../document.js';
import type { TitleRef } from '../types.js';
import type { NameRun } from './person-names.js';
import { countryWord } from './country.js';
import { parseTitle } from './title.js';
import { NAME_PREFIXES } from '../lexicon/titles.js';

// Where a title before a name can begin: after a clause break, a quote, or a verb's object.
const BEFORE_BREAK = /[;:"“”()]|,(?!\s*$)/g;
const AFTER_END = /[,;:"“”]|\s[-–—]+\s|(?<!(?:^|[\s.])\p{Lu})\.(?:\s|$)|\s(?:said|says|told|who|since|until|and|on|in|at|during|was|is|has|had)\s/u;
const MAX_WORDS = 14;
const ACRONYM_BEFORE = /\s*\(\p{Lu}[\p{Lu}.&-]{1,8}\)\s*$/u;

function before(doc: Doc, run: NameRun): TitleRef[] {
  const tok = doc.tokens[run.first]!;
  const sent = doc.sentences[tok.sentence]!;
  let text = doc.clean.slice(Math.max(sent.start, tok.start - 160), tok.start);
  if (run.honorific) text = text.replace(/\S+\s*$/, '');
  // "Kuwait's Emir Sheikh Sabah", "of Ghana, H.E. Mr. John Dramani Mahama": forms of address go
  for (let i = 0; i < 3 && NAME_PREFIXES.test(text); i++) text = text.replace(NAME_PREFIXES, '');
  // "Director of National Intelligence (DNI) Avril Haines": the office's acronym
  text = text.replace(ACRONYM_BEFORE, '');
  let cut = -1;
  BEFORE_BREAK.lastIndex = 0;
  for (let m = BEFORE_BREAK.exec(text); m; m = BEFORE_BREAK.exec(text)) cut = m.index;
  text = text.slice(cut + 1).replace(/,?\s*$/, '');
  if (!text) return [];
  const words = text.split(/\s+/).filter(Boolean).slice(-MAX_WORDS);
  for (let k = 0; k < words.length; k++) {
    const title = parseTitle(words.slice(k).join(' '), true);
    if (!title) continue;
    // "Chinese State Councilor and Foreign Minister Wang Yi": two offices, one country
    if (words[k - 1]?.toLowerCase() === 'and') {
      for (let j = 0; j < k - 1; j++) {
        const other = parseTitle(words.slice(j, k - 1).join(' '), true);
        if (!other) continue;
        title.country ??= other.country;
        other.country ??= title.country;
        return [other, title];
      }
    }
    return [title];
  }
  return [];
}

// "Prime Minister Imran Khan of Pakistan", "President Boris Yeltsin of Russia"
// ("Surangel Whipps, Jr. of Palau")
const OF_COUNTRY = /^(?:,?\s+(?:Jr|Sr)\.?,?)?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3})/u;
const END_DOT = /(?<!\.\p{Lu})\.$/u;

export function countryAfterName(doc: Doc, run: NameRun): string | null {
  const end = doc.tokens[run.last - 1]!.end;
  return countryOf(doc.clean.slice(end, end + 60));
}

/** "Readout of President Biden's Meeting with President Vo Van Thuong of Vietnam": the country a
 * headline gives a person the body names without one. */
export function countryInHeadline(headline: string, name: readonly string[]): string | null {
  const last = name.at(-1);
  if (!last) return null;
  // the surname as a whole word of the headline
  const letter = /\p{L}/u;
  for (let at = headline.indexOf(last); at >= 0; at = headline.indexOf(last, at + 1)) {
    if (letter.test(headline[at - 1] ?? '') || letter.test(headline[at + last.length] ?? '')) continue;
    return countryOf(headline.slice(at + last.length, at + last.length + 60));
  }
  return null;
}

function countryOf(text: string): string | null {
  const m = OF_COUNTRY.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).map((w) => w.replace(END_DOT, ''));
  for (let n = words.length; n > 0; n--) {
    const w = countryWord(words.slice(0, n).join(' '));
    if (w?.code && w.kind !== 'none' && w.kind !== 'capital') return w.code;
  }
  return null;
}

function after(doc: Doc, run: NameRun): TitleRef | null {
  const end = doc.tokens[run.last - 1]!.end;
  const sent = doc.sentences[doc.tokens[run.first]!.sentence]!;
  const rest = doc.clean.slice(end, Math.min(sent.end, end + 200));
  const m = /^\s*,\s*/.exec(rest);
  if (!m) return null;
  let phrase = rest.slice(m[0].length);
  phrase = phrase.replace(/^who\s+(?:is|was)\s+(?:also\s+)?/i, '');
  // keep "(CPC)" inside the phrase; stop at the first clause break outside it
  const stop = AFTER_END.exec(phrase.replace(/\(\p{Lu}{2,6}\)/gu, (s) => 'X'.repeat(s.length)));
  if (stop) phrase = phrase.slice(0, stop.index);
  // an apposition may run on past its office ("a spokesman for EU trade commissioner Peter Mandelson")
  return phrase ? parseTitle(phrase) : null;
}

export function titlesAround(doc: Doc, run: NameRun): TitleRef[] {
  const found: TitleRef[] = before(doc, run);
  const a = after(doc, run);
  if (a) found.push(a);
  return found;
}
