// The seed article: the facts issue 3 names, exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, parseArticle } from '../../../src/ingest/index.js';

const file = new URL('../../../seeds/000_0c0af7468425653f.txt', import.meta.url);
const input = { ...parseArticle('seed.txt', readFileSync(file)), publishedAt: '2019-10-18' };
const e = extract(input);

describe('seed article', () => {
  it('finds exactly China and Russia', () => {
    expect(e.countries.map((c) => c.code).sort()).toEqual(['CHN', 'RUS']);
  });

  it('finds exactly Zhang Youxia and Sergei Shoigu', () => {
    expect(e.people.map((p) => p.name).sort()).toEqual(['Sergei Shoigu', 'Zhang Youxia']);
  });

  it('gives Zhang Youxia his country, alias and both titles', () => {
    const zhang = e.people.find((p) => p.name === 'Zhang Youxia')!;
    expect(zhang.country).toBe('CHN');
    expect(zhang.aliases).toContain('Youxia');
    expect(zhang.titles).toContainEqual({
      title: 'Vice Chairman of the Central Military Commission', organization: 'Central Military Commission', country: 'CHN',
    });
    expect(zhang.titles.map((t) => t.title)).toContain('member of the Political Bureau of the CPC Central Committee');
  });

  it('gives Sergei Shoigu his country and title', () => {
    const shoigu = e.people.find((p) => p.name === 'Sergei Shoigu')!;
    expect(shoigu.country).toBe('RUS');
    expect(shoigu.titles).toContainEqual({ title: 'Defense Minister', organization: 'Ministry of Defense', country: 'RUS' });
  });

  it('finds the meeting in Moscow between them, dated from "Thursday"', () => {
    const meeting = e.events.find((ev) => ev.root === '04')!;
    expect(meeting).toBeDefined();
    expect([...meeting.source.people, ...meeting.target.people].sort()).toEqual(['Sergei Shoigu', 'Zhang Youxia']);
    expect(meeting.location).toEqual({ name: 'Moscow', country: 'RUS' });
    expect(meeting.date).toBe('2019-10-17');
  });

  it('finds the pledge to strengthen military cooperation, and the praise', () => {
    const pledge = e.events.find((ev) => ev.code === '0312')!;
    expect([...pledge.source.countries, ...pledge.target.countries].sort()).toEqual(['CHN', 'RUS']);
    expect(pledge.date).toBe('2019-10-17');
    expect(pledge.dateText).toMatch(/Thursday/);
    const praise = e.events.find((ev) => ev.code === '051')!;
    expect(praise.source.people).toEqual(['Zhang Youxia']);
  });

  it('records the pledged CHN-RUS agreement on military cooperation', () => {
    expect(e.agreements).toHaveLength(1);
    expect(e.agreements[0]).toMatchObject({ status: 'pledged', parties: ['CHN', 'RUS'] });
    expect(e.agreements[0]!.topics).toContain('military cooperation');
  });

  it('attributes both quotes to the right speaker', () => {
    expect(e.quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['We are also ready to', 'Zhang Youxia'],
      ['Military cooperation', 'Sergei Shoigu'],
    ]);
  });

  it('finds the partnership descriptor and the anniversary', () => {
    const descriptors = e.relations.map((r) => r.descriptor);
    expect(descriptors).toContain('comprehensive strategic partnership of coordination for a new era');
    expect(descriptors).toContain('70 years of diplomatic ties');
    expect(e.relations.every((r) => r.countries.join() === 'CHN,RUS')).toBe(true);
  });

  it('keeps nothing of the boilerplate', () => {
    expect(e.cleanText).not.toMatch(/Phenomenal|Leave a|Your email|TAGGED|Share this/);
    expect(e.cleanText).not.toMatch(/^China, Russia pledge/m);
    expect(JSON.stringify(e.people)).not.toMatch(/Phenomenal/);
  });

  it('maps evidence back to the original body', () => {
    for (const ev of e.events) {
      const s = e.sentences[ev.evidence.sentence]!;
      expect(input.body.slice(s.start, s.end)).toBe(s.text);
    }
    for (const q of e.quotes) expect(input.body.slice(q.evidence.start, q.evidence.end)).toContain(q.text);
  });

  it('leaves the date null without publishedAt, keeping the words', () => {
    const pledge = extract({ ...input, publishedAt: null }).events.find((ev) => ev.code === '0312')!;
    expect(pledge.date).toBeNull();
    expect(pledge.dateText).toBe('on Thursday');
  });
});
