import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT, EVENT_COLUMNS, parseEventLine, type GdeltEvent } from '../../../src/gdelt/index.js';
import { sampleLines, samplePath } from './sample.js';

const lines = sampleLines('events.csv');
const byId = (id: number) => lines.find((l) => l.startsWith(`${id}\t`))!;
const ok = (line: string): GdeltEvent => {
  const p = parseEventLine(line);
  if (!p.ok) throw new Error(p.reason);
  return p.row;
};
/** A sample row with one column replaced. */
const withColumn = (name: keyof typeof EVENT, value: string) => {
  const cells = lines[0]!.split('\t');
  cells[EVENT[name]] = value;
  return cells.join('\t');
};
const reason = (line: string) => {
  const p = parseEventLine(line);
  return p.ok ? null : p.reason;
};

describe('the column layout', () => {
  it('is the 61 columns of the reference list, in order', () => {
    const reference = readFileSync(samplePath('columns_gdelt2_events_61.txt'), 'utf8').split('\n').filter(Boolean);
    expect([...EVENT_COLUMNS]).toEqual(reference);
  });
});

describe('parseEventLine on the real sample', () => {
  it('accepts all 100 rows', () => {
    expect(lines).toHaveLength(100);
    expect(lines.map(reason).filter(Boolean)).toEqual([]);
  });

  it('reads codes, Goldstein, dates, place and source url', () => {
    expect(ok(byId(410412353))).toMatchObject({
      gdeltId: 410412353, date: '2014-02-18', code: '042', root: '04', name: 'Make a visit', quadClass: 1, goldstein: 1.9,
      source: { label: 'Country', code: 'AUS' }, target: { label: 'Country', code: 'NZL' },
      location: { name: 'Great Southern', country: 'AUS' }, addedAt: '2015-02-18T23:00:00Z', url: expect.stringMatching(/^http/),
    });
  });

  it('maps FIPS place codes, not ISO-2 ones: "SF" is South Africa, "CH" China', () => {
    expect(ok(byId(410412347)).location).toEqual({ name: 'Waterkloof', country: 'ZAF' });
    expect(ok(byId(410414617)).location).toEqual({ name: 'Amdo', country: 'CHN' });
  });

  it('names a country-level place after the country', () => {
    expect(ok(byId(410412350)).location).toEqual({ name: 'New Zealand', country: 'NZL' });
  });

  it('applies the actor rule', () => {
    // GOV "PRESIDENT" with no country: a role, no actor
    expect(ok(byId(410412347)).target).toBeNull();
    // a known group wins over the person GDELT names ("EKMELEDDIN IHSANOGLU" under OIC)
    expect(ok(byId(410412368)).source).toMatchObject({ label: 'Organization', kind: 'international', country: null });
    // ZMBJUD: the national body, named as article ingestion names it
    expect(ok(byId(410414604)).source).toEqual({ label: 'Organization', name: 'Judiciary', country: 'ZMB', kind: 'government' });
    // MNC: a company by its name
    expect(ok(byId(913095764)).source).toEqual({ label: 'Organization', name: 'Qualcomm', country: 'USA', kind: 'other' });
    // a CAMEO region
    expect(ok(byId(913095769)).source).toEqual({ label: 'Organization', name: 'Europe', country: null, kind: 'other' });
    // an ethnic group with no country
    expect(ok(byId(410414617)).source).toEqual({ label: 'Organization', name: 'Tibetan', country: null, kind: 'other' });
  });

  it('accepts a Windows line end', () => {
    expect(ok(`${lines[0]}\r`).url).toBe(ok(lines[0]!).url);
  });
});

describe('parseEventLine refuses malformed rows with a reason', () => {
  it.each([
    ['too few columns', lines[0]!.split('\t').slice(0, 60).join('\t'), /expected 61 tab-separated columns, got 60/],
    ['too many columns', `${lines[0]}\textra`, /got 62/],
    ['a comma-separated line', lines[0]!.replaceAll('\t', ','), /got 1/],
    ['a non-numeric event id', withColumn('GLOBALEVENTID', 'abc'), /GLOBALEVENTID "abc" is not an integer/],
    ['a zero event id', withColumn('GLOBALEVENTID', '0'), /GLOBALEVENTID/],
    ['an impossible date', withColumn('SQLDATE', '20150230'), /SQLDATE "20150230" is not a date/],
    ['a short date', withColumn('SQLDATE', '201502'), /SQLDATE/],
    ['a bad DATEADDED', withColumn('DATEADDED', '20150218256000'), /DATEADDED .* is not a date-time/],
    ['a non-numeric Goldstein', withColumn('GoldsteinScale', 'high'), /GoldsteinScale "high" is not a number/],
    ['a Goldstein out of range', withColumn('GoldsteinScale', '11'), /GoldsteinScale "11"/],
    ['a non-CAMEO event code', withColumn('EventCode', '04x'), /EventCode "04x" is not a CAMEO code/],
    ['a root not matching the code', withColumn('EventRootCode', '05'), /EventRootCode "05" is not the root of EventCode 043/],
    ['a quad class of 5', withColumn('QuadClass', '5'), /QuadClass "5" is not 1..4/],
    ['a non-numeric mention count', withColumn('NumMentions', 'many'), /NumMentions "many"/],
  ])('%s', (_, line, expected) => {
    expect(reason(line)).toMatch(expected);
  });
});
