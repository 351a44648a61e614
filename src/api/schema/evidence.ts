import type { FactLabel } from '../../graph/read/evidence.js';
import type { EvidenceRow } from '../../graph/read/types.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { ArticleRef, EvidenceRef } from './refs.js';

// Evidence: the sentence that reported a fact and the article it is in. Every fact type has an
// `evidence` field built here, batched through the per-request loaders.

EvidenceRef.implement({
  description: 'A sentence that reported a fact, and its article.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The sentence as written.' }),
    sentence: t.exposeInt('index', { description: 'Index of the sentence in the article (0-based).' }),
    sentenceId: t.exposeString('sentenceId'),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      resolve: (e, _a, ctx) => ctx.loaders.article.load(e.articleId),
    }),
  }),
});

/** Evidence of a fact node (Event, Agreement, Quote, Relation). */
export const factEvidence = (label: FactLabel) => (id: string, ctx: Context) => ctx.loaders.evidence(label).load(id);

/** Evidence of an edge that keeps its sentence ids. */
export async function sentencesEvidence(ids: readonly string[], ctx: Context): Promise<EvidenceRow[]> {
  const found = await ctx.loaders.sentence.loadMany([...ids]);
  return found.filter((e): e is EvidenceRow => e !== null && !(e instanceof Error));
}
