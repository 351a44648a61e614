// The extraction pipeline: the only place the order of the steps is stated. Each step takes
// the document so far and returns it enriched; nothing here reads a clock, a file or chance.
import type { Doc } from './document.js';
import type { ArticleInput, Extraction } from './types.js';
import { MAX_ARTICLE_BYTES } from './input/checks.js';
import { clean } from './steps/01-clean.js';
import { sentences } from './steps/02-sentences.js';
import { countries } from './steps/03-countries.js';
import { organizations } from './steps/04-organizations.js';
import { people } from './steps/05-people.js';
import { coreference } from './steps/06-coreference.js';
import { events } from './steps/08-events.js';
import { assemble } from './steps/11-assemble.js';

const STEPS: readonly ((doc: Doc) => Doc)[] = [
  clean, // 1. boilerplate out, dateline read, offsets kept
  sentences, // 2. sentences and tokens
  countries, // 3. names, adjectives, capitals, hyphenated pairs
  organizations, // 4. known bodies, national bodies, "... Ministry"
  people, // 5. names, aliases, titles
  coreference, // 6. "the minister", "he"; quote spans
];

function start(input: ArticleInput): Doc {
  // Longer text than an article can be is cut, so time stays bounded; parseArticle rejects it.
  const body = typeof input.body === 'string' ? input.body.slice(0, MAX_ARTICLE_BYTES) : '';
  return {
    input: { ...input, title: typeof input.title === 'string' ? input.title : '' },
    body,
    clean: '',
    segments: [],
    dateline: null,
    sentences: [],
    tokens: [],
    countries: [],
    orgs: [],
    people: [],
    personMentions: [],
    locations: [],
    quoteSpans: [],
  };
}

/** Extract every fact of one article. Pure: the same input always gives the same output. */
export function extract(input: ArticleInput): Extraction {
  let doc = start(input);
  for (const step of STEPS) doc = step(doc);
  // 7-10. events (CAMEO), then quotes, agreements, relations and topics read off the document
  return assemble(doc, events(doc));
}
