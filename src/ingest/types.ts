// Plain data types of an extraction: the contract between src/ingest (which produces it)
// and src/graph (which stores it). No behaviour here.

/** One article as given to the pipeline. */
export interface ArticleInput {
  title: string;
  body: string;
  /** ISO date or date-time (YYYY-MM-DD or full ISO 8601); the anchor for relative dates. */
  publishedAt?: string | null;
  url?: string | null;
  source?: string | null;
}

/** Where a fact was read: sentence index in the clean text, character span in the ORIGINAL body. */
export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  index: number;
  text: string;
  /** Offsets in the original body (inclusive start, exclusive end). */
  start: number;
  end: number;
}

export interface CountryRef {
  /** ISO 3166-1 alpha-3; historical states get stable codes (e.g. SUN, YUG, CSK, DDR). */
  code: string;
  name: string;
}

export interface TitleRef {
  title: string;
  organization: string | null;
  country: string | null;
}

export interface PersonRef {
  /** Canonical full name as best seen in the article, e.g. "Zhang Youxia". */
  name: string;
  aliases: string[];
  country: string | null;
  titles: TitleRef[];
  evidence: Evidence[];
}

export interface OrganizationRef {
  /** The name as the article gives it ("Group of Seven" in one article, "G7" in another). */
  name: string;
  /** The body's stable name across articles ("G7"): what the graph identifies it by. */
  key?: string;
  /** ISO-3 of the country for national bodies; null for international ones. */
  country: string | null;
  /** e.g. "government", "ministry", "military", "party", "international", "other". */
  kind?: string;
  aliases?: string[];
}

export interface ActorSet {
  /** Canonical person names (as in Extraction.people[].name). */
  people: string[];
  /** ISO-3 codes. */
  countries: string[];
  /** Organization names (as in Extraction.organizations[].name). */
  organizations: string[];
}

export interface LocationRef {
  name: string;
  country: string | null;
}

export type QuadClass = 1 | 2 | 3 | 4;

export interface EventRef {
  /** CAMEO code, 2-4 digits, e.g. "0312". */
  code: string;
  name: string;
  /** CAMEO root, 2 digits. */
  root: string;
  quadClass: QuadClass;
  goldstein: number;
  source: ActorSet;
  target: ActorSet;
  /** YYYY-MM-DD when resolvable against publishedAt, else null. */
  date: string | null;
  /** The words the date was read from ("on Thursday"), or null. */
  dateText: string | null;
  location: LocationRef | null;
  evidence: Evidence;
  /** 0..1 */
  confidence: number;
}

export type AgreementStatus = 'signed' | 'pledged' | 'proposed';

export interface AgreementRef {
  name: string;
  status: AgreementStatus;
  /** ISO-3 codes or organization names. */
  parties: string[];
  topics: string[];
  evidence: Evidence;
}

export interface QuoteRef {
  text: string;
  /** Canonical person name, an organization/country name when the speaker is one, a description in
   * lower case when the text names nobody ("Finance Ministry official", "one banker"); null if unknown. */
  speaker: string | null;
  evidence: Evidence;
}

export interface RelationRef {
  /** ISO-3 codes, sorted. */
  countries: string[];
  descriptor: string;
  evidence: Evidence;
}

export interface TopicRef {
  name: string;
  evidence: Evidence[];
}

export interface Extraction {
  article: {
    title: string;
    publishedAt: string | null;
    url: string | null;
    source: string | null;
    /** The dateline place and date, when the body opens with one ("WASHINGTON, March 16 -"). */
    dateline: { place: string | null; date: string | null } | null;
  };
  /** The body with boilerplate removed. */
  cleanText: string;
  sentences: Sentence[];
  countries: CountryRef[];
  people: PersonRef[];
  organizations: OrganizationRef[];
  locations: LocationRef[];
  events: EventRef[];
  agreements: AgreementRef[];
  quotes: QuoteRef[];
  relations: RelationRef[];
  topics: TopicRef[];
}
