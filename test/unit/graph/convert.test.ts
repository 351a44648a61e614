import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { cypherDate, cypherDateTime, shiftDay, toPlain } from '../../../src/graph/convert.js';

describe('temporal params', () => {
  it('makes a Cypher DATE of an ISO day', () => {
    const d = cypherDate('2015-02-18');
    expect(neo4j.isDate(d)).toBe(true);
    expect(d.toString()).toBe('2015-02-18');
    expect(toPlain(d)).toBe('2015-02-18');
  });

  it('shifts a day across month, year and leap-day boundaries', () => {
    expect(shiftDay('2015-02-28', 1)).toBe('2015-03-01');
    expect(shiftDay('2016-02-28', 1)).toBe('2016-02-29');
    expect(shiftDay('2015-01-01', -1)).toBe('2014-12-31');
    expect(shiftDay('2015-06-10', 0)).toBe('2015-06-10');
  });

  it('makes a UTC Cypher DATETIME of an ISO instant, any offset given', () => {
    const t = cypherDateTime('2015-02-18T23:00:00Z');
    expect(neo4j.isDateTime(t)).toBe(true);
    expect(t.toString()).toBe('2015-02-18T23:00:00Z');
    expect(cypherDateTime('2015-02-19T01:30:00+02:00').toString()).toBe('2015-02-18T23:30:00Z');
    expect(cypherDateTime('2015-02-18T23:00:00.250Z').nanosecond).toBe(250_000_000);
  });

  it('refuses what is not a date, instead of sending a wrong one', () => {
    expect(() => cypherDate('20150218')).toThrow(/YYYY-MM-DD/);
    expect(() => shiftDay('yesterday', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => cypherDateTime('not a time')).toThrow(/ISO date-time/);
  });
});
