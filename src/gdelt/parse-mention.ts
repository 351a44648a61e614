import { MENTION, MENTION_COLUMNS } from './columns.js';
import { RowError, columns, integer, timestamp } from './fields.js';
import type { Parsed } from './parse-event.js';

// One line of a GDELT 2.0 mentions table: another document that reported an event.

export interface GdeltMention {
  gdeltId: number;
  /** MentionTimeDate as an ISO date-time (UTC): when the reporting document was seen. */
  mentionedAt: string;
  /** 1 web, 2 citation, 3 CORE, 4 DTIC, 5 JSTOR, 6 non-textual. */
  type: number;
  /** The outlet ("indiatimes.com"). */
  sourceName: string | null;
  /** The document's URL for web mentions, another identifier otherwise. */
  identifier: string;
  /** GDELT's confidence in the extraction, scaled 0..1. */
  confidence: number;
}

export function parseMentionLine(line: string): Parsed<GdeltMention> {
  try {
    const c = columns(line, MENTION_COLUMNS.length);
    const identifier = c[MENTION.MentionIdentifier]!.trim();
    if (!identifier) throw new RowError('MentionIdentifier is empty');
    const type = integer('MentionType', c[MENTION.MentionType]!, 1);
    if (type > 6) throw new RowError(`MentionType "${type}" is not 1..6`);
    const confidence = integer('Confidence', c[MENTION.Confidence]!);
    if (confidence > 100) throw new RowError(`Confidence "${confidence}" is not 0..100`);
    return {
      ok: true,
      row: {
        gdeltId: integer('GLOBALEVENTID', c[MENTION.GLOBALEVENTID]!, 1),
        mentionedAt: timestamp('MentionTimeDate', c[MENTION.MentionTimeDate]!),
        type,
        sourceName: c[MENTION.MentionSourceName]!.trim() || null,
        identifier,
        confidence: confidence / 100,
      },
    };
  } catch (e) {
    if (e instanceof RowError) return { ok: false, reason: e.message };
    throw e;
  }
}
