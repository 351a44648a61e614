// Evidence for a fact: the sentence it was read in and its span in the ORIGINAL body.
import { toOriginal, type Doc } from '../document.js';
import type { Evidence, Sentence } from '../types.js';

export function sentenceAt(doc: Doc, pos: number): number {
  const sents = doc.sentences;
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Evidence for the clean-text span [start, end): its original offsets and the sentence text around it. */
export function evidenceOf(doc: Doc, start: number, end: number): Evidence {
  const origStart = toOriginal(doc, start);
  const origEnd = Math.max(origStart, toOriginal(doc, end));
  const first = sentenceAt(doc, start);
  const last = sentenceAt(doc, Math.max(start, end - 1));
  const s = doc.sentences[first];
  const e = doc.sentences[last];
  const text = s && e ? doc.clean.slice(s.start, e.end) : doc.clean.slice(start, end);
  return { sentence: first, start: origStart, end: origEnd, text };
}

/** Evidence for a whole sentence. */
export function sentenceEvidence(doc: Doc, index: number): Evidence {
  const s = doc.sentences[index]!;
  return evidenceOf(doc, s.start, s.end);
}

/** A sentence with offsets in the original body. */
export function toOriginalSentence(doc: Doc, s: { index: number; start: number; end: number; text: string }): Sentence {
  return { index: s.index, text: s.text, start: toOriginal(doc, s.start), end: toOriginal(doc, s.end) };
}
