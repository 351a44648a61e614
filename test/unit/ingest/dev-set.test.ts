// The development set: short wire stories of many outlets and eras (test/fixtures/articles),
// each with the facts an analyst would record. Names, countries and speakers are exact; events
// are matched by CAMEO code prefix and by who appears on either side.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, parseArticle, type Extraction } from '../../../src/ingest/index.js';

interface Case {
  file: string;
  countries: string[];
  people: Record<string, string | null>;
  titles?: [person: string, title: string][];
  quotes?: [start: string, speaker: string][];
  /** [code prefix, an actor on one side, an actor on the other side] */
  events?: [code: string, a?: string, b?: string][];
  agreements?: [status: string, parties: string[]][];
  relations?: string[];
}

const CASES: Case[] = [
  { file: '01-reuters-lavrov-blinken', countries: ['RUS', 'UKR', 'USA'],
    people: { 'Sergei Lavrov': 'RUS', 'Antony Blinken': 'USA' },
    titles: [['Sergei Lavrov', 'Foreign Minister'], ['Antony Blinken', 'Secretary of State']],
    quotes: [['We did not expect', 'Antony Blinken'], ['We have been promised', 'Sergei Lavrov']],
    events: [['04', 'Sergei Lavrov', 'Antony Blinken'], ['112', 'Sergei Lavrov', 'NATO']],
    // "We have been promised written answers"; "agreed to continue talks"
    agreements: [['pledged', ['RUS', 'USA']], ['pledged', ['RUS', 'USA']]] },
  { file: '02-xinhua-wang-yi-phone', countries: ['CHN', 'FRA'],
    people: { 'Wang Yi': 'CHN', 'Jean-Yves Le Drian': 'FRA' },
    titles: [['Wang Yi', 'State Councilor'], ['Wang Yi', 'Foreign Minister'], ['Jean-Yves Le Drian', 'Foreign Minister']],
    events: [['041', 'Wang Yi', 'Jean-Yves Le Drian']] },
  { file: '03-bbc-straw-iran', countries: ['GBR', 'IRN', 'LUX'],
    people: { 'Jack Straw': 'GBR', 'Hassan Rowhani': 'IRN' },
    titles: [['Jack Straw', 'Foreign Secretary'], ['Hassan Rowhani', 'Negotiator']],
    quotes: [['The ball is very firmly', 'Jack Straw'], ['We want a negotiated', 'Jack Straw']],
    events: [['02', 'Jack Straw', 'IRN'], ['12', 'Hassan Rowhani']] },
  { file: '04-tass-shoigu-india', countries: ['IND', 'RUS'],
    people: { 'Sergei Shoigu': 'RUS', 'Arun Jaitley': 'IND' },
    titles: [['Sergei Shoigu', 'Defense Minister'], ['Arun Jaitley', 'Defense Minister']],
    quotes: [['Our countries are linked', 'Sergei Shoigu']],
    events: [['057', 'Sergei Shoigu', 'Arun Jaitley'], ['042', 'Arun Jaitley', 'RUS']],
    agreements: [['signed', ['IND', 'RUS']]], relations: ['special and privileged strategic partnership'] },
  { file: '05-ap-sanctions-north-korea', countries: ['PRK', 'USA'],
    people: { 'Steven Mnuchin': 'USA' },
    titles: [['Steven Mnuchin', 'Treasury Secretary']],
    quotes: [['These sanctions will', 'Steven Mnuchin']],
    events: [['163', 'USA', 'PRK'], ['111', 'PRK']] },
  { file: '06-kremlin-readout-putin-erdogan', countries: ['RUS', 'SYR', 'TUR'],
    people: { 'Vladimir Putin': 'RUS', 'Recep Tayyip Erdogan': 'TUR' },
    titles: [['Recep Tayyip Erdogan', 'President']],
    events: [['041', 'Vladimir Putin', 'Recep Tayyip Erdogan'], ['036'], ['018', 'Vladimir Putin']],
    // "agreed to meet in Moscow ... to discuss the Syrian settlement": a settlement to discuss is not made
    agreements: [['pledged', ['RUS', 'TUR']], ['proposed', ['RUS', 'SYR', 'TUR']]] },
  { file: '07-joint-statement-china-pakistan', countries: ['CHN', 'PAK'],
    people: { 'Xi Jinping': 'CHN', 'Imran Khan': 'PAK', 'Li Keqiang': 'CHN' },
    titles: [['Imran Khan', 'Prime Minister'], ['Li Keqiang', 'Premier']],
    events: [['042', 'Imran Khan', 'CHN'], ['04', 'Xi Jinping', 'Imran Khan'], ['057', 'CHN', 'PAK']],
    agreements: [['signed', ['CHN', 'PAK']], ['signed', ['CHN', 'PAK']]], relations: ['all-weather strategic cooperative partnership'] },
  { file: '08-guardian-merkel-macron', countries: ['DEU', 'FRA'],
    people: { 'Angela Merkel': 'DEU', 'Emmanuel Macron': 'FRA' },
    titles: [['Angela Merkel', 'Chancellor'], ['Emmanuel Macron', 'President']],
    quotes: [['We are opening', 'Angela Merkel'], ['Europe needs', 'Emmanuel Macron']],
    events: [['031', 'Angela Merkel', 'Emmanuel Macron'], ['051', 'Emmanuel Macron', 'Angela Merkel']],
    agreements: [['pledged', ['DEU', 'FRA']], ['pledged', ['DEU', 'FRA']]] },
  { file: '09-mofa-spokesperson', countries: ['CHN', 'USA'],
    people: { 'Zhao Lijian': 'CHN' },
    titles: [['Zhao Lijian', 'Spokesperson']],
    quotes: [['The US is not a party', 'Zhao Lijian']],
    events: [['111', 'Zhao Lijian', 'USA'], ['02', 'Zhao Lijian', 'USA'], ['114', 'CHN']] },
  { file: '10-1990s-yeltsin-clinton', countries: ['RUS', 'UKR', 'USA'],
    people: { Clinton: 'USA', 'Boris Yeltsin': 'RUS', 'Leonid Kravchuk': 'UKR' },
    titles: [['Boris Yeltsin', 'President'], ['Leonid Kravchuk', 'President']],
    quotes: [['This ends the Cold War', 'Clinton']],
    events: [['057', 'Clinton', 'Boris Yeltsin'], ['042', 'Clinton', 'RUS']],
    agreements: [['signed', ['RUS', 'USA']]] },
  { file: '11-aljazeera-qatar-mediation', countries: ['EGY', 'ISR', 'PSE', 'QAT', 'USA'],
    people: { 'Majed al-Ansari': 'QAT', 'Benjamin Netanyahu': 'ISR' },
    titles: [['Majed al-Ansari', 'Spokesman'], ['Benjamin Netanyahu', 'Prime Minister']],
    quotes: [['We hope this agreement', 'Majed al-Ansari']],
    events: [['03', 'ISR', 'Hamas'], ['045']], agreements: [['pledged', ['Hamas', 'ISR']]] },
  { file: '12-soviet-era-gorbachev', countries: ['RUS', 'SUN', 'USA'],
    people: { Reagan: 'USA', 'Mikhail S. Gorbachev': 'SUN' },
    titles: [['Mikhail S. Gorbachev', 'Leader']],
    quotes: [['We can only hope', 'Mikhail S. Gorbachev'], ['Trust, but verify', 'Reagan']],
    events: [['057', 'Reagan', 'Mikhail S. Gorbachev']], agreements: [['signed', ['SUN', 'USA']]] },
  { file: '13-india-china-border', countries: ['CHN', 'IND'],
    people: { 'S. Jaishankar': 'IND', 'Wang Yi': 'CHN' },
    titles: [['S. Jaishankar', 'External Affairs Minister'], ['Wang Yi', 'Foreign Minister']],
    events: [['114', 'IND', 'CHN'], ['041', 'S. Jaishankar', 'Wang Yi'], ['112', 'Wang Yi', 'IND'], ['03', 'IND', 'CHN']],
    agreements: [['pledged', ['CHN', 'IND']]] },
  { file: '14-un-security-council-veto', countries: ['BEL', 'CHN', 'DEU', 'RUS', 'SYR', 'TUR'],
    people: { 'Christoph Heusgen': 'DEU', 'Dmitry Polyanskiy': 'RUS' },
    titles: [['Christoph Heusgen', 'Ambassador'], ['Dmitry Polyanskiy', 'Envoy']],
    quotes: [['This is a dark day', 'Christoph Heusgen']],
    events: [['129', 'RUS', 'United Nations Security Council']] },
  { file: '15-japan-korea-summit', countries: ['JPN', 'KOR', 'PRK'],
    people: { 'Fumio Kishida': 'JPN', 'Yoon Suk Yeol': 'KOR' },
    titles: [['Fumio Kishida', 'Prime Minister'], ['Yoon Suk Yeol', 'President']],
    quotes: [["Today's summit", 'Fumio Kishida']],
    events: [['043', 'Fumio Kishida', 'Yoon Suk Yeol'], ['036', 'Fumio Kishida', 'Yoon Suk Yeol']],
    agreements: [['pledged', ['JPN', 'KOR']], ['pledged', ['JPN', 'KOR']]] },
  { file: '16-eu-sanctions-belarus', countries: ['BLR', 'LTU', 'POL'],
    people: { 'Josep Borrell': null, 'Anatoly Glaz': 'BLR' },
    titles: [['Josep Borrell', 'Foreign Policy Chief'], ['Anatoly Glaz', 'Spokesman']],
    quotes: [['We will take adequate', 'Anatoly Glaz']],
    events: [['163', 'European Union', 'BLR'], ['161', 'BLR', 'POL'], ['13', 'BLR']] },
  { file: '17-white-house-readout', countries: ['AFG', 'IND', 'USA'],
    people: { 'Joseph R. Biden': 'USA', 'Narendra Modi': 'IND' },
    titles: [['Narendra Modi', 'Prime Minister'], ['Joseph R. Biden', 'President']],
    events: [['043', 'Joseph R. Biden', 'Narendra Modi'], ['051', 'Joseph R. Biden', 'IND'], ['0312', 'USA', 'IND']],
    agreements: [['pledged', ['IND', 'USA']], ['pledged', ['IND', 'USA']]] },
  { file: '18-iran-threat', countries: ['BHR', 'IRN', 'USA'],
    people: { 'Habibollah Sayari': 'IRN' },
    titles: [['Habibollah Sayari', 'Chief']],
    quotes: [['Closing the Strait', 'Habibollah Sayari']],
    events: [['13', 'IRN'], ['111', 'USA', 'IRN']] },
  { file: '19-african-union-summit', countries: ['EGY', 'ETH', 'LBY', 'RWA', 'SSD'],
    people: { 'Abdel Fattah al-Sisi': 'EGY', 'Paul Kagame': 'RWA', 'Moussa Faki Mahamat': null },
    titles: [['Moussa Faki Mahamat', 'Chairman of the African Union Commission'], ['Paul Kagame', 'President']],
    quotes: [['Silencing the guns', 'Moussa Faki Mahamat']], events: [['04', 'African Union']] },
  { file: '20-vietnam-china-protest', countries: ['CHN', 'VNM'],
    people: { 'Le Thi Thu Hang': 'VNM', 'Geng Shuang': 'CHN' },
    titles: [['Le Thi Thu Hang', 'Spokeswoman'], ['Geng Shuang', 'Spokesman']],
    quotes: [['Vietnam resolutely', 'Le Thi Thu Hang']], events: [['10', 'VNM', 'CHN']] },
  { file: '21-putin-xi-state-visit', countries: ['CHN', 'RUS'],
    people: { 'Xi Jinping': 'CHN', 'Vladimir Putin': 'RUS', 'Dmitry Peskov': 'RUS' },
    titles: [['Xi Jinping', 'President'], ['Vladimir Putin', 'President'], ['Dmitry Peskov', 'Spokesman']],
    quotes: [['China and Russia are good', 'Xi Jinping']],
    events: [['042', 'Xi Jinping', 'RUS'], ['03', 'Xi Jinping', 'RUS']],
    agreements: [['proposed', ['CHN', 'RUS']]] },
  { file: '22-lowercase-titles', countries: ['PRK', 'RUS'],
    people: { 'Sergei Lavrov': 'RUS', 'Kim Jong Un': 'PRK', 'Ri Yong Ho': 'PRK' },
    titles: [['Sergei Lavrov', 'Foreign Minister'], ['Kim Jong Un', 'Leader'], ['Ri Yong Ho', 'Foreign Minister']],
    quotes: [["Don't even think", 'Sergei Lavrov']],
    events: [['042', 'Sergei Lavrov', 'Kim Jong Un'], ['04', 'Sergei Lavrov', 'Ri Yong Ho']] },
  { file: '23-uk-expels-diplomats', countries: ['GBR', 'RUS'],
    people: { 'Theresa May': 'GBR' }, titles: [['Theresa May', 'Prime Minister']],
    events: [['166', 'Theresa May', 'RUS']] },
  { file: '24-germany-france-aid', countries: ['DEU', 'RUS', 'UKR'],
    people: { 'Olaf Scholz': 'DEU', 'Volodymyr Zelenskyy': 'UKR' },
    titles: [['Olaf Scholz', 'Chancellor'], ['Volodymyr Zelenskyy', 'President']],
    quotes: [['Grateful to Olaf Scholz', 'Volodymyr Zelenskyy']],
    events: [['072', 'DEU', 'UKR'], ['051', 'Volodymyr Zelenskyy', 'Olaf Scholz']] },
  { file: '25-asean-meeting', countries: ['CHN', 'IDN', 'MMR'],
    people: { 'Retno Marsudi': 'IDN', 'Wang Yi': 'CHN' },
    titles: [['Retno Marsudi', 'Foreign Minister'], ['Wang Yi', 'Top Diplomat']],
    quotes: [['We must show', 'Retno Marsudi']], events: [['04', 'Wang Yi', 'ASEAN']] },
  { file: '26-saudi-iran-deal', countries: ['CHN', 'IRN', 'SAU', 'USA', 'YEM'],
    people: { 'Ali Shamkhani': 'IRN', 'Musaed Al-Aiban': 'SAU', 'Wang Yi': 'CHN' },
    titles: [['Ali Shamkhani', 'Secretary of the Supreme National Security Council'], ['Musaed Al-Aiban', 'National Security Adviser'], ['Wang Yi', 'Top Diplomat']],
    events: [['03', 'IRN', 'SAU'], ['051', 'Wang Yi']], agreements: [['pledged', ['IRN', 'SAU']]] },
];

