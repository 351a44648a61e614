// Sentences built to tempt a name finder: places, buildings, ministries, titles without names,
// headline words. Each row gives the people that must be found, and nothing else.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/index.js';

const PEOPLE: [text: string, people: string[]][] = [
  ['Beijing says the drills are routine, while Washington argues they threaten the region.', []],
  ['The White House said the Kremlin had not responded, according to the Foreign Ministry.', []],
  ['New Delhi and Islamabad traded accusations on Monday.', []],
  ['The Prime Minister said the talks had been constructive.', []],
  ['Speaking in Moscow, the President said nothing about the Red Square parade.', []],
  ['Breaking: Foreign Ministry Spokesperson Says Talks Will Continue', []],
  ['The South China Sea dispute was discussed at the Great Hall of the People.', []],
  ['Troops crossed the Line of Actual Control near Ladakh.', []],
  ['Theresa May met Angela Merkel in Berlin.', ['Angela Merkel', 'Theresa May']],
  ['U.S. Secretary of State Mike Pompeo met Chinese counterpart Wang Yi.', ['Mike Pompeo', 'Wang Yi']],
  ['Mr. Straw said he would travel to Tehran. Jack Straw later left London.', ['Jack Straw']],
  ['Ursula von der Leyen, the president of the European Commission, spoke with Abdel Fattah al-Sisi.', ['Abdel Fattah al-Sisi', 'Ursula von der Leyen']],
  ['President George W. Bush and Russian President Vladimir V. Putin met in Crawford, Texas.', ['George W. Bush', 'Vladimir V. Putin']],
  ['Kim Jong Un inspected a missile launch, KCNA said.', ['Kim Jong Un']],
  ['Meanwhile, Both Sides Agreed that Wednesday talks would resume, Xinhua reported.', []],
  // a name after "the" that qualifies no noun, a city, a storm, a name ending in a place's or a
  // body's head word
  ['Officials discussed the Lachin Corridor, the Generalised System of Preference and the European Currency Unit.', []],
  ['The storm, Hurricane Henri, will reach Los Angeles after the Adam Smith Lecture at Fife College.', []],
  ['Ronald Reagan spoke. Critics said the Reagan administration had erred.', ['Ronald Reagan']],
  // a religious office before a name is a title; a lone word the article writes in lower case too
  ['Rabbi Marvin Hier said jobs mattered. Jobs, he said, come first.', ['Marvin Hier']],
  // an adverb opening a sentence; a word inside an office's name; an office's topic before the name
  ['Additionally, National Security Advisor Jake Sullivan met separately with Secretary General Jens Stoltenberg.', ['Jake Sullivan', 'Jens Stoltenberg']],
  ['Sandra Clarke, Chief Operating Officer, and Ali Zaidi, National Climate Advisor, joined the call.', ['Ali Zaidi', 'Sandra Clarke']],
  ['Special Presidential Envoy for Climate John Kerry spoke about climate finance.', ['John Kerry']],
  // the end of an office's name, or its topic after "for", is no name
  ['Alejandra Y. Castillo, Assistant Secretary of Commerce for Economic Development, and Keisha Lance Bottoms, Senior Advisor to the President for Public Engagement, spoke.', ['Alejandra Y. Castillo', 'Keisha Lance Bottoms']],
  // the words before the head of a name that is no person's; a place after "the city of"; a
  // preposition opening a quote; "Acting" before an office
  ['The Inflation Reduction Act and the London Interbank Offered Rate were discussed with Mitch Landrieu, Senior Advisor and Infrastructure Implementation Coordinator.', ['Mitch Landrieu']],
  ['Suez lost a concession in the city of El Alto and the Brazilian resort of Porto Alegre.', []],
  ['"Behind Baker\'s remark was frustration," the official said. New Jersey Acting Attorney General Andrew Bruck agreed.', ['Andrew Bruck']],
  // a heading of words the article also writes in lower case
  ['The agenda covered Resilient Supply Chains and Human Rights, and the leaders discussed resilient supply chains and human rights.', []],
];

