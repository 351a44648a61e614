// Cypher fragments shared by the write builders. Static text only: values always go in params.
// Every builder that uses them passes $articleId and $sentencePrefix (`<articleId>#`).

/**
 * Evidence lists on an edge shared by several articles: this article's ids replace its earlier
 * ones, the other articles' stay. Idempotent, so a retried transaction writes the same lists.
 */
export const support = (rel: string, row = 'row'): string =>
  `${rel}.articleIds = [x IN coalesce(${rel}.articleIds, []) WHERE x <> $articleId] + $articleId, ` +
  `${rel}.sentenceIds = [x IN coalesce(${rel}.sentenceIds, []) WHERE NOT x STARTS WITH $sentencePrefix] + ${row}.sentenceIds`;

/**
 * Evidence sentences kept on a REPRESENTS or HELD edge: a sample, not every supporting sentence.
 * Those edges are shared by every article naming the official (hundreds for a head of state), so
 * lists of all their articles and sentences, rewritten by each new article, made bulk ingestion
 * slow down as the graph grew. Their support lives on each article's MENTIONS edge instead
 * (`represents`, `held`), where retraction finds it.
 */
export const EVIDENCE_SAMPLE = 10;

/**
 * Adds this article's sentences (`${row}.sentenceIds`) to the edge's evidence sample while it
 * holds fewer than EVIDENCE_SAMPLE; a full sample is set to itself, which Neo4j does not rewrite
 * but which still takes the edge's write lock: a retraction deciding whether the edge keeps any
 * support (retractSupport, which locks it the same way) waits for this article to commit.
 */
export const sampleEvidence = (rel: string, row = 'row'): string =>
  `SET ${rel}.sentenceIds = CASE WHEN size(coalesce(${rel}.sentenceIds, [])) < ${EVIDENCE_SAMPLE}
    THEN ([x IN coalesce(${rel}.sentenceIds, []) WHERE NOT x STARTS WITH $sentencePrefix] + ${row}.sentenceIds)[..${EVIDENCE_SAMPLE}]
    ELSE ${rel}.sentenceIds END`;

/** The key of a HELD edge in its supporting MENTIONS edges' `held` lists: `<Kind>:<key>|<titleKey>`. */
export const heldKeyText = (kind: string, key: string, titleKey: string): string => `${kind}:${key}|${titleKey}`;

/** heldKeyText as a Cypher expression of the given Cypher expressions. */
export const heldKey = (kind: string, key: string, titleKey: string): string => `${kind} + ':' + ${key} + '|' + ${titleKey}`;

/** heldKey of a stored edge `(p)-[h:HELD]->(n)`, n a Country or an Organization. */
export const heldKeyOf = (h: string, n: string): string =>
  heldKey(`CASE WHEN ${n}:Country THEN 'Country' ELSE 'Organization' END`, `coalesce(${n}.code, ${n}.id)`, `${h}.titleKey`);

/** `key` bound to `value` when `test` holds, else no row: the look-up after it does not run. */
const only = (test: string, value: string) => `UNWIND CASE WHEN ${test} THEN [${value}] ELSE [] END AS key`;

/**
 * Binds `n` to the Country, Person or Organization that `${ref}` = {kind, key} names: one
 * look-up, of that kind (a WHERE on the kind was planned after all three look-ups).
 */
export const actorNode = (ref: string, imports: string): string => `CALL (${imports}) {
    ${only(`${ref}.kind = 'Country'`, `${ref}.key`)} MATCH (n:Country {code: key}) RETURN n
    UNION ${only(`${ref}.kind = 'Person'`, `${ref}.key`)} MATCH (n:Person {id: key}) RETURN n
    UNION ${only(`${ref}.kind = 'Organization'`, `${ref}.key`)} MATCH (n:Organization {id: key}) RETURN n
  }`;

/** Binds `f` to the Event or (role PARTY) the Agreement that `${row}.from` names: one look-up. */
export const factNode = (row: string): string => `CALL (${row}) {
    ${only(`${row}.role <> 'PARTY'`, `${row}.from`)} MATCH (f:Event {id: key}) RETURN f
    UNION ${only(`${row}.role = 'PARTY'`, `${row}.from`)} MATCH (f:Agreement {id: key}) RETURN f
  }`;

/**
 * EVIDENCE edges from `fact` to the Sentences listed in row.sentenceIds, CREATEd: they are the
 * new article's sentences (writeArticle) and the fact rows are unique by id, so none is there yet.
 */
export const evidence = (fact: string): string => `CALL (${fact}, row) {
    UNWIND row.sentenceIds AS sid
    MATCH (s:Sentence {id: sid})
    CREATE (${fact})-[:EVIDENCE]->(s)
  }`;

