import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

// The comparison point: @neo4j/graphql (v7, generated resolvers and Cypher) serving the same
// graph, described by type definitions written for docs/graph-model.md, behind the same
// graphql-yoga server as Diplograph so only the GraphQL-to-Cypher layer differs.

export const typeDefs = /* GraphQL */ `
  type Country @node {
    code: String!
    name: String
    sourceOf: [Event!]! @relationship(type: "SOURCE_ACTOR", direction: IN)
    targetOf: [Event!]! @relationship(type: "TARGET_ACTOR", direction: IN)
    agreements: [Agreement!]! @relationship(type: "PARTY", direction: IN)
  }

  type Person @node @fulltext(indexes: [{ indexName: "names_fulltext", queryName: "peopleByName", fields: ["name", "aliasText"] }]) {
    id: String!
    name: String
    aliasText: String
    country: String
    represents: [Country!]! @relationship(type: "REPRESENTS", direction: OUT)
    quotes: [Quote!]! @relationship(type: "SAID_BY", direction: IN)
  }

  type Organization @node {
    id: String!
    name: String
    kind: String
  }

  type Location @node {
    id: String!
    name: String
    country: String
  }

  type Article @node {
    id: String!
    title: String
    source: String
    publishedAt: DateTime
  }

  type Event @node {
    id: String!
    code: String
    root: String
    name: String
    quadClass: Int
    goldstein: Float
    date: Date
    reportCount: Int
    sourceCountries: [Country!]! @relationship(type: "SOURCE_ACTOR", direction: OUT)
    targetCountries: [Country!]! @relationship(type: "TARGET_ACTOR", direction: OUT)
    sourcePeople: [Person!]! @relationship(type: "SOURCE_ACTOR", direction: OUT)
    targetPeople: [Person!]! @relationship(type: "TARGET_ACTOR", direction: OUT)
    location: [Location!]! @relationship(type: "AT", direction: OUT)
    articles: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
  }

  type Agreement @node {
    id: String!
    name: String
    status: String
    parties: [Country!]! @relationship(type: "PARTY", direction: OUT)
  }

  type Quote @node @fulltext(indexes: [{ indexName: "quotes_fulltext", queryName: "quotesByText", fields: ["text"] }]) {
    id: String!
    text: String
    speaker: [Person!]! @relationship(type: "SAID_BY", direction: OUT)
  }
`;

export async function createNeo4jGraphqlApp(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
}
