import { agreementsPage } from '../../graph/read/agreements.js';
import { builder } from '../builder.js';
import { badInput } from '../ids.js';
import { forwardOnly, toConnection } from './connection.js';
import { factEvidence } from './evidence.js';
import { ActorRef, AgreementRef, ArticleRef, EvidenceRef, TopicRef } from './refs.js';

builder.node(AgreementRef, {
  description: 'An agreement reported signed, pledged or proposed between parties.',
  id: { resolve: (g) => g.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.agreement.load(id)),
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    status: t.exposeString('status', { description: 'signed, pledged or proposed' }),
    topics: t.field({ type: [TopicRef], resolve: (g) => g.topics.map((name) => ({ name })) }),
    parties: t.field({ type: [ActorRef], resolve: (g, _a, ctx) => ctx.loaders.agreementParties.load(g.id) }),
    articles: t.field({ type: [ArticleRef], resolve: (g, _a, ctx) => ctx.loaders.articles('Agreement').load(g.id) }),
    evidence: t.field({ type: [EvidenceRef], resolve: (g, _a, ctx) => factEvidence('Agreement')(g.id, ctx) }),
  }),
});

const AgreementsWhere = builder.inputType('AgreementsWhereInput', {
  fields: (t) => ({
    parties: t.stringList({ description: 'ISO-3 codes or Organization keys; all must be parties.' }),
    status: t.string({ description: 'signed, pledged or proposed' }),
    topic: t.string(),
    from: t.field({ type: 'Date', description: 'First reported on or after.' }),
    to: t.field({ type: 'Date', description: 'First reported on or before.' }),
  }),
});

builder.queryField('agreements', (t) =>
  t.connection({
    type: AgreementRef,
    description: 'Agreements, most recently first reported first.',
    args: { where: t.arg({ type: AgreementsWhere }) },
    resolve: async (_r, args, ctx) => {
      forwardOnly(args);
      const w = args.where ?? {};
      if (w.status && !['signed', 'pledged', 'proposed'].includes(w.status.toLowerCase())) throw badInput('status is signed, pledged or proposed');
      return toConnection(await agreementsPage(ctx.db, w, args));
    },
  }),
);
