// The titles written around one name: before it ("Russian Defense Minister, Sergei Shoigu",
// "the Vice Chairman of the China Central Military Commission, Zhang Youxia") and after it
// ("Li Zhaoxing, China's foreign minister,", "Youxia, who is also a member of ...").
import type { Doc } from '../document.js';
import type { TitleRef } from '../types.js';
import type { NameRun } from './person-names.js';
import { parseTitle } from './title.js';

// Where a title before a name can begin: after a clause break, a quote, or a verb's object.
const BEFORE_BREAK = /[;:"“”(]|,(?!\s*$)/g;
const AFTER_END = /[,;:"“”]|\.(?:\s|$)|\s(?:said|says|told|who|since|until|and|on|in|at|during|was|is|has|had)\s/;
const MAX_WORDS = 14;

function before(doc: Doc, run: NameRun): TitleRef | null {
  const tok = doc.tokens[run.first]!;
  const sent = doc.sentences[tok.sentence]!;
  let text = doc.clean.slice(Math.max(sent.start, tok.start - 160), tok.start);
  if (run.honorific) text = text.replace(/\S+\s*$/, '');
  let cut = -1;
  BEFORE_BREAK.lastIndex = 0;
  for (let m = BEFORE_BREAK.exec(text); m; m = BEFORE_BREAK.exec(text)) cut = m.index;
  text = text.slice(cut + 1).replace(/,?\s*$/, '');
  if (!text) return null;
  const words = text.split(/\s+/).slice(-MAX_WORDS);
  for (let k = 0; k < words.length; k++) {
    const title = parseTitle(words.slice(k).join(' '), true);
    if (title) return title;
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
  return phrase ? parseTitle(phrase, true) : null;
}

export function titlesAround(doc: Doc, run: NameRun): TitleRef[] {
  const found: TitleRef[] = [];
  const b = before(doc, run);
  if (b) found.push(b);
  const a = after(doc, run);
  if (a) found.push(a);
  return found;
}
