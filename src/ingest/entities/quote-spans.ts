// Quoted passages in the clean text, with straight, curly and guillemet marks, including the
// mismatched closing mark some sites print (“... trainings,“ Shoigu said). A quote left open
// at the end of a paragraph runs on when the next paragraph opens with a mark, as wire copy does.
import type { QuoteSpan } from '../document.js';

const MARKS = /["“”„«»]/g;
const OPENERS = new Set(['"', '“', '„', '«']);
const CLOSERS = new Set(['"', '”', '»', '“']);
const SPACE = /[\s([{]/;

export function findQuoteSpans(clean: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paraStart = 0;
  let previousOpen = false;
  for (const para of clean.split('\n\n')) {
    let openAt = -1;
    // quotes inside a quote ('... within the framework of the Camp David "four points" and ...')
    let inner = 0;
    // a quote opening where one was left open goes on with the same speaker
    let runOn = false;
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(para); m; m = MARKS.exec(para)) {
      const ch = m[0];
      const before = m.index === 0 ? ' ' : para[m.index - 1]!;
      const after = para[m.index + 1] ?? ' ';
      const opens = OPENERS.has(ch) && !/\s/.test(after) && (SPACE.test(before) || m.index === 0 || /[—–-]/.test(before));
      if (openAt < 0) {
        if (opens) openAt = m.index;
      } else if (opens && inner === 0 && /[.!?]\s+$/.test(para.slice(Math.max(openAt + 1, m.index - 3), m.index))) {
        // '"We have said as much. ... ties with Moscow. "Russia is ...," he said': a mark opening a
        // sentence begins a new quote; the one left open ends before it
        push(spans, paraStart, openAt, m.index - 1, previousOpen && openAt === 0, true);
        openAt = m.index;
        runOn = true;
      } else if (opens && m.index > openAt + 1 && /\s/.test(before) && /\p{L}/u.test(after)) {
        inner++;
      } else if (CLOSERS.has(ch) && !/\s/.test(before)) {
        if (inner > 0) {
          inner--;
          continue;
        }
        push(spans, paraStart, openAt, m.index, (previousOpen && openAt === 0) || runOn, false);
        openAt = -1;
        runOn = false;
      }
    }
    // an inner mark never closed was no opening: the quote ends at the last closing mark
    if (openAt >= 0 && inner > 0) {
      const last = Math.max(para.lastIndexOf('"'), para.lastIndexOf('”'));
      if (last > openAt) {
        push(spans, paraStart, openAt, last, previousOpen && openAt === 0, false);
        openAt = -1;
      }
    }
    if (openAt >= 0) push(spans, paraStart, openAt, para.length, (previousOpen && openAt === 0) || runOn, true);
    previousOpen = openAt >= 0;
    paraStart += para.length + 2;
  }
  return spans;
}

function push(spans: QuoteSpan[], base: number, open: number, close: number, continued: boolean, isOpen: boolean): void {
  spans.push({
    start: base + open + 1,
    end: base + close,
    outerStart: base + open,
    outerEnd: base + Math.min(close + 1, close + (isOpen ? 0 : 1)),
    continued,
    open: isOpen,
  });
}
