// Error classes seen on held-out wire copy, one sentence each: the events that must be coded,
// with their sides, and those that must not be. [code prefix, source actor, target actor or null]
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/index.js';

type Ev = [code: string, source: string, target: string | null];
interface Row { text: string; has?: Ev[]; not?: string[]; absent?: Ev[]; meeting?: string[]; quote?: [start: string, speaker: string]; agreement?: string }

const ROWS: Row[] = [
  // the relative clause's subject acts on the main clause
  { text: 'The U.S. State Department approved the sale of military equipment to Taiwan on Friday, a move Beijing has condemned.',
    has: [['111', 'CHN', 'USA']] },
  { text: 'Kremlin spokesman Dmitry Peskov warned that Moscow would retaliate.', has: [['13', 'Dmitry Peskov', null]] },
  { text: 'Iran\'s Supreme Leader Ayatollah Ali Khamenei vowed harsh revenge for the killing.', has: [['13', 'Ali Khamenei', null]] },
  // an act asked for is the appeal's content, not an event of its own
  { text: 'Ukrainian President Volodymyr Zelenskiy urged Western allies to send more weapons.', has: [['02', 'Volodymyr Zelenskiy', null]], not: ['07'] },
  { text: 'Holguin said Colombia would ask the Organization of American States to hold an emergency meeting.', not: ['04'] },
  { text: 'The EU adopted sanctions against Russia on Friday.', has: [['163', 'EU', 'RUS']] },
  { text: 'Russian Foreign Ministry spokeswoman Maria Zakharova condemned the decision and said the sanctions would hurt Europe.',
    has: [['111', 'Maria Zakharova', null]], not: ['16'] },
  { text: "Japan's Foreign Minister Taro Kono phoned his Chinese counterpart to protest against Beijing's construction of a gas platform.",
    has: [['041', 'Taro Kono', 'CHN'], ['14', 'Taro Kono', 'CHN']] },
  { text: 'The decisions were taken at a meeting of the National Security Committee chaired by Prime Minister Imran Khan of Pakistan.', not: ['04'] },
  { text: 'India and the United States have agreed to launch a 2+2 dialogue between their foreign and defence ministers.', agreement: '2+2 dialogue' },
  { text: 'U.S. Defense Secretary Lloyd Austin spoke by phone on Wednesday with Chinese Defence Minister Wei Fenghe, who told him that Washington must stop "playing the Taiwan card", according to a Chinese readout.',
    quote: ['playing the Taiwan card', 'Wei Fenghe'] },
  { text: 'Israel and Bahrain signed agreements on Tuesday at a White House ceremony hosted by President Donald Trump.', agreement: 'agreements' },
  // "he" is never someone the text called "she"; an owner ("Mr Bush's task") is no subject
  { text: 'British Prime Minister Margaret Thatcher has backed the plan. But government sources said she has become angry about trade barriers, a view voiced again today by her defence minister, George Younger. He told a gathering of businessmen, "We in Europe greatly welcome the emphasis on cooperation."',
    quote: ['We in Europe greatly welcome', 'George Younger'] },
  { text: 'Liberal Democrat leader Charles Kennedy welcomed the result. Mr Bush\'s first task was to "rebuild a sense of domestic purpose" within the US, he said.',
    quote: ['rebuild a sense of domestic purpose', 'Charles Kennedy'] },
  { text: '"It\'s my view that we should be thinking about these things," commented Ontario Premier David Peterson.',
    quote: ["It's my view", 'David Peterson'] },
  // the owner of the words speaks, not who reports them; "he" after an unnamed speaker is that speaker
  { text: 'U.S. Treasury Secretary James Baker spoke on television. The market noted Baker\'s additional statement that "the Louvre agreement is still operative," and the dollar rose, dealers said.',
    quote: ['the Louvre agreement is still operative', 'James Baker'] },
  { text: 'U.S. Treasury Secretary James Baker criticised Bonn. "Without such a basic agreement, Baker would never have criticised Bonn so openly," the ministry official said. He also said Japan had no request from the U.S. "This is because we are not taking policy to guide rates higher," he added.',
    quote: ['This is because we', 'ministry official'] },
  // the article's first sentence reports speech like any other
  { text: 'The committee in its report said, "we support research only within the framework of the ABM Treaty."',
    quote: ['we support research', 'committee'] },
  // a quote inside a quote does not end it; a mark opening a sentence inside an open quote starts
  // a new one, which names the speaker of both; "the committee report" is the committee named before
  { text: 'The committee in its report said, "we support research only within the framework of the Camp David "four points" and of the ABM Treaty."\n\n"We note that all present work falls in the narrow interpretation of the treaty."',
    quote: ['We note that all present work', 'committee'] },
  { text: 'The Treasury described the meeting as "a very positive, private meeting in Frankfurt. "The parties agreed to continue economic cooperation," the Treasury said.',
    quote: ['a very positive, private meeting', 'Treasury'] },
  { text: 'The report by Parliament\'s Defence Committee said SDI was costly. But the all-party committee report said "the debate about the merits of participation has changed."',
    quote: ['the debate about the merits', 'Defence Committee'] },
  // "spoke to" a leader, "welcomed" one "to the White House": meetings; "spoke to reporters" is none
  { text: 'Vice President Kamala Harris spoke today to President Isaac Herzog of Israel on her flight to Washington.',
    has: [['04', 'Kamala Harris', 'ISR']] },
  { text: 'President Biden welcomed Chancellor Olaf Scholz of Germany to the White House on Friday.', has: [['043', 'USA', 'DEU']] },
  { text: 'Israeli Prime Minister Benjamin Netanyahu spoke to reporters in Jerusalem.', not: ['04'] },
  // one gathering of a body, told sentence by sentence, gathers those at it
  { text: 'Speaking after a summit meeting with EU leaders, French President Jacques Chirac said the rebate was unjustified. EU leaders are holding talks in Brussels on the economy. UK Prime Minister Tony Blair is meeting his EU counterparts to agree a package.',
    meeting: ['EU', 'FRA', 'GBR'] },
  // a body reports what the people named after its verb do; a body's short quote is its words
  { text: 'U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg. The Treasury said Baker and Stoltenberg "are consulting with their G-7 colleagues and are confident."',
    quote: ['are consulting with their G-7', 'U.S. Treasury'] },
  { text: 'A $2bn "funding gap" still stood in the way of the target, the World Health Organisation said.',
    quote: ['funding gap', 'World Health Organisation'] },
  // a sentence that goes on with what was said, naming nobody, quotes the one who said it
  { text: 'New Zealand Trade Minister Mike Moore opened the meeting.\n\nMoore said one aim was to "instil a sense of political urgency."\n\nAnother was to seek ways of popularising freer trade, as well as preventing "bush fires of confrontation while we proceed with negotiations."',
    quote: ['bush fires of confrontation', 'Mike Moore'] },
  // to see an official is to meet; "meetings of" a body is a gathering of it
  { text: 'U.S. Treasury Secretary James Baker is expected to see West German Finance Minister Gerhard Stoltenberg on Tuesday.',
    has: [['04', 'James Baker', 'Gerhard Stoltenberg']] },
  { text: 'The growth figures are expected to see Japan overtake Germany.', not: ['04'] },
  { text: "These talks form part of this week's meetings of the International Monetary Fund and the World Bank.",
    meeting: ['International Monetary Fund', 'World Bank'] },
  // "he" after "the spokesman said" is the unnamed spokesman; the next "he" is who was named
  { text: 'West German Finance Minister Gerhard Stoltenberg met U.S. Treasury Secretary James Baker in Frankfurt on Monday. The spokesman said he believed Baker had left for Sweden. This week he is also due to visit Denmark and Belgium.',
    has: [['042', 'James Baker', 'DNK']], absent: [['042', 'Gerhard Stoltenberg', 'DNK']] },
  // what a call is about names no side; leaders who "convened" met
  { text: 'President Biden spoke today with President Zelenskyy of Ukraine about the work of the United States and its allies to hold Russia accountable.',
    has: [['04', 'USA', 'UKR']], absent: [['04', 'USA', 'RUS']] },
  { text: 'Today the Quad Leaders – Prime Minister Scott Morrison of Australia, Prime Minister Narendra Modi of India, Prime Minister Fumio Kishida of Japan, and President Joe Biden of the United States – convened to reaffirm their commitment to a free and open Indo-Pacific.',
    meeting: ['AUS', 'IND', 'JPN', 'USA'] },
  // a trip told at the end of its sentence; who travels there is not from there
  { text: 'Chancellor Gordon Brown arrived in Kenya.', has: [['042', 'Gordon Brown', 'KEN']] },
  // who is represented at a meeting told without sides
  { text: 'CAIRO, March 2 - Representatives of nine African countries will meet here on March 11 to discuss the Chad political situation, Egypt\'s Minister of State for Foreign Affairs, Boutros Boutros Ghali, said. He said Egypt, Zambia, Uganda and Mali would be represented.',
    meeting: ['EGY', 'ZMB', 'UGA', 'MLI'], absent: [['04', 'Boutros Boutros Ghali', 'TCD']] },
  // leaders who "spoke regarding" something spoke together
  { text: 'Today, President Joseph R. Biden, Prime Minister Trudeau of Canada, President Emmanuel Macron of France and Prime Minister Rishi Sunak of the United Kingdom spoke regarding the ongoing conflict between Israel and Hamas.',
    meeting: ['USA', 'CAN', 'FRA', 'GBR'], absent: [['04', 'USA', 'ISR']] },
  // an owner's spokesman speaks for the owner, not as the owner; a name, its apposition, then the verb
  { text: 'Prime Minister Tony Blair met Silvio Berlusconi. Mr Blair\'s official spokesman said: "The prime minister has regular meetings with both of them."',
    quote: ['The prime minister has regular', "Blair's official spokesman"] },
  { text: 'Prince Harry should see for himself "the results of the hated symbol he chose to wear", Rabbi Marvin Hier, founder of the Simon Wiesenthal Center said.',
    quote: ['the results of the hated symbol', 'Marvin Hier'] },
  // a 1980s wire apostrophe written as a double mark closes no quote; a long subject before "said"
  { text: 'The big producers "want to have the ball only in their court and it isn"t fair," minority producer spokesman Luis Escalante of Costa Rica said.',
    quote: ['want to have the ball only', 'Luis Escalante'] },
  // "going to" do something is no trip
  { text: 'National Security Advisor Jake Sullivan said the United States is going to help defend Israel.', not: ['042'] },
  // the country after the city of a meeting is the place, not a side
  { text: 'National Security Advisor Jake Sullivan met with Prime Minister Mohammed Shia Al-Sudani of Iraq today in Davos, Switzerland.',
    has: [['04', 'Jake Sullivan', 'IRQ']], absent: [['04', 'Jake Sullivan', 'CHE']] },
];

