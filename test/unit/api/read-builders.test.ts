import { describe, expect, it } from 'vitest';
import { apiKeyChecker } from '../../../src/api/auth.js';
import { bilateralQuery, tallyBilateralQuery } from '../../../src/graph/read/bilateral.js';
import { eventMatch } from '../../../src/graph/read/event-filter.js';
import { eventsPageQuery } from '../../../src/graph/read/events.js';
import { escapeLucene, luceneQuery } from '../../../src/graph/read/lucene.js';
import { decodeCursor, encodeCursor, pageSize } from '../../../src/graph/read/page.js';
import { eventStatsQuery } from '../../../src/graph/read/stats.js';

// The read-side builders without a database: user values travel as parameters, never in the text.

describe('luceneQuery', () => {
  it.each([
    ['Shoigu', 'Shoigu Shoigu*'],
    ['military cooperation', 'military cooperation cooperation*'],
    // operators become plain words; syntax characters are escaped
    ['a AND b', 'a and b'],
    ['name:* OR (x)', 'name\\:\\* or \\(x\\)'],
    ['"unclosed', '\\"unclosed'],
    ['C:\\path/x', 'C\\:\\\\path\\/x'],
    ['   ', null],
  ])('%s -> %s', (input, expected) => {
    expect(luceneQuery(input)).toBe(expected);
  });

  it('escapes every query-parser character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });
});

describe('cursors and pages', () => {
  it('round-trips a sort key and id, and refuses anything else', () => {
    expect(decodeCursor(encodeCursor('2024-04-09', 'event:x'))).toEqual({ key: '2024-04-09', id: 'event:x' });
    expect(decodeCursor(encodeCursor(3, 'p'))).toEqual({ key: 3, id: 'p' });
    expect(() => decodeCursor('garbage')).toThrow(/invalid cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/invalid cursor/);
  });

  it('caps page sizes at 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow();
    expect(() => pageSize(-1)).toThrow();
  });
});

describe('eventMatch', () => {
  it('starts from the most selective anchor and keeps the other conditions', () => {
    expect(eventMatch({ person: 'person:x:RUS', countries: ['CHN'] }).cypher).toMatch(/^MATCH \(:Person \{id: \$person\}\)/);
    expect(eventMatch({ dyad: ['CHN', 'RUS'], root: '04' }).cypher).toMatch(/^MATCH \(:Country \{code: \$dyadA\}\)/);
    expect(eventMatch({ text: 'x', person: 'p' }).cypher).toMatch(/^CALL db\.index\.fulltext\.queryNodes/);
    expect(eventMatch({ countries: ['chn'] }).params.countries).toEqual(['CHN']);
    expect(eventMatch({}).cypher).toMatch(/^MATCH \(e:Event\)/);
  });

  it('passes every value as a parameter', () => {
    const m = eventMatch({ code: "0'; DETACH DELETE n //", from: '2024-01-01', goldsteinMin: -2 });
    expect(m.cypher).not.toContain('DETACH');
    expect(m.params).toMatchObject({ code: "0'; DETACH DELETE n //", from: '2024-01-01', goldsteinMin: -2 });
  });
});

describe('one-query builders', () => {
  it('events page asks for one row more than the page, continuing after the cursor', () => {
    const { query, size } = eventsPageQuery({}, 'DATE_DESC', { first: 5, after: encodeCursor('2024-01-01', 'e1') });
    expect(size).toBe(5);
    expect(query.params).toMatchObject({ limit: 6, afterKey: '2024-01-01', afterId: 'e1' });
    expect(query.cypher).toContain('ORDER BY sortKey DESC, e.id ASC LIMIT');
  });

  it('eventStats groups by the asked dimensions and bucket', () => {
    const q = eventStatsQuery({}, ['DYAD', 'QUAD_CLASS'], 'MONTH');
    expect(q.cypher).toContain('AS dyad');
    expect(q.cypher).toContain('e.quadClass AS quadClass');
    expect(q.cypher).toContain('date.truncate($unit, day)');
    expect(q.params?.unit).toBe('month');
  });

  it('bilateral is a single statement over both codes', () => {
    const q = bilateralQuery({ a: 'chn', b: 'rus' });
    expect(q.params).toMatchObject({ a: 'CHN', b: 'RUS', unit: 'month', limit: 10 });
    expect(q.cypher.split(';')).toHaveLength(1);
  });

  it('bilateral joins the agreements before any list of events, tallies or articles is in scope', () => {
    // The join copies the rows it holds; with thousands of articles in each row the 100k graph
    // passed the server's transaction memory limit.
    for (const q of [bilateralQuery({ a: 'chn', b: 'usa' }), tallyBilateralQuery({ a: 'chn', b: 'usa' })!]) {
      const join = q.cypher.indexOf('USING JOIN ON g');
      expect(join).toBeGreaterThan(0);
      for (const list of [/collect\(\{e: e/, /collect\(t\) AS ts/, /AS articles/]) {
        const at = q.cypher.search(list);
        if (at >= 0) expect(join).toBeLessThan(at);
      }
      expect(q.cypher.search(/AS articles/)).toBeGreaterThan(join);
    }
  });
});

describe('apiKeyChecker', () => {
  const check = apiKeyChecker(['k-0123456789abcdef', 'k-fedcba9876543210']);
  it.each([
    ['Bearer k-0123456789abcdef', true],
    ['bearer k-fedcba9876543210', true],
    ['Bearer k-0123456789abcde', false],
    ['k-0123456789abcdef', false],
    ['Basic k-0123456789abcdef', false],
    [null, false],
  ])('%s -> %s', (header, expected) => {
    expect(check(header)).toBe(expected);
  });
  it('accepts nothing when no key is configured', () => {
    expect(apiKeyChecker([])('Bearer anything-at-all-really')).toBe(false);
  });
});
