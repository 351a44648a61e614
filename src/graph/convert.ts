import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

// Records converted at the boundary: no driver type (Integer, temporal, Node) escapes src/graph.

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as object)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

export function recordToObject(record: Neo4jRecord): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}

// The other way: temporal params sent as Bolt temporal values, so Neo4j does not parse a string
// per row (date('...') / datetime('...') showed up in profiles of bulk writes).

/** "2015-02-18" -> a Cypher DATE. */
export function cypherDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new TypeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The day `days` after (or before) an ISO day, as an ISO day. */
export function shiftDay(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t)) throw new TypeError(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** An ISO instant ("2015-02-18T23:00:00Z") -> a Cypher ZONED DATETIME in UTC. */
export function cypherDateTime(iso: string): InstanceType<typeof neo4j.types.DateTime> {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new TypeError(`not an ISO date-time: ${JSON.stringify(iso)}`);
  return new neo4j.types.DateTime(
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(),
    d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds() * 1_000_000, 0,
  );
}
