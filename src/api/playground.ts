// Worked examples GraphiQL opens with, one tab each, over the seed graph (China-Russia).

export const EXAMPLE_TABS: { query: string; variables?: string }[] = [
  {
    query: `# China-Russia relations: what they call each other, what they did and said, and the trend
query ChinaRussia {
  bilateral(a: "CHN", b: "RUS", bucket: MONTH) {
    a { name } b { name }
    descriptors { descriptor reports evidence { text article { title url } } }
    totalEvents meanGoldstein firstContact lastContact
    byQuadClass { quadClass count meanGoldstein }
    series { period count meanGoldstein }
    events { name date source { ... on Person { name } ... on Country { code } } target { ... on Person { name } ... on Country { code } }
      evidence { text article { title publishedAt source } } }
    agreements { name status parties { ... on Country { code } } }
    quotes { text speaker { ... on Person { name } } }
  }
}`,
  },
  {
    query: `# Who met whom: consultations (CAMEO root 04) between officials, as a weighted network
query WhoMetWhom {
  network(where: { root: "04" }, kind: PEOPLE) {
    nodes { id name kind weight }
    edges { source target weight }
  }
  events(where: { root: "04" }, first: 10) {
    totalCount
    edges { node { name date location { name }
      source { ... on Person { name } } target { ... on Person { name } }
      evidence { text article { title url publishedAt source } } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    query: `# What an official said, and the offices he held
query WhatShoiguSaid {
  person(name: "Shoigu") {
    name aliases country { name }
    positions { title holder { ... on Organization { name } ... on Country { name } } evidence { text } }
    quotes(limit: 10) { text evidence { text article { title publishedAt source } } }
  }
}`,
  },
  {
    query: `# Full-text search over names, titles, quotes and sentences
query Search {
  search(query: "military cooperation", first: 10) {
    type score snippet
    node {
      ... on Person { id name }
      ... on Quote { text speaker { ... on Person { name } } }
      ... on Evidence { text article { title } }
    }
  }
}`,
  },
  {
    query: `# Dashboard aggregations: monthly event volume and tone per country pair
query Stats {
  eventStats(groupBy: [DYAD, QUAD_CLASS], bucket: MONTH) { dyad quadClass period count meanGoldstein }
}`,
  },
];
