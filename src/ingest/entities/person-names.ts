// Name candidates: runs of capitalised words that are not places, organizations, titles or
// common words. "Ursula von der Leyen", "George W. Bush", "Abu Bakr al-Baghdadi".
import type { Token } from '../document.js';
import { HONORIFICS, TITLES } from '../lexicon/titles.js';
import { NAME_PARTICLES, NOT_NAME_WORDS } from '../lexicon/words.js';
import { US_STATES } from '../lexicon/us-states.js';
import { ORG_HEADS } from '../lexicon/organizations.js';
import { cityCountry } from './country.js';

export interface NameRun {
  first: number;
  last: number;
  words: string[];
  /** "Mr", "Ms." right before the run. */
  honorific: string | null;
}

// ("McKee", "MacDonald", "DeSantis", "LeBlanc")
const NAME_WORD = /^(?:Mc|Mac|De|Di|Le|La|Du)?\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*$/u;
// "al-Sisi", "el-Sheikh", "bin-Talal": a lower-case Arabic article joined to a name
const ARTICLE_NAME = /^(?:al|el|ad|as|an|ash|at|az|bin|ibn|abu)-\p{Lu}[\p{Ll}\p{M}'’]+$/u;
// "Theresa May", "Brian June": a month inside a name is a surname
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
// "talks at Schloss Elmau", "in Bavaria": after these a capitalised run is a place
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'across', 'towards', 'toward']);
const INITIAL = /^\p{Lu}$/u;
const BODY_HEADS = new Set(['force', 'forces', 'guard', 'guards', 'corps', 'army', 'brigade', 'brigades', 'militia', 'front', 'movement']);
const ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;
const VERB_OR_NOUN_FORM = /(?:ed|ing|ly|tion|ment|ness|ity|ies|ers|als)$/;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '«']);

// Every word of an office ("Advisor", "Attorney", "Chairwoman") opens a title, not a name.
// ("Presidents George W Bush and Bill Clinton": a plural office too)
const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLES.keys()].flatMap((k) => k.split(/[\s-]+/)).filter((w) => w.length > 2 && !['of', 'the', 'and', 'to', 'for'].includes(w))
    .flatMap((w) => [w, /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]),
);

// The head words an office's name ends in.
const OFFICE_HEADS: ReadonlySet<string> = new Set(
  'officer advisor adviser secretary director examiner manager chair coordinator affairs policy counsel administrator unit envoy representative assistant'.split(' '),
);

// The heads of names that are no person's, and the nouns a place's name follows ("the city of").
const NON_PERSON_HEADS: ReadonlySet<string> = new Set(
  'act acts law laws bill rate rates policy plan plans program programme fund initiative agreement treaty accord doctrine strategy framework index prize award foundation foundations network endowment ventures healthcare trust society project coalition center centre inc llc ltd corp lecture corridor dome college school unit system cathedral hospital airport station bridge square street avenue road highway river valley canal strait oilfield dam pipeline'.split(' '),
);
const PLACE_NOUNS: ReadonlySet<string> = new Set('city town village resort port province region district island capital suburb municipality'.split(' '));