function load(file: string): Extraction {
  const path = new URL(`../../fixtures/articles/${file}.txt`, import.meta.url);
  return extract(parseArticle(`${file}.txt`, readFileSync(path)));
}

function sides(e: Extraction['events'][number]): [string[], string[]] {
  const all = (s: typeof e.source) => [...s.people, ...s.countries, ...s.organizations];
  return [all(e.source), all(e.target)];
}

describe.each(CASES)('$file', (c) => {
  const e = load(c.file);
  const { titles, quotes, events, relations } = c;

  it('finds the countries', () => {
    expect(e.countries.map((x) => x.code).sort()).toEqual([...c.countries].sort());
  });

  it('finds the people and whom they represent', () => {
    expect(Object.fromEntries(e.people.map((p) => [p.name, p.country]))).toEqual(c.people);
  });

  if (titles) it('reads the titles', () => {
    for (const [name, title] of titles) {
      const titles = e.people.find((p) => p.name === name)?.titles.map((t) => t.title.toLowerCase()) ?? [];
      expect(titles.some((t) => t.includes(title.toLowerCase())), `${name}: ${titles.join('; ')}`).toBe(true);
    }
  });

  if (quotes) it('attributes the quotes', () => {
    for (const [start, speaker] of quotes) {
      expect(e.quotes.find((q) => q.text.startsWith(start))?.speaker, start).toBe(speaker);
    }
  });

  if (events) it('codes the events', () => {
    for (const [code, a, b] of events) {
      const found = e.events.some((ev) => {
        if (!ev.code.startsWith(code)) return false;
        const [src, tgt] = sides(ev);
        if (a && b) return (src.includes(a) && tgt.includes(b)) || (src.includes(b) && tgt.includes(a));
        return !a || src.includes(a) || tgt.includes(a);
      });
      expect(found, `${code} ${a ?? ''} ${b ?? ''}`).toBe(true);
    }
  });

  it('records the agreements, and none where the story has none', () => {
    expect(e.agreements.map((a) => [a.status, a.parties])).toEqual(c.agreements ?? []);
  });

  if (relations) it('names the relations', () => {
    expect(e.relations.map((r) => r.descriptor)).toEqual(expect.arrayContaining(relations));
  });
});
