// Public surface of the GDELT layer: pure parsing of the 2.0 events and mentions tables and the
// streaming file reader. No database here: src/graph/stores/gdelt-store.ts writes the records.
export { EVENT, EVENT_COLUMNS, MENTION, MENTION_COLUMNS } from './columns.js';
export { actorCountry, gdeltActor, titleCase, type ActorColumns, type GdeltActor } from './actors.js';
export { parseEventLine, type GdeltEvent, type GdeltLocation, type Parsed } from './parse-event.js';
export { parseMentionLine, type GdeltMention } from './parse-mention.js';
export { readLines, GdeltFileError } from './read-lines.js';
export { emptyTally, readRows, type RowBatch, type RowTally } from './read-rows.js';
export { readAhead } from './read-ahead.js';
