// Step 1: the clean text. Boilerplate lines, a repeated title and stray site-name lines are
// dropped, wrapped lines are joined into paragraphs, and an opening dateline is read and cut.
// Every kept stretch is copied verbatim, so offsets map back to the original body.
import type { Doc, Segment } from '../document.js';
import { anchorOf, findDate } from '../entities/date.js';
import { cityCountry } from '../entities/country.js';
import { BOILERPLATE_LINES, STRAY_LINE_MAX_WORDS } from '../lexicon/boilerplate.js';

interface Line {
  start: number;
  text: string;
  /** Spaces or tabs before the text. */
  indent: number;
  /** A list item ("-   Connecticut Gov. Ned Lamont"): content, however short. */
  item?: boolean;
}

// "WASHINGTON, March 16 -", "MOSCOW, Oct. 17 (Xinhua) --", "BEIJING (Reuters) -", "UNITED NATIONS (AP) —",
// "MOSCOW, June 23. /TASS/.", "NEW DELHI: "
const DATELINE =
  /^([A-Z][A-Z.'’ -]{1,30}[A-Z.]|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:,\s*[A-Z][A-Za-z]{1,15})?(?:,\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?))?\s*(?:\([A-Za-z .]{2,30}\)\s*)?(?:--?|—|–|\.\s*\/[A-Za-z-]{2,12}\/\.?|(?<=^[A-Z][A-Z .'’-]+):)\s+/;
const WORDS = /\S+/g;
// "-   Secretary Deb Haaland, Department of the Interior": a list item is a paragraph of its own
const BULLET = /^(?:[-*•▪◦·]|\d{1,2}[.)])\s+/;
const APOSTROPHE_AS_QUOTE = /(?<=\p{L})"(?=(?:s|t|ll|re|ve|d|m)(?!\p{L}))/gu;
const SENTENCE_END = /[.!?:;"”’'»)\]]$/;

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of body.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    lines.push({ start: start + lead, text: raw.trim(), indent: lead });
    start += raw.length + 1;
  }
  return lines;
}

function isBoilerplate(line: Line, title: string, counts: Map<string, number>): boolean {
  const t = line.text;
  // a line that opens in lower case goes on with a wrapped sentence ("published China's demands
  // in a editorial", "by Nigerian Finance Minister Chu"): site furniture opens otherwise
  if (t.length < 200 && !/^\p{Ll}/u.test(t) && BOILERPLATE_LINES.some((re) => re.test(t))) return true;
  if (title && Math.abs(t.length - title.length) < 20 + title.length / 4 && normalize(t) === title) return true;
  if (!/\p{L}|\p{N}/u.test(t)) return t.length < 40;
  if (t.length > 60) return false;
  const norm = normalize(t);
  const words = t.match(WORDS)?.length ?? 0;
  // "Phenomenal" twice above the article: a site name, not a sentence
  if (words <= STRAY_LINE_MAX_WORDS && !SENTENCE_END.test(t) && (counts.get(norm) ?? 0) >= 2) return true;
  return false;
}

export function clean(doc: Doc): Doc {
  const lines = splitLines(doc.body);
  const title = normalize(doc.input.title ?? '');
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (!l.text || l.text.length > 60) continue;
    const key = normalize(l.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  // Group non-empty lines into blocks separated by blank lines, then drop the furniture.
  const blocks: Line[][] = [];
  let current: Line[] = [];
  let previous: Line | null = null;
  // the indent a list item's text starts at: its wrapped lines are indented to it
  let itemIndent = -1;
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) blocks.push(current);
      current = [];
      itemIndent = -1;
    } else if (!isBoilerplate(line, title, counts)) {
      const bullet = BULLET.exec(line.text);
      // wire copy marks a paragraph by indenting its first line, not by a blank line; a list
      // item's wrapped line ("-   Jen Klein, Executive Director of the ... Policy¶    Council")
      // goes on with the item
      const wrapped = itemIndent >= 0 && !bullet && line.indent >= 2 && Math.abs(line.indent - itemIndent) <= 1;
      const indented = previous !== null && line.indent >= 2 && line.indent > previous.indent && !wrapped;
      if (bullet || indented) {
        if (current.length) blocks.push(current);
        current = [];
        itemIndent = -1;
        if (bullet) {
          itemIndent = line.indent + bullet[0].length;
          line.start += bullet[0].length;
          line.text = line.text.slice(bullet[0].length);
          line.item = true;
        }
      } else if (!wrapped && line.indent < 2) itemIndent = -1;
      current.push(line);
    }
    previous = line.text === '' ? null : line;
  }
  if (current.length) blocks.push(current);
  const kept = blocks.filter((b) => {
    if (b.length > 1 || b[0]!.item) return true;
    const t = b[0]!.text;
    return (t.match(WORDS)?.length ?? 0) > STRAY_LINE_MAX_WORDS || SENTENCE_END.test(t);
  });

  const segments: Segment[] = [];
  let text = '';
  kept.forEach((block, bi) => {
    if (bi > 0) text += '\n\n';
    block.forEach((line, li) => {
      if (li > 0) text += ' ';
      let { start, text: t } = line;
      if (bi === 0 && li === 0) {
        const cut = readDateline(doc, t);
        start += cut;
        t = t.slice(cut);
      }
      segments.push({ clean: text.length, orig: start, length: t.length });
      text += t;
    });
  });
  // wire copy of the 1980s writes an apostrophe as a double mark ("Brazil"s", "isn"t"): one
  // character for one, so offsets still map back
  return { ...doc, clean: text.replace(APOSTROPHE_AS_QUOTE, "'"), segments };
}

function readDateline(doc: Doc, line: string): number {
  const m = DATELINE.exec(line);
  if (!m) return 0;
  const raw = m[1]!.trim();
  const place = raw === raw.toUpperCase() ? raw.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : raw;
  const found = m[2] ? findDate(m[2], anchorOf(doc.input.publishedAt)) : null;
  const country = cityCountry(place) ?? null;
  // A dateline is a place; a sentence that opens "Russia - " is not one.
  if (!country && raw !== raw.toUpperCase()) return 0;
  doc.dateline = { place, country, date: found?.date ?? null, text: m[0].trim() };
  return m[0].length;
}
