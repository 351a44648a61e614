// The dashboard query suite, written once per way of asking: the Diplograph GraphQL document and
// the closest @neo4j/graphql operation (which runs the same read on its generated schema, or says
// what it cannot express). The raw-Cypher floor needs no text here: it replays the statements
// the Diplograph request itself sent (see recording-db.ts).

export interface SuiteParams {
  /** The country dashboards look at. */
  country: string;
  /** The pair the bilateral view shows. */
  dyad: [string, string];
  /** A search box entry. */
  term: string;
}

export interface Neo4jGraphqlOp {
  query: string;
  variables: Record<string, unknown>;
  /** Work a client must still do to get the same answer (e.g. group edges itself), timed with the call. */
  post?: (data: Record<string, unknown>) => unknown;
  /** What the operation does not give that Diplograph's does; empty when equivalent. */
  missing: string;
}

export interface SuiteQuery {
  name: string;
  diplograph: { query: string; variables: Record<string, unknown> };
  neo4jGraphql: Neo4jGraphqlOp;
  /** Fetch the cursor this page starts after (the 20th page walks 19 first). */
  pages?: number;
}

const ACTOR = '{ __typename ... on Country { code name } ... on Person { name } ... on Organization { name } }';
const EVENT = `key code name date goldstein source ${ACTOR} target ${ACTOR}`;
const N_EVENT = 'id code name date goldstein sourceCountries { code name } targetCountries { code name }';

const side = (v: string) => `{ some: { code: { eq: $${v} } } }`;
const involves = (v: string) => `{ OR: [{ sourceCountries: ${side(v)} }, { targetCountries: ${side(v)} }] }`;
const between = `{ OR: [{ sourceCountries: ${side('a')}, targetCountries: ${side('b')} }, { sourceCountries: ${side('b')}, targetCountries: ${side('a')} }] }`;
const quad = (q: number) => `q${q}: eventsConnection(where: { AND: [${between}, { quadClass: { eq: ${q} } }] }) { aggregate { count { nodes } node { goldstein { average } } } }`;

/** Client-side grouping of events into a country network: what @neo4j/graphql leaves to the caller. */
function groupNetwork(data: Record<string, unknown>): number {
  const edges = new Map<string, { n: number; g: number }>();
  for (const e of data.events as { goldstein: number; sourceCountries: { code: string }[]; targetCountries: { code: string }[] }[]) {
    for (const s of e.sourceCountries) {
      for (const t of e.targetCountries) {
        if (s.code === t.code) continue;
        const k = [s.code, t.code].sort().join('|');
        const x = edges.get(k) ?? { n: 0, g: 0 };
        x.n += 1;
        x.g += e.goldstein;
        edges.set(k, x);
      }
    }
  }
  return [...edges.values()].sort((a, b) => b.n - a.n).slice(0, 100).length;
}

export function dashboardSuite(p: SuiteParams): SuiteQuery[] {
  const [a, b] = p.dyad;
  const eventsPage = (pages: number): SuiteQuery => ({
    name: pages === 0 ? 'events page 1' : `events page ${pages + 1}`,
    pages,
    diplograph: {
      query: `query($c: String!, $after: String) { events(first: 20, after: $after, where: { countries: [$c] }, orderBy: DATE_DESC) {
        edges { cursor node { ${EVENT} } } pageInfo { hasNextPage endCursor } } }`,
      variables: { c: p.country },
    },
    neo4jGraphql: {
      query: `query($c: String!, $after: String) { eventsConnection(first: 20, after: $after, where: ${involves('c')}, sort: [{ date: DESC }, { id: ASC }]) {
        edges { cursor node { ${N_EVENT} } } pageInfo { hasNextPage endCursor } } }`,
      variables: { c: p.country },
      missing: 'actors limited to countries (a union relationship per side would be needed for people); cursors are offsets',
    },
  });
  return [
    {
      name: 'bilateral',
      diplograph: {
        query: `query($a: String!, $b: String!) { bilateral(a: $a, b: $b, bucket: MONTH, limit: 10) {
          totalEvents meanGoldstein firstContact lastContact byQuadClass { quadClass count meanGoldstein }
          series { period count meanGoldstein } events { ${EVENT} } agreements { key name status } quotes { key text } } }`,
        variables: { a, b },
      },
      neo4jGraphql: {
        query: `query($a: String!, $b: String!) {
          latest: events(where: ${between}, sort: [{ date: DESC }], limit: 10) { ${N_EVENT} }
          total: eventsConnection(where: ${between}) { aggregate { count { nodes } node { goldstein { average } } } }
          ${[1, 2, 3, 4].map(quad).join('\n')}
          agreements(where: { AND: [{ parties: ${side('a')} }, { parties: ${side('b')} }] }, limit: 10) { id name status } }`,
        variables: { a, b },
        missing: 'monthly series, first/last contact, relation descriptors and quotes of their people (no GROUP BY, no date aggregates, no path through articles)',
      },
    },
    {
      name: 'eventStats by month',
      diplograph: {
        query: `query($c: String!) { eventStats(where: { countries: [$c] }, groupBy: [ROOT_CODE], bucket: MONTH) { rootCode period count meanGoldstein } }`,
        variables: { c: p.country },
      },
      neo4jGraphql: {
        query: `query($c: String!) { ${Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'))
          .map((r) => `r${r}: eventsConnection(where: { AND: [${involves('c')}, { root: { eq: "${r}" } }] }) { aggregate { count { nodes } node { goldstein { average } } } }`)
          .join('\n')} }`,
        variables: { c: p.country },
        missing: 'the month bucket: no grouping, so the closest is one aggregate per CAMEO root over the whole period (20 aliases)',
      },
    },
    {
      name: 'network',
      diplograph: {
        query: `query($c: String!) { network(where: { countries: [$c] }, kind: COUNTRIES, limit: 100) { nodes { id name weight } edges { source target weight meanGoldstein } } }`,
        variables: { c: p.country },
      },
      neo4jGraphql: {
        query: `query($c: String!) { events(where: ${involves('c')}) { goldstein sourceCountries { code } targetCountries { code } } }`,
        variables: { c: p.country },
        post: groupNetwork,
        missing: 'pair grouping: every event of the country is fetched and grouped by the client (timed)',
      },
    },
    {
      name: 'search',
      diplograph: {
        query: `query($q: String!) { search(query: $q, types: [PERSON, QUOTE], first: 20) { type score snippet } }`,
        variables: { q: p.term },
      },
      neo4jGraphql: {
        query: `query($q: String!) { people: peopleByName(phrase: $q, first: 20) { edges { score node { id name } } }
          quotes: quotesByText(phrase: $q, first: 20) { edges { score node { id text } } } }`,
        variables: { q: `${p.term} ${p.term}*` },
        missing: 'one ranked list (two lists merged by the client); the escaping and prefix term Diplograph adds are passed in by hand',
      },
    },
    eventsPage(0),
    eventsPage(19),
  ];
}
