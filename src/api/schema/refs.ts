import type { Bilateral } from '../../graph/read/bilateral.js';
import type { GraphEdgeRow, GraphNodeRow } from '../../graph/read/network.js';
import type { PathStep } from '../../graph/read/paths.js';
import type { SearchHit } from '../../graph/read/search.js';
import type { StatsRow } from '../../graph/read/stats.js';
import type {
  AgreementRow,
  ArticleRow,
  CountryRow,
  EventRow,
  EvidenceRow,
  LocationRow,
  OrganizationRow,
  PersonRow,
  PositionRow,
  QuoteRow,
  TopicRow,
} from '../../graph/read/types.js';
import { builder } from '../builder.js';

// Every output type's reference, declared before any is implemented so the domain files can
// point at each other without import cycles. Each is implemented in the file of its name.

export const CountryRef = builder.objectRef<CountryRow>('Country');
export const PersonRef = builder.objectRef<PersonRow>('Person');
export const OrganizationRef = builder.objectRef<OrganizationRow>('Organization');
export const LocationRef = builder.objectRef<LocationRow>('Location');
export const PositionRef = builder.objectRef<PositionRow>('Position');
export const EventRef = builder.objectRef<EventRow>('Event');
export const AgreementRef = builder.objectRef<AgreementRow>('Agreement');
export const QuoteRef = builder.objectRef<QuoteRow>('Quote');
export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const TopicRef = builder.objectRef<TopicRow>('Topic');
export const BilateralRef = builder.objectRef<Bilateral>('BilateralRelation');
export const StatsRowRef = builder.objectRef<StatsRow>('EventStat');
export const GraphNodeRef = builder.objectRef<GraphNodeRow>('GraphNode');
export const GraphEdgeRef = builder.objectRef<GraphEdgeRow>('GraphEdge');
export const PathStepRef = builder.objectRef<PathStep>('PathStep');
export const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');

/** Who acts in an event, holds an office, signs, or speaks. */
export const ActorRef = builder.unionType('Actor', {
  types: [PersonRef, CountryRef, OrganizationRef],
  resolveType: (a) => a.kind,
});
