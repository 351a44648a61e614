import { generateArticle, type GeneratedArticle } from './gen/article.js';
import { buildWorld, type World } from './gen/world.js';

// Deterministic wire-style articles at any scale, for benchmarks: real countries
// (i18n-iso-countries, world-countries), ~4,500 generated officials with their offices, CAMEO
// roots in the proportions of real GDELT data, quotes, agreements, dates over 2018-2023.
// The same seed gives byte-identical articles; article i depends only on (seed, i).
//
//   for (const { input, truth } of generateArticles({ seed: 'bench', count: 1000 })) ...

export type { ArticleTruth, GeneratedArticle, TruthEvent } from './gen/article.js';
export { buildWorld, type Official, type World } from './gen/world.js';

export interface GenerateOptions {
  seed?: string;
  count: number;
  /** Index of the first article (default 0): a range of a larger corpus, identical to it. */
  start?: number;
}

export const DEFAULT_SEED = 'diplograph-bench';

const worlds = new Map<string, World>();

/** The cast of a seed, built once per process. */
export function worldOf(seed: string = DEFAULT_SEED): World {
  let w = worlds.get(seed);
  if (!w) worlds.set(seed, (w = buildWorld(seed)));
  return w;
}

export function articleAt(index: number, seed: string = DEFAULT_SEED): GeneratedArticle {
  return generateArticle(worldOf(seed), index);
}

export function* generateArticles(opts: GenerateOptions): Generator<GeneratedArticle> {
  const world = worldOf(opts.seed ?? DEFAULT_SEED);
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) yield generateArticle(world, i);
}
