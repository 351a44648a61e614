import type { AgreementStatus, ArticleInput } from '../../src/ingest/types.js';
import { ROOT_WEIGHTS, TEMPLATES, type EventTemplate } from './cameo-mix.js';
import { COUNTRY_WEIGHTS, type GenCountry } from './countries.js';
import { BACKGROUND, CONNECTORS, QUOTES, SPEECH, TOPICS, agreementSentence } from './phrases.js';
import { Rng } from './random.js';
import { addDays, PERIOD, type Official, type World } from './world.js';

// One generated article: a lead event between two officials, what they agreed and said, a few
// other events of the day in other capitals, and background until the story is ~500 words.
// Everything is drawn from a stream seeded by (seed, index), so article i is the same whether
// it is generated alone or as part of a million.

export interface TruthEvent {
  root: string;
  code: string;
  source: string;
  target: string;
  /** The day the sentence states, or null when it states none. */
  date: string | null;
}

export interface ArticleTruth {
  people: { name: string; country: string; title: string }[];
  countries: string[];
  events: TruthEvent[];
  agreements: { status: AgreementStatus; parties: string[]; topic: string }[];
  quotes: { speaker: string }[];
}

export interface GeneratedArticle {
  input: ArticleInput & { url: string; publishedAt: string; source: string };
  truth: ArticleTruth;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SOURCES = ['Diplograph Wire', 'Capital Press', 'Global Desk', 'Northern Wire', 'Meridian News'];
const OFFICES: readonly (readonly [string, number])[] = [
  ['foreign', 6], ['president', 3], ['pm', 2], ['defence', 2], ['trade', 1], ['finance', 1], ['energy', 1],
  ['ambassador', 1], ['deputyForeign', 1], ['nsa', 1], ['interior', 1],
];
const HEADLINE: Record<string, string> = {
  '01': 'voices concern over', '02': 'urges restraint from', '03': 'agrees to deepen ties with', '04': 'holds talks with',
  '05': 'praises', '06': 'plans joint drills with', '07': 'sends aid to', '08': 'eases pressure on', '09': 'opens inquiry involving',
  '10': 'makes demands of', '11': 'criticises', '12': 'rejects proposal from', '13': 'warns', '14': 'protests target',
  '15': 'moves troops toward', '16': 'expels diplomats of', '17': 'detains nationals of', '18': 'blast hits embassy of', '19': 'shells',
};
const BACKGROUND_TARGET_WORDS = 500;
const STATUSES: readonly (readonly [AgreementStatus, number])[] = [['pledged', 3], ['signed', 2], ['proposed', 1]];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

export function generateArticle(world: World, index: number): GeneratedArticle {
  const rng = new Rng(`${world.seed}:${index}`);
  const period = Math.round((Date.parse(PERIOD.to) - Date.parse(PERIOD.from)) / 86_400_000);
  const published = addDays(PERIOD.from, 7 + rng.int(period - 7));
  const truth: ArticleTruth = { people: [], countries: [], events: [], agreements: [], quotes: [] };
  const named = new Set<Official>();
  const country = (avoid: GenCountry[]): GenCountry => {
    let c: GenCountry;
    do c = rng.weighted(COUNTRY_WEIGHTS);
    while (avoid.includes(c));
    return c;
  };
  const surnames = () => new Set([...named].map((o) => o.surname));
  // Two officials of one article never share a surname: the pipeline would rightly merge them.
  const official = (c: GenCountry, office = rng.weighted(OFFICES)): Official => {
    const o = world.holder(c.code, office, published);
    if (named.has(o) || !surnames().has(o.surname)) return o;
    return world.holder(c.code, office === 'foreign' ? 'pm' : 'foreign', published);
  };
  const ref = (o: Official): string => {
    if (named.has(o)) return o.surname;
    named.add(o);
    truth.people.push({ name: o.name, country: o.country.code, title: o.office.title });
    return `${o.country.adjective} ${o.office.title} ${o.name}`;
  };
  const day = (): { when: string; date: string } => {
    const date = addDays(published, -(1 + rng.int(6)));
    return { when: `on ${DAYS[new Date(date).getUTCDay()]}`, date };
  };
  const event = (x: GenCountry, y: GenCountry, a: Official, b: Official, template: EventTemplate, place: string): string => {
    const d = rng.chance(0.7) ? day() : null;
    const topic = rng.pick(TOPICS);
    const sentence = template.text({ a: ref(a), b: template.namesB ? ref(b) : '', x, y, place, when: d?.when ?? '', topic });
    truth.events.push({ root: template.code.slice(0, 2), code: template.code, source: x.code, target: y.code, date: d?.date ?? null });
    for (const c of [x.code, y.code]) if (!truth.countries.includes(c)) truth.countries.push(c);
    return sentence;
  };
  const quote = (o: Official): string => {
    truth.quotes.push({ speaker: o.name });
    return `“${rng.pick(QUOTES)},” ${ref(o)} ${rng.pick(SPEECH)}.`;
  };
  const background = (x: GenCountry, y: GenCountry, place: string, pool: string[]): string =>
    pool.splice(rng.int(pool.length), 1)[0]!.replaceAll('{X}', x.name).replaceAll('{Y}', y.name).replaceAll('{P}', place);

  const x = country([]);
  const y = country([x]);
  const office = rng.weighted(OFFICES);
  const a = official(x, office);
  const b = official(y, office);
  const root = rng.weighted(ROOT_WEIGHTS);
  const template = rng.pick(TEMPLATES[root]!);
  const place = rng.chance(0.5) ? y.capital : x.capital;
  const source = rng.pick(SOURCES);
  const pd = new Date(published);
  const dateline = `${place.toUpperCase()}, ${MONTHS[pd.getUTCMonth()]} ${pd.getUTCDate()} (${source}) - `;
  const paragraphs: string[] = [dateline + event(x, y, a, b, template, place)];

  if (rng.chance(0.7)) {
    const status = rng.weighted(STATUSES);
    const topic = rng.pick(TOPICS);
    truth.agreements.push({ status, parties: [x.code, y.code].sort(), topic });
    const sides = status === 'proposed' ? [ref(a), y.name] : [ref(a), ref(b)];
    paragraphs.push(agreementSentence(status, sides[0]!, sides[1]!, topic, ''));
  }
  paragraphs.push(quote(a));
  const pool = [...BACKGROUND];
  paragraphs.push(`${background(x, y, place, pool)} ${background(x, y, place, pool)}`);
  if (rng.chance(0.7)) paragraphs.push(quote(b));

  for (let n = 2 + rng.int(3); n > 0; n--) {
    const p = rng.chance(0.3) ? x : country([]);
    const q = country([p]);
    const r = rng.weighted(ROOT_WEIGHTS);
    paragraphs.push(`${rng.pick(CONNECTORS)} ${event(p, q, official(p), official(q), rng.pick(TEMPLATES[r]!), p.capital)}`);
  }
  if (rng.chance(0.5)) paragraphs.push(quote(official(y, 'spokes')));
  while (words(paragraphs.join(' ')) < BACKGROUND_TARGET_WORDS && pool.length > 1) {
    paragraphs.push(`${background(x, y, place, pool)} ${background(x, y, place, pool)}`);
  }
  const title = `${x.name} ${HEADLINE[root]} ${y.name}`;
  const url = `https://news.diplograph.test/${published.replaceAll('-', '/')}/${slug(title)}-${slug(world.seed)}-${index}`;
  return { input: { title, body: paragraphs.join('\n\n'), publishedAt: published, url, source }, truth };
}
