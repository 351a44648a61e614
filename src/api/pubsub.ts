import { createPubSub } from 'graphql-yoga';

// Ingestion tells subscribers which events it wrote; `eventAdded` loads and filters them.
export type EventPubSub = ReturnType<typeof createEventPubSub>;

export const createEventPubSub = () => createPubSub<{ eventsAdded: [{ eventIds: string[] }] }>();
