// The page talks to /graphql only through persisted operations: it sends the sha256 of a document
// the server already holds (listed in /dashboard/operations.json), never a query text.

let manifest;

async function hashOf(name) {
  manifest ??= fetch('/dashboard/operations.json').then((r) => {
    if (!r.ok) throw new Error(`operations manifest: HTTP ${r.status}`);
    return r.json();
  });
  const hash = (await manifest)[name];
  if (!hash) throw new Error(`unknown operation ${name}`);
  return hash;
}

/** Runs a persisted operation; resolves with `data` or rejects with the server's message. */
export async function gql(name, variables = {}) {
  let res;
  try {
    const sha256Hash = await hashOf(name);
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
  } catch (e) {
    manifest = undefined; // fetch it again next time: the server may have been restarted
    throw new Error(`The server could not be reached (${e.message}).`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`The server answered HTTP ${res.status} without a GraphQL result.`);
  }
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body.data) throw new Error(`The server answered HTTP ${res.status}.`);
  return body.data;
}
