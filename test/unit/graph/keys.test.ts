import { describe, expect, it } from 'vitest';
import { articleId, eventId, eventSignature, fold, LOCK_STRIPES, lockStripe, lockStripes, nameKey, normaliseUrl, personId, surnameKey } from '../../../src/graph/keys.js';

describe('natural keys', () => {
  it.each([
    ['Sergei Shoigu', 'Sergey Shoigu'],
    ['Aleksei Overchuk', 'Alexey Overchuk'],
    ['Mikhail Mishustin', 'Mikhail Mishustin'],
    ['José Manuel Barroso', 'Jose Manuel Barroso'],
  ])('folds %s and %s to one name key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Wang Yi', 'Wang Yang'],
    ['Sergei Lavrov', 'Sergei Shoigu'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('takes the folded last word as the surname key', () => {
    expect(surnameKey('Sergey Shoigu')).toBe('shoigu');
    expect(surnameKey('Mr. Straw')).toBe('straw');
  });

  it('folds punctuation, case and diacritics', () => {
    expect(fold("  Côte d'Ivoire’s  MINISTRY ")).toBe('cote divoires ministry');
  });

  it('keys articles by normalised url, else by content', () => {
    expect(articleId({ url: 'HTTPS://News.Example.com/a/b/#top', title: 't', body: 'b' })).toBe('https://news.example.com/a/b');
    const a = articleId({ title: 't', body: 'b' });
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(articleId({ title: 't', body: 'b2' })).not.toBe(a);
    expect(normaliseUrl('not a url')).toBe('not a url');
  });

  it('makes event signatures independent of actor order', () => {
    const s1 = eventSignature('04', ['Country:RUS', 'Country:CHN'], ['Person:x']);
    const s2 = eventSignature('04', ['Country:CHN', 'Country:RUS'], ['Person:x']);
    expect(s1).toBe(s2);
    expect(s1).toBe('04|Country:CHN,Country:RUS|Person:x');
    expect(eventId(s1, '2019-10-17', 'a1')).toBe(`event:${s1}:2019-10-17`);
    expect(eventId(s1, null, 'a1')).toBe(`event:${s1}:a1`);
    expect(personId('Sergey Shoigu', 'RUS')).toBe(personId('Sergei Shoigu', 'RUS'));
  });
});

describe('ingest lock stripes', () => {
  it('maps every lock key to one of LOCK_STRIPES lock nodes of its kind, the same one every time', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `event:04|Country:RUS|Person:p${i}`);
    const stripes = new Set(keys.map(lockStripe));
    for (const s of stripes) {
      const m = /^event:#(\d+)$/.exec(s);
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(LOCK_STRIPES);
    }
    // 50,000 keys over 16,384 stripes: nearly all of them used, none beyond
    expect(stripes.size).toBeGreaterThan(LOCK_STRIPES * 0.9);
    expect(stripes.size).toBeLessThanOrEqual(LOCK_STRIPES);
    expect(lockStripe(keys[7]!)).toBe(lockStripe(`event:04|Country:RUS|Person:p7`));
    expect(lockStripe('person:RUS:shoigu')).toMatch(/^person:#\d+$/);
    expect(lockStripe('person:RUS:shoigu')).not.toBe(lockStripe('person:RUS:lavrov'));
  });

  it('gives each lock node once, in sorted order (every writer takes them in that order)', () => {
    const keys = ['person:RUS:shoigu', 'event:x', 'person:CHN:wang', 'event:x', 'person:RUS:shoigu'];
    const got = lockStripes(keys);
    expect(got).toEqual([...new Set(keys.map(lockStripe))].sort());
    expect(got).toHaveLength(3);
    expect(lockStripes([])).toEqual([]);
  });
});
