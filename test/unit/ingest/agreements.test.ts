// How an agreement is read off a sentence of real copy: what names it, who its parties are and
// what its status is. Each case is one pattern of wire copy, readouts or joint statements.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/ingest/index.js';

type Status = 'signed' | 'pledged' | 'proposed';
interface Case {
  name: string;
  body: string;
  /** Agreements that must be there: status and parties it holds (at least). */
  has?: [Status, string[]][];
  /** No agreement at all. */
  none?: boolean;
  /** No agreement holds this party. */
  notParty?: string;
  /** An agreement has this name. */
  named?: string;
}

const MEETING = 'U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg in Frankfurt on Monday.';

const CASES: Case[] = [
  { name: 'an arrangement agreed by a body is no deal; an outlet words were said on is no party',
    body: 'CAIRO, March 2 - Representatives of nine African countries will meet here on March 11. The meeting and venue had been agreed by the Organisation of African Unity (OAU). Chief U.S. Arms control negotiator Max Kampelman said on the NBC television network a fair pact with the Soviet Union would be hard to negotiate.',
    notParty: 'NBC' },
  { name: 'a body\'s communiqué, accented, is its own text',
    body: 'Finance ministers met in London. "This is the first time there has been a mention of the use of gold in a G7 communiqué for achieving debt relief," said Chancellor Gordon Brown.',
    has: [['signed', ['G7']]] },
  { name: 'a state\'s own program is no deal',
    body: 'National Security Advisor Jake Sullivan met Israeli Minister Ron Dermer at the White House. The officials reviewed advances in Iran\'s nuclear program. More than 10,000 U.S. and Israeli citizens have joined exchange programs.',
    none: true },
  { name: 'a lender\'s program and a funding program are deals',
    body: 'Turkish Economy Minister Ali Babacan met IMF Managing Director Rodrigo de Rato in Ankara. Babacan said the two sides reached agreement on a new three-year funding program. Egypt will carry out its International Monetary Fund program.',
    has: [['signed', ['International Monetary Fund', 'TUR']], ['signed', ['EGY', 'International Monetary Fund']]] },
  { name: 'a program of cooperation between two states is a deal',
    body: 'President Joe Biden met President Ferdinand Marcos of the Philippines at the White House. The United States and the Philippines will pursue a program of cooperation on wind and solar energy.',
    has: [['signed', ['PHL', 'USA']]] },
  { name: 'the founding charter of an international body is no deal of the meeting\'s sides',
    body: 'President Joe Biden met President Kassym-Jomart Tokayev of Kazakhstan in New York. During the meeting, the two reaffirmed the commitment of the United States and Kazakhstan to support the principles of the UN Charter, including sovereignty.',
    notParty: 'UN', has: [['pledged', ['KAZ', 'USA']]] },
  { name: 'an abbreviation does not cut what was pledged short',
    body: 'Vice President Kamala Harris met President Ferdinand Marcos of the Philippines in Manila. She reaffirmed the ironclad U.S. commitment to the defense of the Philippines.',
    named: 'the ironclad U.S. commitment to the defense of the Philippines' },
  { name: 'what was agreed is cut at ten words, not on a word that leads on',
    body: 'Prime Minister Fumio Kishida of Japan met President Joe Biden at the White House. The leaders agreed to continue their support for Ukraine for as long as it takes.',
    named: 'continue their support for Ukraine' },
  { name: 'a settlement to discuss is not made',
    body: 'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. The presidents agreed to meet in Moscow to discuss the Syrian settlement.',
    has: [['proposed', ['RUS', 'TUR']], ['pledged', ['RUS', 'TUR']]] },
  { name: 'a dated agreement was made in its year, even when it is to be discussed',
    body: 'Senior officials from the United States and the United Kingdom met at the White House to discuss progress on the June 2023 Atlantic Declaration for a Twenty-First Century U.S.-UK Economic Partnership.',
    has: [['signed', ['GBR', 'USA']]],
    named: 'June 2023 Atlantic Declaration for a Twenty-First Century U.S.-UK Economic Partnership' },
  { name: 'a participle after a noun tells of a deal made before',
    body: `${MEETING} Baker and Stoltenberg agreed to pursue the policies agreed under the Louvre pact.`,
    has: [['signed', ['DEU', 'USA']], ['pledged', ['DEU', 'USA']]] },
  { name: 'points agreed between two leaders',
    body: 'British Prime Minister Margaret Thatcher has backed U.S. President Ronald Reagan. The policy rests on four points agreed between Thatcher and Reagan in December 1984.',
    has: [['signed', ['GBR', 'USA']]] },
  { name: 'an agreed summary is a text of the meeting\'s sides',
    body: 'Japanese Trade Minister Hajime Tamura met U.S. Trade Representative Clayton Yeutter in Tokyo on Sunday. Tamura read out an agreed summary of the joint talks.',
    has: [['signed', ['JPN', 'USA']]] },
  { name: 'agreeing with what someone said is no deal',
    body: 'Canadian Trade Minister Pat Carney also agreed: "We are meeting in a time of great trade tension." Officials from the Bank of Japan and the U.S. Treasury agreed in interviews.',
    none: true },
  { name: 'a summit expected to agree is a proposal',
    body: 'British Prime Minister Tony Blair met French President Jacques Chirac in Paris. The two leaders are expected to agree changes to asylum rules.',
    has: [['proposed', ['FRA', 'GBR']]] },
  { name: 'a willingness offered is a proposal',
    body: 'National Security Advisor Jake Sullivan met Mexican Foreign Secretary Alicia Barcena in Mexico City. Sullivan reaffirmed U.S. willingness to ease sanctions on Venezuela.',
    has: [['proposed', ['USA']]] },
  { name: 'two countries close to a deal have not made it',
    body: 'Canadian Prime Minister Brian Mulroney met U.S. President Ronald Reagan in Ottawa. Published reports say the two countries are close to reaching a trade deal.',
    has: [['proposed', ['CAN', 'USA']]] },
  { name: 'a deal spoken of with a modal is not made',
    body: 'Brazilian Finance Minister Dilson Funaro met British Chancellor Nigel Lawson in London. Lawson added an accord between Brazil and the International Monetary Fund could be a very helpful support.',
    has: [['proposed', ['BRA', 'International Monetary Fund']]] },
  { name: 'a deal the sides failed to reach is still sought',
    body: 'The foreign ministers of Colombia and Venezuela met in Cartagena on Wednesday but failed to reach an agreement.',
    has: [['proposed', ['COL', 'VEN']]] },
  { name: 'a treaty asked about is not in force',
    body: 'The referendum question is: "Should the United Kingdom approve the Treaty establishing a Constitution for the European Union?"',
    has: [['proposed', ['GBR', 'European Union']]] },
  { name: 'a named partnership launched is an agreement of the states in its name',
    body: 'President Biden met President Lula of Brazil in New York. The two leaders discussed the launch of the Partnership for Workers’ Rights, the first joint U.S.-Brazil global initiative.',
    has: [['signed', ['BRA', 'USA']]] },
  { name: 'a programme only mentioned is no agreement',
    body: 'The two ministers discussed trade throughout the Americas via the Americas Partnership for Economic Prosperity.',
    none: true },
  { name: 'an agreement between a group including two states holds all three',
    body: 'The Louvre pact is an agreement between the Group of Seven leading industrial countries including the United States and West Germany to promote currency stability.',
    has: [['signed', ['DEU', 'Group of Seven', 'USA']]] },
  { name: 'the accord a pledge is made under is the pledging sides\'',
    body: 'Baker had said that West Germany was breaching the Louvre accord. Under the accord, the United States, West Germany and Japan pledged to coordinate economic policies.',
    has: [['signed', ['DEU', 'JPN', 'USA']], ['pledged', ['DEU', 'JPN', 'USA']]] },
  { name: 'a city in a body\'s name is not a party',
    body: 'Nigeria reached an agreement with the Paris Club of creditor governments in December. The Paris Club agreement was for a rescheduling of debt.',
    notParty: 'FRA' },
  { name: 'a body named only in the agreement\'s name is no deal of its own',
    body: 'Facts show that an IMF agreement is only a weak signal for the beginning of another discussion.',
    none: true },
  { name: 'an affirmed support is a pledge',
    body: 'National Security Advisor Jake Sullivan met President Abdel Fattah El-Sisi of Egypt in Cairo. He strongly affirmed U.S. support for Egypt’s water security.',
    has: [['pledged', ['EGY', 'USA']]] },
  { name: 'a predicate after a semicolon has the sentence\'s subject',
    body: 'President Biden met Prime Minister Anthony Albanese of Australia in San Diego. They also discussed cooperation through the Quad; reaffirmed their shared commitment to ASEAN centrality; and resolved to confront climate change.',
    has: [['pledged', ['ASEAN', 'AUS', 'USA']]] },
  { name: 'a word of a body\'s name is no agreement',
    body: 'Viktor Yushchenko met US President George W Bush and other North Atlantic Treaty Organisation leaders in Brussels.',
    none: true },
  { name: 'a promise to sign is a pledge',
    body: 'Under the deal with the European Union, Turkey must issue a statement promising to sign an accord with the EU on customs.',
    has: [['pledged', ['TUR']]] },
  { name: 'a body\'s deal told by a state\'s official is with that state',
    body: 'Argentina\'s Economy Minister Juan Sourrouille reminded the committee that the IMF last February approved a 1.3 billion dlr stand-by loan.',
    has: [['signed', ['ARG', 'IMF']]] },
  { name: '"the government" is the article\'s state',
    body: 'Argentina has long quarrelled with water firm Aguas Argentinas. On May 2004, Aguas Argentinas and the government signed an agreement to renegotiate its water contract.',
    has: [['signed', ['ARG', 'Aguas Argentinas']]] },
  { name: 'a partnership the leaders discussed the launch of is theirs',
    body: 'Vice President Kamala Harris spoke today with Prime Minister Andrew Holness of Jamaica. They discussed progress, including through four summits the Vice President hosted and the launch of the U.S.-Caribbean Partnership to Address the Climate Crisis 2030.',
    has: [['signed', ['JAM', 'USA']]] },
  { name: '"as well as" goes on with the same clause',
    body: 'Mr. Sullivan expressed the United States’ strong support for Egypt’s reform agenda, as well as for the International Monetary Fund program that will underpin it.',
    has: [['signed', ['EGY', 'International Monetary Fund', 'USA']]] },
  { name: 'a budget rebate is an arrangement between its parties',
    body: 'French President Jacques Chirac has called the UK\'s £3bn rebate from the European Union unjustified.',
    has: [['signed', ['European Union', 'GBR']]] },
  { name: 'normalization of relations is an agreement',
    body: 'The President underlined the strategic importance of the normalization of relations between the United Arab Emirates and Israel.',
    has: [['signed', ['ARE', 'ISR']]] },
];

