import type { Sentence } from '../../ingest/types.js';
import { sentenceId } from '../keys.js';

// Small helpers shared by the write plans: turning evidence into Sentence ids.

/** Sorted, distinct Sentence ids of the given evidence plus extra sentence indexes. */
export function evidenceIds(
  articleId: string,
  evidence: readonly { sentence: number }[],
  extra: readonly number[] = [],
): string[] {
  const indexes = new Set([...evidence.map((e) => e.sentence), ...extra]);
  return [...indexes].sort((a, b) => a - b).map((i) => sentenceId(articleId, i));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A cheap case fold for the substring pre-check below: lower case, with the final sigma folded
 * to σ as the `iu` regex folds it. Anything the regex matches, the fold finds too.
 */
function fold(text: string): string {
  return text.toLowerCase().replace(/ς/g, 'σ');
}

const folded = new WeakMap<readonly Sentence[], string[]>();

function foldedTexts(sentences: readonly Sentence[]): string[] {
  let texts = folded.get(sentences);
  if (!texts) folded.set(sentences, (texts = sentences.map((s) => fold(s.text))));
  return texts;
}

/** Indexes of the sentences that name any of `names` as whole words (case-insensitive). */
export function sentencesNaming(sentences: readonly Sentence[], names: readonly string[]): number[] {
  const wanted = names.filter((n) => n.trim().length > 1);
  if (wanted.length === 0) return [];
  // The whole-word regex is slow (Unicode, case-insensitive, look-behind) and most sentences
  // do not contain the name at all: a substring test skips those first.
  const needles = wanted.map(fold);
  const texts = foldedTexts(sentences);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${wanted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return sentences.filter((s, i) => needles.some((n) => texts[i]!.includes(n)) && pattern.test(s.text)).map((s) => s.index);
}

/** The first item of each key, in order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