const COUNTRIES: [text: string, codes: string[]][] = [
  ['China-Russia relations and U.S.-Russian ties dominated the Sino-Indian talks.', ['CHN', 'IND', 'RUS', 'USA']],
  ['The Soviet Union and East Germany signed; Yugoslavia and Czechoslovakia abstained.', ['CSK', 'DDR', 'SUN', 'YUG']],
  ['Britain and the UK government; the French and the Dutch.', ['FRA', 'GBR', 'NLD']],
  ['Latin American leaders met in the Middle East near the Persian Gulf.', []],
  ['Beijing says the move was provocative.', ['CHN']],
  ['Talks were held in Beijing.', []],
  // the US state, listed among states or after its city; the country beside other countries
  ['The tour went to Delaware, Georgia, Kansas and Puerto Rico, and to Atlanta, Georgia.', ['PRI']],
  ['Russia, Georgia and Ukraine met.', ['GEO', 'RUS', 'UKR']],
  // a region, a trade round, Brussels for the EU, a capital inside a name; Greek Cypriots are of Cyprus
  ['Japan backs a free Indo-Pacific and the Uruguay round; Ukraine wants closer relations with Brussels.', ['JPN', 'UKR']],
  ['Manila pays the London Interbank Offered Rate; the Greek Cypriot government objected.', ['CYP', 'PHL']],
];

describe('names that are not people', () => {
  it.each(PEOPLE)('%s', (text, people) => {
    expect(extract({ title: 'T', body: text }).people.map((p) => p.name).sort()).toEqual(people);
  });
});

describe('countries in every form', () => {
  it.each(COUNTRIES)('%s', (text, codes) => {
    expect(extract({ title: 'T', body: text }).countries.map((c) => c.code).sort()).toEqual(codes);
  });
});