/**
 * Adds the new forms to `aliases` and keeps `aliasText` (the full-text field) in step. Writes
 * nothing when every form is known, so a known entity's node is not rewritten by every article.
 */
export const addAliases = (node: string, list = 'row.aliases'): string =>
  `FOREACH (fresh IN CASE WHEN any(x IN ${list} WHERE NOT x IN coalesce(${node}.aliases, []))
      THEN [coalesce(${node}.aliases, []) + [x IN ${list} WHERE NOT x IN coalesce(${node}.aliases, [])]] ELSE [] END |
    SET ${node}.aliases = fresh, ${node}.aliasText = ${aliasText('fresh', true)})`;

export const aliasText = (node: string, isList = false): string =>
  `reduce(t = '', x IN ${isList ? node : `${node}.aliases`} | t + CASE t WHEN '' THEN '' ELSE ' | ' END + x)`;

// The graph grows fast during a bulk ingest, so Neo4j would keep replanning these large
// statements as its statistics change; their plans (index seeks on unique keys) do not depend
// on the statistics, so the cached plan is kept.
export const REPLAN_SKIP = 'CYPHER replan=skip';

/**
 * The same statement with all its params in one map, `$p`: Neo4j keys its plan cache on the
 * parameter types, list sizes included, so batches of other lengths would each be planned
 * anew (seconds for the large write statements); a map's content does not enter the key.
 */
export function packParams<Q extends { cypher: string; params?: Record<string, unknown> }>(q: Q): Q {
  return { ...q, cypher: q.cypher.replace(/\$([A-Za-z_]\w*)/g, '$p.$1'), params: { p: q.params ?? {} } };
}

/**
 * A statement planned once per run: params packed (above) and the cached plan kept
 * (REPLAN_SKIP, placed after the statement's `// name` comment line when it has one).
 */
export function plannedOnce<Q extends { cypher: string; params?: Record<string, unknown> }>(q: Q): Q {
  const p = packParams(q);
  const m = /^\/\/[^\n]*\n/.exec(p.cypher);
  const head = m ? m[0] : '';
  return { ...p, cypher: `${head}${REPLAN_SKIP}\n${p.cypher.slice(head.length)}` };
}

/**
 * One statement running the given ones in order, each as a unit subquery: one round trip
 * instead of several. Their params are merged, so shared names must mean the same value.
 */
export function combine(name: string, queries: readonly { name: string; cypher: string; params?: Record<string, unknown> }[]) {
  const body = queries.map((q) => `CALL () {\n${q.cypher.replace(/^\/\/[^\n]*\n/, '')}\n}`).join('\n');
  return plannedOnce({
    name,
    cypher: `// ${name}\n${body}`,
    params: Object.assign({}, ...queries.map((q) => q.params ?? {})) as Record<string, unknown>,
  });
}

/** The variable that carries one item's params through a `combineEach` statement. */
const ITEM = 'item_';

/**
 * Makes a statement written for one item's params (`$p.x`, as packParams leaves them) run once
 * per item of `$p.items`: `$p.x` becomes `item_.x`, and every subquery and WITH carries `item_`
 * along, so the text reads the params of the item at hand however deep it is.
 */
export function forEachItem(cypher: string): string {
  return cypher
    .replace(/\$p\./g, `${ITEM}.`)
    .replace(/\bCALL \(([^)]*)\)/g, (_, vars: string) => `CALL (${[ITEM, ...vars.split(',').map((v) => v.trim()).filter(Boolean)].join(', ')})`)
    .replace(/(?<!STARTS |ENDS )\bWITH (DISTINCT )?/g, (_, distinct: string | undefined) => `WITH ${distinct ?? ''}${ITEM}, `);
}

/**
 * What `combine(name, queries)` is for one item, run for each item in turn in ONE statement (one
 * round trip, one plan; each item's writes are seen by the next, as in separate statements). Every
 * item's queries must have the same text: the builders write the same text whatever their rows.
 */
export function combineEach(name: string, perItem: readonly (readonly { name: string; cypher: string; params?: Record<string, unknown> }[])[]) {
  if (perItem.length === 0) throw new Error(`combineEach(${name}): no items`);
  const one = perItem.map((qs) => combine(name, qs));
  const body = one[0]!.cypher;
  if (one.some((q) => q.cypher !== body)) throw new Error(`combineEach(${name}): the items' statements differ in text`);
  const m = /^(\/\/[^\n]*\n)(CYPHER [^\n]*\n)/.exec(body);
  if (!m) throw new Error(`combineEach(${name}): unexpected statement head`);
  return {
    name,
    cypher: `${m[1]}${m[2]}UNWIND $p.items AS ${ITEM}\nCALL (${ITEM}) {\n${forEachItem(body.slice(m[0].length))}\n}`,
    params: { p: { items: one.map((q) => (q.params as { p: unknown }).p) } },
  };
}
