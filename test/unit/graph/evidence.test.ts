import { describe, expect, it } from 'vitest';
import { sentencesNaming } from '../../../src/graph/stores/evidence.js';

const sentences = (...texts: string[]) => texts.map((text, index) => ({ index, text, start: 0, end: text.length }));

describe('sentencesNaming', () => {
  it('finds whole-word mentions in any case, and no part of a longer word', () => {
    const s = sentences('Wang Yi met SHOIGU in Moscow.', 'Shoiguland is not a place.', 'Nothing here.', 'shoigu spoke.');
    expect(sentencesNaming(s, ['Shoigu'])).toEqual([0, 3]);
  });

  it('matches any of several names, and ignores one-letter names', () => {
    const s = sentences('The EU and NATO met.', 'A talk.', 'The European Union agreed.');
    expect(sentencesNaming(s, ['European Union', 'EU'])).toEqual([0, 2]);
    expect(sentencesNaming(s, ['A', ' '])).toEqual([]);
  });

  it('folds case beyond ASCII as the regex does (final sigma, accents)', () => {
    const s = sentences('ΟΔΟΣ ΑΘΗΝΩΝ', 'São Tomé é aqui', 'SÃO TOMÉ again');
    expect(sentencesNaming(s, ['οδοσ'])).toEqual([0]);
    expect(sentencesNaming(s, ['São Tomé'])).toEqual([1, 2]);
  });

  it('needs no letter or digit on either side, astral letters included, and looks past a first bad occurrence', () => {
    const s = sentences('2China', 'China2', 'China\u{1D400}', '\u{1D400}China', 'Chinas and China.', '\u{1F600}China!');
    expect(sentencesNaming(s, ['China'])).toEqual([4, 5]);
  });

  it('treats regex characters in names literally', () => {
    const s = sentences('Talks (C+) went well.', 'Talks CC went well.', 'U.S. talks', 'UXS talks');
    expect(sentencesNaming(s, ['(C+)'])).toEqual([0]);
    expect(sentencesNaming(s, ['C+'])).toEqual([0]);
    expect(sentencesNaming(s, ['U.S.'])).toEqual([2]);
  });
});
