import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Anchor } from '../graph/read/paths.js';

// Ids in arguments: a Relay global id (what every `id` field returns) or, for convenience in the
// playground, the natural key itself ("CHN", "person:zhang youxia:CHN").

export const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function tryDecode(id: string): { typename: string; id: string } | null {
  try {
    const d = decodeGlobalID(id);
    return d.typename && d.id && /^[A-Z][A-Za-z]+$/.test(d.typename) ? d : null;
  } catch {
    return null;
  }
}

/** The natural key of an id argument that must designate a `typename`. */
export function keyOf(id: string, typename: string): string {
  const d = tryDecode(id);
  if (d) {
    if (d.typename !== typename) throw badInput(`expected the id of a ${typename}, got a ${d.typename}`);
    return d.id;
  }
  return id;
}

const PREFIXES: [string, Anchor['label']][] = [
  ['person:', 'Person'],
  ['org:', 'Organization'],
  ['loc:', 'Location'],
  ['event:', 'Event'],
  ['agreement:', 'Agreement'],
  ['quote:', 'Quote'],
];

/** A node of any fact-graph kind from a global id or a natural key (ISO-3 codes are countries). */
export function anchorOf(id: string): Anchor {
  const d = tryDecode(id);
  const typename = d?.typename;
  const key = d?.id ?? id;
  if (typename) {
    if (!['Country', 'Person', 'Organization', 'Location', 'Event', 'Agreement', 'Quote'].includes(typename)) {
      throw badInput(`a ${typename} is not part of the fact graph`);
    }
    return { label: typename as Anchor['label'], key };
  }
  if (/^[A-Za-z]{3}$/.test(key)) return { label: 'Country', key: key.toUpperCase() };
  const p = PREFIXES.find(([prefix]) => key.startsWith(prefix));
  if (!p) throw badInput(`not an id: ${id}`);
  return { label: p[1], key };
}

export const globalId = (typename: string, key: string): string => encodeGlobalID(typename, key);
