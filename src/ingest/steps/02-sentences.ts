// Step 2: sentences and tokens over the clean text. Paragraphs always end a sentence; inside
// one, [.!?] ends it unless the word before is an abbreviation ("Mr.", "Gen.", "U.S.") or
// an initial ("George W. Bush").
import type { Doc, Sent, Token } from '../document.js';
import { ABBREVIATIONS, SENTENCE_STARTERS } from '../lexicon/abbreviations.js';

// End punctuation, closing quotes/brackets, then space and something that can open a sentence.
const BOUNDARY = /(?<![.!?])[.!?]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.]+)$/u;
const NEXT_WORD = /^\s+["“‘'«(\[]?([\p{L}]+)/u;
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;

function splitParagraph(text: string, offset: number, out: Sent[]): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(text, m.index, end)) continue;
    push(text, start, end, offset, out);
    start = end;
  }
  push(text, start, text.length, offset, out);
}

function endsSentence(text: string, dot: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^\.+/, '');
  const next = NEXT_WORD.exec(text.slice(end, end + 20))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(before)) return false;
  if (ABBREVIATIONS.has(word)) return word.includes('.') && SENTENCE_STARTERS.has(next);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_STARTERS.has(next);
  return true;
}

function push(text: string, from: number, to: number, offset: number, out: Sent[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ index: out.length, start: offset + s, end: offset + e, text: text.slice(s, e) });
}

export function sentences(doc: Doc): Doc {
  const sents: Sent[] = [];
  let offset = 0;
  for (const para of doc.clean.split('\n\n')) {
    splitParagraph(para, offset, sents);
    offset += para.length + 2;
  }
  const tokens: Token[] = [];
  for (const s of sents) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s.text); m; m = TOKEN.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      tokens.push({ text: m[0], start, end, sentence: s.index, cap: UPPER.test(m[0]), dot: doc.clean[end] === '.' });
    }
  }
  return { ...doc, sentences: sents, tokens };
}