function bare(text: string): string {
  return text.replace(/['’]s$/, '');
}

export function isNameWord(tok: Token, lowerVocab: ReadonlySet<string>, sentenceStart: boolean, inside = false): boolean {
  const text = bare(tok.text);
  if (ARTICLE_NAME.test(text)) return true;
  if (!NAME_WORD.test(text) && !INITIAL.test(text)) return false;
  const lower = text.toLowerCase();
  if (inside && MONTHS.has(lower)) return true;
  if (NOT_NAME_WORDS.has(lower) || TITLE_WORDS.has(lower) || cityCountry(text)) return false;
  // "Secretary-General", "Vice-President", "Prime-Minister"
  if (lower.includes('-') && lower.split('-').some((part) => NOT_NAME_WORDS.has(part) || TITLE_WORDS.has(part))) return false;
  // "Speaking to reporters, ..." : a sentence opener that the article also writes in lower case
  if (sentenceStart && lowerVocab.has(lower)) return false;
  return true;
}

/** Find the runs of name words in one token range (a sentence), skipping claimed tokens. */
export function nameRuns(tokens: readonly Token[], from: number, to: number, claimed: Uint8Array, lowerVocab: ReadonlySet<string>): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const start = i === from || OPENERS.has(tokens[i - 1]!.text);
    // wire copy capitalises the word after "U.S." ("the U.S. Suggested that"): no name there
    // unless it reads as one
    const afterAbbreviation = i > from && ABBREVIATION.test(tokens[i - 1]!.text) && VERB_OR_NOUN_FORM.test(tokens[i]!.text);
    // "Additionally, National Security Advisor Jake Sullivan": an adverb opening the sentence
    const adverb = start && /^\p{Lu}\p{Ll}{3,}ly$/u.test(tokens[i]!.text) && tokens[i + 1]?.text === ',';
    if (claimed[i] || afterAbbreviation || adverb || !isNameWord(tokens[i]!, lowerVocab, start) || (INITIAL.test(tokens[i]!.text) && !tokens[i]!.dot)) {
      i++;
      continue;
    }
    const words: string[] = [];
    let last = i;
    let k = i;
    while (k < to && !claimed[k]) {
      const t = tokens[k]!;
      if (INITIAL.test(t.text) && tokens[k + 1]?.text === '.') {
        words.push(`${t.text}.`);
        k += 2;
        continue;
      }
      if (NAME_PARTICLES.has(t.text.toLowerCase()) && words.length) {
        // "Ursula von der Leyen": particles count only when a name word follows them
        let j = k;
        while (j < to && j - k < 3 && NAME_PARTICLES.has(tokens[j]!.text.toLowerCase())) j++;
        if (j < to && !claimed[j] && isNameWord(tokens[j]!, lowerVocab, false)) {
          for (let x = k; x < j; x++) words.push(tokens[x]!.text);
          k = j;
          continue;
        }
      }
      if (!isNameWord(t, lowerVocab, k === i && start, k > i)) break;
      words.push(bare(t.text));
      k++;
      last = k;
      if (/['’]s$/.test(t.text)) break;
    }
    while (words.length && /\.$/.test(words[words.length - 1]!)) words.pop();
    const prev = tokens[i - 1];
    const prevWord = prev?.text === '.' ? tokens[i - 2] : prev;
    const honorific = prevWord && HONORIFICS.has(prevWord.text.toLowerCase()) ? prevWord.text : null;
    const before = prevWord?.text.toLowerCase() ?? '';
    // "the Line of Actual Control", "the Bank of England": the tail of a longer proper name
    const ofName = (before === 'of' && tokens[i - 2]?.cap) || (before === 'the' && tokens[i - 2]?.text === 'of' && tokens[i - 3]?.cap);
    // "Iran's elite Quds Force", "the Revolutionary Guard": the head of a body's name follows
    const bodyNext = tokens[last]?.cap === true && BODY_HEADS.has(tokens[last]!.text.toLowerCase());
    // "Chief Operating Officer", "National Climate Advisor": a word inside an office's name
    const inOffice = words.length === 1 && !honorific && ((tokens[last]?.cap === true && OFFICE_HEADS.has(tokens[last]!.text.toLowerCase())
      && prevWord?.cap === true && (NOT_NAME_WORDS.has(before) || TITLE_WORDS.has(before)))
      // "Assistant Secretary of Commerce for Economic Development": the end of an office's name
      || (prevWord?.cap === true && prevWord.sentence === tokens[i]!.sentence && tokens[i - 2]?.sentence === tokens[i]!.sentence
        && NOT_NAME_WORDS.has(before) && !TITLE_WORDS.has(before) && !HONORIFICS.has(before)));
    // "Special Presidential Envoy for Climate John Kerry": the office's topic, then the name
    let first = i;
    if (words.length >= 3 && (before === 'for' || before === 'on') && lowerVocab.has(words[0]!.toLowerCase()) && !INITIAL.test(words[1]!)) {
      words.shift();
      first++;
    }
    // "Senior Advisor to the President for Public Engagement": the office's topic, which ends it
    const officeBefore = first === i && (before === 'for' || before === 'on') && words.length <= 2
      && tokens.slice(Math.max(from, i - 9), i - 1).some((t) => t.cap && OFFICE_HEADS.has(t.text.toLowerCase()))
      && !(tokens[last]?.cap && tokens[last]!.sentence === tokens[i]!.sentence);
    if (officeBefore) {
      i = Math.max(k, i + 1);
      continue;
    }
    // "the Inflation Reduction Act", "the London Interbank Offered Rate", "Infrastructure
    // Implementation Coordinator": the words before the head of a name that is no person's
    const headNext = words.length >= 2 && !honorific && tokens[last]?.cap === true && tokens[last]!.sentence === tokens[i]!.sentence
      && (NON_PERSON_HEADS.has(tokens[last]!.text.toLowerCase()) || OFFICE_HEADS.has(tokens[last]!.text.toLowerCase()));
    // "the city of El Alto", "the Brazilian resort of Porto Alegre": a place
    const placeOf = before === 'of' && PLACE_NOUNS.has(tokens[i - 2]?.text.toLowerCase() ?? '');
    // "-   Emily Peterson-Cassin, Demand Progress": a list item's affiliation after the name
    const ends = last >= to || (tokens[last]!.text === '.' && last + 1 >= to);
    const affiliation = ends && prev?.text === ',' && runs.at(-1)?.first === from && runs.at(-1)!.last === i - 1;
    // "Andy Beshear, Governor, Kentucky": a state alone is no name
    const state = words.length === 1 && !honorific && US_STATES.has(words[0]!);
    // "the Generalised System of Preference", "the Lachin Corridor": a name after "the" is no
    // person's, unless it qualifies a noun ("the Reagan administration")
    const afterThe = before === 'the' && !honorific && !(tokens[last] && /^\p{Ll}/u.test(tokens[last]!.text) && tokens[last]!.text !== 'of');
    // "Los Angeles": a city
    const city = words.length >= 2 && cityCountry(words.join(' ')) !== undefined;
    // "Hurricane Henri": a storm
    const storm = /^(?:hurricane|typhoon|cyclone|storm|tropical)$/i.test(words[0] ?? '');
    // "Catherine T. MacArthur Foundation", "Molina Healthcare": a body's name ends in its head
    const tail = words.at(-1)?.toLowerCase() ?? '';
    const body = words.length >= 2 && !honorific && (ORG_HEADS.has(tail) || NON_PERSON_HEADS.has(tail));
    if (headNext || placeOf || affiliation || state || body || afterThe || city || storm) {
      i = Math.max(k, i + 1);
      continue;
    }
    // "Improving Indoor Air Quality", "Supply Chains": words the article also writes in lower case
    // ("Campaign", one word the article also writes in lower case, after no title)
    const commonWords = (words.length >= 2 || (words.length === 1 && !TITLE_WORDS.has(before))) && !honorific && words.every((w) => lowerVocab.has(w.toLowerCase()));
    if (words.length && !PLACE_BEFORE.has(before) && !ofName && !bodyNext && !inOffice && !commonWords) runs.push({ first, last, words, honorific });
    i = Math.max(k, i + 1);
  }
  return runs;
}
