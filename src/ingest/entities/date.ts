// Dates in article text, resolved against the publication date only (never the clock).
// chrono-node reads the expressions; weekdays are read as news does: the most recent such day.
import * as chrono from 'chrono-node';

export interface FoundDate {
  text: string;
  /** YYYY-MM-DD, or null when the expression is relative and there is no publishedAt. */
  date: string | null;
  /** Offset of the expression in the searched text. */
  index: number;
}

// Cheap gate before chrono: "on Thursday", "last week", "March 16", "2 days ago", "yesterday".
const DATE_HINT =
  /\b(?:today|yesterday|tomorrow|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|next|this|earlier|later) (?:week|month|year|weekend)|\d+ (?:days?|weeks?|months?|years?) ago|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\d{4}-\d{2}-\d{2})/;
const WEEKDAY_ONLY = /^(?:on\s+|last\s+|this\s+(?:past\s+)?)?(sun|mon|tues|wednes|thurs|fri|satur)day$/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const NO_ANCHOR = new Date(Date.UTC(2000, 0, 1, 12));

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function ymd(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The publication date as a UTC noon instant, or null when absent or unreadable. */
export function anchorOf(publishedAt: string | null | undefined): Date | null {
  const match = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  if (!match) return null;
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The first date expression in a piece of text. */
export function findDate(text: string, anchor: Date | null): FoundDate | null {
  if (!DATE_HINT.test(text)) return null;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, { instant: anchor ?? NO_ANCHOR, timezone: 0 });
  } catch {
    return null;
  }
  for (const r of results) {
    // "4-2" scores and bare small numbers are not dates
    if (!/[A-Za-z]/.test(r.text) && !/\d{4}-\d{2}-\d{2}/.test(r.text)) continue;
    const weekday = WEEKDAY_ONLY.exec(r.text.trim());
    if (weekday) {
      if (!anchor) return { text: r.text, date: null, index: r.index };
      const target = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
      const back = (anchor.getUTCDay() - target + 7) % 7;
      return { text: r.text, date: ymd(new Date(anchor.getTime() - back * 86_400_000)), index: r.index };
    }
    const c = r.start;
    const absolute = /\b\d{4}\b/.test(r.text) && c.isCertain('month') && c.isCertain('day');
    if (!anchor && !absolute) return { text: r.text, date: null, index: r.index };
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (y === null || m === null || d === null) continue;
    let year = y;
    // "March 16" in an article of January 2004 is March 2003, not a future March
    if (anchor && !c.isCertain('year') && c.isCertain('month')) {
      const candidate = Date.UTC(year, m - 1, d, 12);
      if (candidate - anchor.getTime() > 30 * 86_400_000) year -= 1;
    }
    return { text: r.text, date: `${year}-${pad(m)}-${pad(d)}`, index: r.index };
  }
  return null;
}
