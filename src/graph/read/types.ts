// Plain domain objects the read side returns: what the API resolves over. No driver types here;
// dates are ISO strings ("2019-10-17"), date-times ISO 8601 strings.

export interface CountryRow {
  kind: 'Country';
  code: string;
  name: string;
}

export interface PersonRow {
  kind: 'Person';
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
}

export interface OrganizationRow {
  kind: 'Organization';
  id: string;
  name: string;
  country: string | null;
  orgKind: string | null;
  aliases: string[];
}

export type ActorRow = CountryRow | PersonRow | OrganizationRow;

export interface LocationRow {
  id: string;
  name: string;
  country: string | null;
}

export interface EventRow {
  id: string;
  code: string;
  root: string;
  name: string;
  quadClass: number;
  goldstein: number;
  date: string | null;
  dateText: string | null;
  confidence: number;
  origin: string | null;
  reportCount: number;
  sourceCount: number;
  /** Its actors, when the query that listed it read them too (else the API loads them). */
  actors?: EventActors;
}

export interface AgreementRow {
  id: string;
  name: string;
  status: string;
  topics: string[];
}

export interface QuoteRow {
  id: string;
  text: string;
  /** Who the text says spoke when it names no person, body or state ("Finance Ministry official"). */
  attribution: string | null;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  origin: string | null;
  sentenceCount: number;
}

export interface TopicRow {
  name: string;
}

/** A sentence that supports a fact, with the id of its article (resolved by the article loader). */
export interface EvidenceRow {
  sentenceId: string;
  index: number;
  text: string;
  articleId: string;
}

/** A HELD edge: an office a person held in an organization or for a country. */
export interface PositionRow {
  personId: string;
  title: string;
  holder: ActorRow;
  firstSeen: string | null;
  lastSeen: string | null;
  sentenceIds: string[];
}

/** Event actors by side. */
export interface EventActors {
  source: ActorRow[];
  target: ActorRow[];
}

/** A keyset page: rows plus whether more follow; totalCount runs its own query, only when asked. */
export interface Page<T> {
  rows: { cursor: string; node: T }[];
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
}