describe('quoted names', () => {
  it('are no one\'s words, even after a sentence that reports speech', () => {
    const e = extract({ title: 'T', body: 'President Joe Biden said the grants would help.\n\nFunding comes from the "Low and No Emission Bus and Bus Facilities" programme.' });
    expect(e.quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });
});

describe('organizations', () => {
  it('are read as British copy writes their acronyms, and a name written like its acronym', () => {
    const e = extract({ title: 'T', body: 'Opec and Nato officials met. The issue will be discussed at Tuesday\'s Ecofin meeting. Who said so?' });
    expect(e.organizations.map((o) => o.name)).toEqual(['Opec', 'Nato', 'Ecofin']);
  });
});

describe('list items', () => {
  it('keep their wrapped lines', () => {
    const e = extract({ title: 'T', body: 'Participants included:\n\n-   Jen Klein, Executive Director of the White House Gender Policy\n    Council\n-   Lael Brainard, Director of the National Economic Council\n' });
    expect(e.people.find((p) => p.name === 'Jen Klein')?.titles.map((t) => t.title)).toEqual(['Executive Director of the White House Gender Policy Council']);
  });
});

describe('the country of an official the text does not place', () => {
  it('is not that of whom the official meets', () => {
    const e = extract({ title: 'T', body: 'Principal Deputy National Security Advisor Jon Finer spoke with Prime Minister Albin Kurti of Kosovo. Mr. Finer underscored the United States’ concern about northern Kosovo and urged Kosovo to enable elected mayors to work. Kosovo should act, he said.' });
    expect(e.people.map((p) => [p.name, p.country])).toEqual([['Jon Finer', 'USA'], ['Albin Kurti', 'XKX']]);
  });

  it('is not that of whom the official is met by', () => {
    const e = extract({ title: 'T', body: 'President Biden spoke today with Crown Prince Mohamed bin Zayed Al Nahyan to reaffirm the partnership between the United States and the United Arab Emirates. The President congratulated the Crown Prince on the United Arab Emirates’ anniversary. He praised the United States and the United Arab Emirates.' });
    expect(e.people.find((p) => p.name.startsWith('Mohamed bin Zayed'))?.country).toBe('ARE');
  });

  it('is none for an official "of" an international body', () => {
    const e = extract({ title: 'T', body: 'President Biden spoke today with President Ursula von der Leyen of the European Commission about Taiwan and Taiwan.' });
    expect(e.people.find((p) => p.name === 'Ursula von der Leyen')?.country).toBeNull();
  });

  it('is that of the body the office names, as the article places it', () => {
    const e = extract({ title: 'T', body: 'The US regulator relaxed its rules. Critics, particularly the UK\'s CBI, warned that US listings would drop. "This signifies a change of heart in the US," CBI director-general Sir Digby Jones told the BBC about the US.' });
    expect(e.people.find((p) => p.name === 'Digby Jones')?.country).toBe('GBR');
  });

  it('is the one the headline gives, and one after "Jr."', () => {
    const e = extract({ title: 'Readout of President Biden’s Meeting with President Vo Van Thuong of Vietnam', body: 'President Joseph R. Biden, Jr. and President Vo Van Thuong had an official meeting at the Presidential Palace in Hanoi, Vietnam. President Biden and President Thuong discussed economic ties and the United States’ support for Vietnam’s plans. President Surangel Whipps, Jr. of Palau joined them.' });
    expect(e.people.map((p) => [p.name, p.country])).toEqual([['Joseph R. Biden', 'USA'], ['Vo Van Thuong', 'VNM'], ['Surangel Whipps', 'PLW']]);
    expect(e.events.some((v) => v.code === '042' && v.source.countries.includes('USA') && v.target.countries.includes('VNM'))).toBe(true);
  });

  it('is the article\'s when the official is the one met', () => {
    const e = extract({ title: 'T', body: 'President Biden met with Ukraine’s Foreign Minister Dmytro Kuleba and Minister of Defense Oleksii Reznikov. Ukraine thanked the United States for its support of Ukraine.' });
    expect(e.people.find((p) => p.name === 'Oleksii Reznikov')?.country).toBe('UKR');
  });
});

describe('aliases and titles', () => {
  it('resolves "Mr Straw" to Jack Straw', () => {
    const e = extract({ title: 'T', body: 'Foreign Secretary Jack Straw arrived. "We will talk," Mr Straw said.' });
    expect(e.people).toHaveLength(1);
    expect(e.people[0]!.aliases).toContain('Mr Straw');
    expect(e.quotes[0]!.speaker).toBe('Jack Straw');
  });

  it.each([
    ['Li Zhaoxing, China\'s foreign minister, said ties were good.', 'Li Zhaoxing', 'Foreign Minister', 'CHN'],
    ['russian foreign minister Sergey Lavrov arrived.', 'Sergey Lavrov', 'Foreign Minister', 'RUS'],
    ['NATO Secretary-General Jens Stoltenberg warned Moscow.', 'Jens Stoltenberg', 'NATO Secretary-General', null],
    ['Chinese Foreign Ministry spokesman Geng Shuang said so.', 'Geng Shuang', 'Foreign Ministry Spokesman', 'CHN'],
  ])('%s', (text, name, title, country) => {
    const p = extract({ title: 'T', body: text }).people.find((x) => x.name === name);
    expect(p?.titles.map((t) => t.title)).toContain(title);
    expect(p?.titles.find((t) => t.title === title)?.country).toBe(country);
  });
});

describe('quotes', () => {
  it.each([
    ['according to', 'Officials met. "The talks went very well indeed," according to Sergei Lavrov.', 'Sergei Lavrov'],
    ['said X after', '"We will never accept this ultimatum," said Wang Yi, the foreign minister.', 'Wang Yi'],
    ['X said: before', 'Boris Johnson arrived. Johnson said: "This is a great day for Britain."', 'Boris Johnson'],
    ['the minister said', 'Foreign Minister Wang Yi met reporters. "We oppose all unilateral sanctions," the minister said.', 'Wang Yi'],
    ['a ministry speaks', '"This is a gross interference in our affairs," the Foreign Ministry said.', 'Foreign Ministry'],
  ])('%s', (_name, text, speaker) => {
    expect(extract({ title: 'T', body: text }).quotes[0]?.speaker).toBe(speaker);
  });

  it('runs a quote across paragraphs', () => {
    const body = 'Vladimir Putin spoke for an hour.\n\n"We are ready for talks with anyone.\n\n"But we will defend our interests," he said.';
    const quotes = extract({ title: 'T', body }).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });
});

describe('lists of participants', () => {
  it('keep short items, read state offices and leave affiliations and bodies out', () => {
    const body = 'The President was joined on the call by:\n\n-   Connecticut Gov. Ned Lamont\n-   New Jersey Gov. Phil Murphy\n-   Rhode Island Gov. Daniel McKee\n-   Emily Peterson-Cassin, Demand Progress\n-   Andy Beshear, Governor, Kentucky\n-   Catherine T. MacArthur Foundation';
    const e = extract({ title: 'Readout of President Biden Call with Governors', body });
    expect(e.people.map((p) => [p.name, p.country]).sort()).toEqual([
      ['Andy Beshear', 'USA'], ['Daniel McKee', 'USA'], ['Emily Peterson-Cassin', null], ['Ned Lamont', 'USA'], ['Phil Murphy', 'USA'],
    ]);
    expect(e.countries.map((c) => c.code)).not.toContain('JEY');
  });

  it('reads an office\'s acronym and an elect office', () => {
    const e = extract({ title: 'T', body: 'Director of National Intelligence (DNI) Avril Haines met Venezuela’s President-elect Edmundo Gonzalez Urrutia in Washington.' });
    expect(e.people.find((p) => p.name === 'Avril Haines')?.titles.map((t) => t.title)).toEqual(['Director of National Intelligence']);
    expect(e.people.find((p) => p.name === 'Edmundo Gonzalez Urrutia')?.country).toBe('VEN');
  });
});

describe('plural offices', () => {
  it('are no part of the names they precede', () => {
    const e = extract({ title: 'T', body: 'Presidents George W Bush and Bill Clinton praised Adam Smith.' });
    expect(e.people.map((p) => p.name)).toContain('George W Bush');
  });
});

describe('an office ending in its country', () => {
  it('places its holder there', () => {
    const e = extract({ title: 'T', body: 'Jake Sullivan spoke with Secretary Armen Grigoryan of Armenia and Head of the Foreign Relations Department of the Presidential Administration of Azerbaijan Hikmat Hajiyev.' });
    expect(e.people.find((p) => p.name === 'Hikmat Hajiyev')?.country).toBe('AZE');
  });
});

describe('a delegation named by its adjective', () => {
  it('places its head', () => {
    const e = extract({ title: 'T', body: 'GENEVA, March 9 - Manaspas Xuto of Thailand chaired the talks. Wong Kum Choon, head of the Malaysian delegation, said he was optimistic.' });
    expect(e.people.find((p) => p.name === 'Wong Kum Choon')?.country).toBe('MYS');
  });
});

describe('a delegation listed together', () => {
  it('serves the state of those of it the text places', () => {
    const e = extract({ title: 'Readout of Peace Talks in Geneva', body: 'Today, Secretary of State Marco Rubio, Special Envoy Steve Witkoff, Mr. Jared Kushner, and Secretary Dan Driscoll held a meeting with the Ukrainian delegation in Geneva. Ukraine thanked the United States.' });
    expect(e.people.filter((p) => p.name !== 'Marco Rubio').map((p) => p.country)).toEqual(['USA', 'USA', 'USA']);
  });
});
