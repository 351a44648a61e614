// The lookups other layers share (CAMEO, countries) and the readable rendering.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cameoCodes, cameoEvent, countryFromCode, countryFromName, extract, formatExtraction, parseArticle,
} from '../../../src/ingest/index.js';

describe('cameoEvent', () => {
  it('knows every code of the codebook, all 20 roots, with quad class and Goldstein', () => {
    const codes = cameoCodes();
    expect(codes.length).toBeGreaterThan(300);
    for (let root = 1; root <= 20; root++) expect(codes).toContain(String(root).padStart(2, '0'));
    for (const code of codes) {
      const e = cameoEvent(code)!;
      expect(e.root).toBe(code.slice(0, 2));
      expect(e.goldstein).toBeGreaterThanOrEqual(-10);
      expect(e.goldstein).toBeLessThanOrEqual(10);
    }
  });

  it.each([
    ['0312', 'Express intent to cooperate militarily', 1, 5.2],
    ['044', "Meet at a 'third' location", 1, 2.5],
    ['057', 'Sign formal agreement', 1, 8],
    ['163', 'Impose embargo, boycott, or sanctions', 4, -8],
    ['190', 'Use conventional military force, not specified below', 4, -10],
  ])('%s', (code, name, quadClass, goldstein) => {
    expect(cameoEvent(code)).toMatchObject({ code, name, quadClass, goldstein });
  });

  it('returns undefined for an unknown code', () => {
    expect(cameoEvent('999')).toBeUndefined();
  });
});

describe('countries', () => {
  it.each([
    ['China', 'CHN'], ['the United States', 'USA'], ['U.S.', 'USA'], ['UK', 'GBR'], ['Britain', 'GBR'],
    ['Russian', 'RUS'], ['French', 'FRA'], ['the Soviet Union', 'SUN'], ['Yugoslavia', 'YUG'],
    ['Czechoslovakia', 'CSK'], ['East Germany', 'DDR'], ['Ivory Coast', 'CIV'], ["China's", 'CHN'],
  ])('countryFromName(%s)', (name, code) => {
    expect(countryFromName(name)?.code).toBe(code);
  });

  it.each([['RUS', 'RUS'], ['ru', 'RUS'], ['ROM', 'ROU'], ['SUN', 'SUN'], ['DDR', 'DDR'], ['XYZ', undefined]])(
    'countryFromCode(%s)', (code, iso) => {
      expect(countryFromCode(code)?.code).toBe(iso);
    },
  );

  it('does not take a capital or a region for a country name', () => {
    expect(countryFromName('Beijing')).toBeUndefined();
    expect(countryFromName('Latin America')).toBeUndefined();
  });
});

describe('formatExtraction', () => {
  it('renders the seed article readably', () => {
    const file = new URL('../../../seeds/000_0c0af7468425653f.txt', import.meta.url);
    const text = formatExtraction(extract({ ...parseArticle('seed.txt', readFileSync(file)), publishedAt: '2019-10-18' }));
    expect(text).toMatch(/^China, Russia pledge to deepen military cooperation\n/);
    expect(text).toContain('People (2)');
    expect(text).toContain('Zhang Youxia (CHN)  aka Youxia');
    expect(text).toMatch(/Sergei Shoigu: “Military cooperation/);
  });
});