const sides = (s: { people: string[]; countries: string[]; organizations: string[] }) => [...s.people, ...s.countries, ...s.organizations];

describe('event traps', () => {
  it.each(ROWS)('$text', (row) => {
    const e = extract({ title: 'T', body: row.text });
    const events = e.events.map((v) => `${v.code} [${sides(v.source)}] -> [${sides(v.target)}]`).join('; ');
    for (const [code, source, target] of row.has ?? []) {
      const found = e.events.some((v) => v.code.startsWith(code) && sides(v.source).includes(source) && !sides(v.target).includes(source)
        && (target === null || sides(v.target).includes(target)));
      expect(found, `${code} ${source} -> ${target}: ${events}`).toBe(true);
    }
    for (const [code, source, target] of row.absent ?? []) {
      const found = e.events.some((v) => v.code.startsWith(code) && sides(v.source).includes(source) && (target === null || sides(v.target).includes(target)));
      expect(found, `no ${code} ${source} -> ${target}: ${events}`).toBe(false);
    }
    if (row.meeting) {
      expect(e.events.some((v) => v.code.startsWith('04') && row.meeting!.every((x) => [...sides(v.source), ...sides(v.target)].includes(x))), events).toBe(true);
    }
    for (const code of row.not ?? []) expect(e.events.filter((v) => v.code.startsWith(code)), events).toEqual([]);
    if (row.quote) expect(e.quotes.find((q) => q.text.startsWith(row.quote![0]))?.speaker).toBe(row.quote[1]);
    if (row.agreement) {
      expect(e.agreements.map((a) => a.name).some((n) => n.includes(row.agreement!))).toBe(true);
      expect(e.agreements.every((a) => !a.parties.includes('USA') || row.text.includes('United States'))).toBe(true);
    }
  });
});

describe('visits and wrapped wire lines', () => {
  it('reads "the visit of" an official as a visit to the dateline\'s country, with a line opening "published"', () => {
    const body = 'PEKING, March 3 - China called on the United States to\nremove curbs on its exports.\n    The official newspaper today\npublished China\'s demands in an editorial to coincide with the\nvisit of U.S. Secretary of State George Shultz.';
    const e = extract({ title: 'CHINA CALLS FOR BETTER TRADE DEAL', body });
    expect(e.events.some((v) => v.code === '042' && v.source.people.includes('George Shultz') && v.target.countries.includes('CHN'))).toBe(true);
    expect(e.sentences.map((s) => s.text).join(' ')).toContain('published China\'s demands');
  });

  it('reads "Democratic Republic of Congo" without its article', () => {
    expect(extract({ title: 'T', body: 'The DNI travelled to Rwanda and Democratic Republic of Congo on 19-20 November.' }).countries.map((c) => c.code).sort()).toEqual(['COD', 'RWA']);
  });

  it('reads Gaza as the Palestinian territory', () => {
    expect(extract({ title: 'T', body: 'The leaders discussed the humanitarian crisis in Gaza.' }).countries.map((c) => c.code)).toEqual(['PSE']);
  });
});
