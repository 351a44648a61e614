import { createHash } from 'node:crypto';

// The dashboard's GraphQL documents: the only operations the page sends. Each is persisted under
// the sha256 of its text (Apollo's persisted-query hash), so the browser sends a hash, never a
// query; the page learns the hashes from /dashboard/operations.json.

const EVIDENCE = /* GraphQL */ `
  fragment DashEvidence on Evidence {
    sentenceId
    text
    article { id key title url source publishedAt }
  }`;

const ACTOR = /* GraphQL */ `
  fragment DashActor on Actor {
    __typename
    ... on Country { id code name }
    ... on Person { id key name country { code } }
    ... on Organization { id key name }
  }`;

const EVENT = /* GraphQL */ `
  fragment DashEvent on Event {
    id date dateText code name quadClass goldstein reportCount
    source { ...DashActor }
    target { ...DashActor }
    location { name country { code } }
    evidence { ...DashEvidence }
  }`;

const BRIEF = /* GraphQL */ `
  fragment DashBrief on Event {
    id date dateText name goldstein
    location { name }
    evidence { sentenceId text article { id title url } }
  }`;

const GRAPH = /* GraphQL */ `
  fragment DashGraph on GraphView {
    nodes { id key kind name weight }
    edges { source target kind weight meanGoldstein }
  }`;

const documents = {
  DashCountries: /* GraphQL */ `
    query DashCountries { countries { code name } }`,

  DashBilateral: /* GraphQL */ `
    query DashBilateral($a: String!, $b: String!, $dyad: [String!]!, $bucket: Bucket!, $limit: Int!) {
      bilateral(a: $a, b: $b, bucket: $bucket, limit: $limit) {
        a { code name } b { code name }
        totalEvents meanGoldstein firstContact lastContact
        byQuadClass { quadClass count meanGoldstein }
        descriptors { descriptor reports }
        events { ...DashEvent }
        agreements { id name status topics { name } parties { ...DashActor } evidence { ...DashEvidence } }
        quotes { id text speaker { ...DashActor } evidence { ...DashEvidence } }
      }
      timeline: eventStats(where: { dyad: $dyad }, groupBy: [QUAD_CLASS], bucket: $bucket) {
        period quadClass count meanGoldstein
      }
      people: network(where: { dyad: $dyad }, kind: PEOPLE, limit: 150) { ...DashGraph }
      countries: network(where: { countries: $dyad }, kind: COUNTRIES, limit: 150) { ...DashGraph }
    }
    ${EVENT}${ACTOR}${EVIDENCE}${GRAPH}`,

  DashOfficial: /* GraphQL */ `
    query DashOfficial($name: String!) {
      person(name: $name) {
        id key name aliases
        country { code name }
        positions { title holder { ...DashActor } }
        quotes(limit: 20) { id text speaker { ...DashActor } evidence { ...DashEvidence } }
        recentEvents(limit: 50) { ...DashEvent }
      }
    }
    ${EVENT}${ACTOR}${EVIDENCE}`,

  DashPersonNetwork: /* GraphQL */ `
    query DashPersonNetwork($person: ID!) {
      network(where: { person: $person }, kind: ACTORS, limit: 150) { ...DashGraph }
    }
    ${GRAPH}`,

  // Lighter than DashEvent: the server's cost limit counts every inline fragment's fields.
  DashNode: /* GraphQL */ `
    query DashNode($id: ID!) {
      node(id: $id) {
        __typename id
        ... on Country { code name people(limit: 10) { id name } recentEvents(limit: 8) { ...DashBrief } }
        ... on Person {
          key name aliases country { code name }
          positions { title holder { __typename ... on Country { name } ... on Organization { name } } }
          recentEvents(limit: 8) { ...DashBrief }
        }
        ... on Organization { key name kind country { code name } recentEvents(limit: 8) { ...DashBrief } }
        ... on Location { key name country { code name } }
        ... on Quote { text speaker { ...DashActor } evidence { sentenceId text article { id title url } } }
        ... on Article { key title url source publishedAt }
      }
    }
    ${BRIEF}${ACTOR}`,

  // Kept flat for the same cost limit: a hit is opened in the details panel for the rest.
  DashSearch: /* GraphQL */ `
    query DashSearch($query: String!) {
      search(query: $query, first: 20) {
        type score snippet
        node {
          __typename
          ... on Country { id code name }
          ... on Person { id name country { code } }
          ... on Organization { id name }
          ... on Location { id name }
          ... on Quote { id text speaker { __typename ... on Person { name } ... on Country { name } ... on Organization { name } } }
          ... on Evidence { text article { id title } }
        }
      }
    }`,
} as const;

export type DashboardOperationName = keyof typeof documents;

export interface PersistedOperation {
  name: DashboardOperationName;
  hash: string;
  document: string;
}

/** Apollo's persisted-query hash: hex sha256 of the exact document text. */
export const operationHash = (document: string): string => createHash('sha256').update(document).digest('hex');

export const DASHBOARD_OPERATIONS: readonly PersistedOperation[] = Object.entries(documents).map(([name, doc]) => {
  const document = doc.trim();
  return { name: name as DashboardOperationName, hash: operationHash(document), document };
});

const byHash = new Map(DASHBOARD_OPERATIONS.map((op) => [op.hash, op.document]));

/** The stored document for a hash, or null when it is not one of ours. */
export function persistedDocument(hash: string): string | null {
  return byHash.get(hash) ?? null;
}

/** What the page fetches: operation name -> hash. */
export function operationManifest(): Record<DashboardOperationName, string> {
  return Object.fromEntries(DASHBOARD_OPERATIONS.map((op) => [op.name, op.hash])) as Record<DashboardOperationName, string>;
}
