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
    MARKS.lastIndex = 0;
    for (let m = MARKS.exec(para); m; m = MARKS.exec(para)) {
      const ch = m[0];
      const before = m.index === 0 ? ' ' : para[m.index - 1]!;
      const after = para[m.index + 1] ?? ' ';
      if (openAt < 0) {
        if (OPENERS.has(ch) && !/\s/.test(after) && (SPACE.test(before) || m.index === 0 || /[—–-]/.test(before))) openAt = m.index;
      } else if (CLOSERS.has(ch) && !/\s/.test(before)) {
        push(spans, paraStart, openAt, m.index, previousOpen && openAt === 0, false);
        openAt = -1;
      }
    }
    if (openAt >= 0) push(spans, paraStart, openAt, para.length, previousOpen && openAt === 0, true);
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