describe('agreements on real patterns', () => {
  it.each(CASES)('$name', (c) => {
    const e = extract({ title: 'T', body: c.body });
    const got = e.agreements.map((a) => `${a.status} [${a.parties.join(',')}] ${a.name}`).join('; ');
    if (c.none) expect(e.agreements, got).toEqual([]);
    for (const [status, parties] of c.has ?? []) {
      expect(e.agreements.some((a) => a.status === status && parties.every((p) => a.parties.includes(p))), `${status} ${parties}: ${got}`).toBe(true);
    }
    if (c.named) expect(e.agreements.map((a) => a.name), got).toContain(c.named);
    if (c.notParty) {
      expect(e.agreements.length, got).toBeGreaterThan(0);
      expect(e.agreements.every((a) => !a.parties.includes(c.notParty!)), got).toBe(true);
    }
  });

  it('takes a joint statement\'s parties from the states its headline names', () => {
    const e = extract({ title: 'Joint Statement from the United States, Egypt, and Qatar', body: 'Over the last 48 hours in Doha, senior officials from our governments have engaged in intensive talks. We are committed to concluding the deal.' });
    expect(e.agreements.find((a) => a.name.startsWith('Joint Statement'))?.parties).toEqual(['EGY', 'QAT', 'USA']);
    expect(e.agreements.find((a) => a.status === 'pledged')?.parties).toEqual(['EGY', 'QAT', 'USA']);
  });

  it('reads "the IMF\'s managing director" as the International Monetary Fund', () => {
    const e = extract({ title: 'T', body: 'Turkey agreed a loan with the International Monetary Fund. Rodrigo de Rato, the IMF\'s managing director, said the loan agreement would help.' });
    expect(e.organizations.map((o) => o.name)).toEqual(['International Monetary Fund']);
  });
});
