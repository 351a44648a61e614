// Diplograph graph schema. Applied at start-up, statement by statement; every statement is
// idempotent (IF NOT EXISTS), so applying it again changes nothing.
// Natural keys: uniqueness constraints make duplicate nodes impossible even under concurrent writes.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relation_id IF NOT EXISTS FOR (n:Relation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (n:Topic) REQUIRE n.name IS UNIQUE;
// Followed feeds (`diplograph watch`) and the item urls already seen in them.
CREATE CONSTRAINT feed_url IF NOT EXISTS FOR (n:Feed) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT feed_item_url IF NOT EXISTS FOR (n:FeedItem) REQUIRE n.url IS UNIQUE;

// Look-ups and keyset pagination.
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surnameKey);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_root IF NOT EXISTS FOR (n:Event) ON (n.root);
CREATE INDEX event_code IF NOT EXISTS FOR (n:Event) ON (n.code);
CREATE INDEX event_quad IF NOT EXISTS FOR (n:Event) ON (n.quadClass);
// GDELT import: an event row finds its Event by GLOBALEVENTID, else by signature and a date within a day.
CREATE INDEX event_gdelt_id IF NOT EXISTS FOR (n:Event) ON (n.gdeltId);
CREATE INDEX event_signature_date IF NOT EXISTS FOR (n:Event) ON (n.signature, n.date);
CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);

// Indexes of earlier versions that no query uses any more, dropped from older stores (each one
// was updated by every write): every look-up by signature also bounds the date, which
// event_signature_date serves; an article is looked up by its id, the normalised url, never by
// the url as given.
DROP INDEX event_signature IF EXISTS;
DROP INDEX article_url IF EXISTS;

// Full-text search (the API's `search`): names and aliases, quotes, sentences.
// Eventually consistent: Lucene is updated just after commit, in the background, instead of
// inside every commit (that refresh was half of an ingest's time). Writers that must be
// searchable at once (the API's mutations, the end of a bulk ingest) then call
// db.index.fulltext.awaitEventuallyConsistentIndexRefresh(). migrate() re-creates an index
// whose settings differ from these.
CREATE FULLTEXT INDEX names_fulltext IF NOT EXISTS FOR (n:Person|Organization|Country|Location) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX titles_fulltext IF NOT EXISTS FOR ()-[r:HELD]-() ON EACH [r.title] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX quotes_fulltext IF NOT EXISTS FOR (n:Quote) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX sentences_fulltext IF NOT EXISTS FOR (n:Sentence) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// Tallies (src/graph/cypher/tally.ts): event counts per country or country pair and month, kept
// at write time for the dashboards' aggregates; one node per scope and month.
CREATE CONSTRAINT tally_key IF NOT EXISTS FOR (n:Tally) REQUIRE n.key IS UNIQUE;
CREATE INDEX tally_scope IF NOT EXISTS FOR (n:Tally) ON (n.scope);

// Ingest locks (src/graph/cypher/resolve-reads.ts): bookkeeping, not part of the knowledge graph.
CREATE CONSTRAINT ingest_lock_key IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.key IS UNIQUE;
