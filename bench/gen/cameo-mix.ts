// Which kinds of events generated news reports, and the sentences that report them. Root codes
// are weighted by their share of a real GDELT 2.0 export (the 100-row sample in
// /work/shared/reference/gdelt/events.csv: 04 Consult 43, 01 Statement 11, 02/03/05 7 each,
// 07 Aid 6, 11 Disapprove 5, 08/12/19 4 each, 17 Coerce 2). Roots that sample lacks get weight 1
// so every quad class appears; 20 (mass violence) stays out, as rare in diplomatic news as there.

export interface Cast {
  /** How this sentence names the source and target officials: "Russian Foreign Minister Sergei Lavrov" or "Lavrov". */
  a: string;
  b: string;
  x: { name: string; adjective: string; capital: string };
  y: { name: string; adjective: string; capital: string };
  place: string;
  /** "on Tuesday", or "" when the sentence gives no day. */
  when: string;
  topic: string;
}

export interface EventTemplate {
  /** The CAMEO code the sentence reports. */
  code: string;
  /** Whether the target official appears (else only the target country). */
  namesB: boolean;
  text: (c: Cast) => string;
}

const t = (code: string, namesB: boolean, text: (c: Cast) => string): EventTemplate => ({ code, namesB, text });
const when = (c: Cast) => (c.when ? ` ${c.when}` : '');

export const ROOT_WEIGHTS: readonly (readonly [string, number])[] = [
  ['01', 11], ['02', 7], ['03', 7], ['04', 43], ['05', 7], ['06', 1], ['07', 6], ['08', 4], ['09', 1], ['10', 1],
  ['11', 5], ['12', 4], ['13', 1], ['14', 1], ['15', 1], ['16', 1], ['17', 2], ['18', 1], ['19', 4],
];

export const TEMPLATES: Readonly<Record<string, readonly EventTemplate[]>> = {
  '01': [
    t('012', false, (c) => `${c.a} expressed concern over the growing tension with ${c.y.name}${when(c)}.`),
    t('013', false, (c) => `${c.a} expressed optimism about relations with ${c.y.name}${when(c)}.`),
  ],
  '02': [
    t('026', false, (c) => `${c.a} urged ${c.y.name} to return to negotiations${when(c)}.`),
    t('027', false, (c) => `${c.a} called on ${c.y.name} to show restraint and seek a peaceful settlement.`),
  ],
  '03': [t('030', true, (c) => `${c.a} and ${c.b} agreed to strengthen cooperation on ${c.topic}${when(c)}.`)],
  '04': [
    t('040', true, (c) => `${c.a} met ${c.b} in ${c.place}${when(c)}.`),
    t('042', false, (c) => `${c.a} paid an official visit to ${c.y.name}${when(c)}.`),
    t('043', true, (c) => `${c.a} hosted ${c.b} in ${c.place}${when(c)}.`),
    t('041', true, (c) => `${c.a} spoke by phone with ${c.b}${when(c)}.`),
    t('040', true, (c) => `${c.a} held talks with ${c.b} in ${c.place}${when(c)}.`),
  ],
  '05': [
    t('051', false, (c) => `${c.a} praised the role of ${c.y.name} in the region${when(c)}.`),
    t('057', true, (c) => `${c.a} and ${c.b} signed an agreement on ${c.topic}${when(c)}.`),
  ],
  '06': [t('062', false, (c) => `${c.a} said ${c.x.name} and ${c.y.name} would hold joint military exercises next month.`)],
  '07': [
    t('073', false, (c) => `${c.a} said ${c.x.name} had provided $40 million in humanitarian aid to ${c.y.name}.`),
    t('071', false, (c) => `${c.a} said ${c.x.name} had granted a $2 billion loan to ${c.y.name}.`),
  ],
  '08': [
    t('085', false, (c) => `${c.a} announced that ${c.x.name} had eased sanctions on ${c.y.name}${when(c)}.`),
    t('084', false, (c) => `${c.a} said ${c.x.name} had released prisoners held on charges linked to ${c.y.name}.`),
  ],
  '09': [t('090', false, (c) => `${c.a} said ${c.x.name} would investigate the border incident with ${c.y.name}.`)],
  '10': [t('106', false, (c) => `${c.a} demanded that ${c.y.name} withdraw its forces from the border${when(c)}.`)],
  '11': [
    t('111', false, (c) => `${c.a} condemned the missile tests carried out by ${c.y.name}${when(c)}.`),
    t('112', false, (c) => `${c.a} accused ${c.y.name} of interfering in the internal affairs of ${c.x.name}.`),
  ],
  '12': [t('120', false, (c) => `${c.a} rejected the proposal put forward by ${c.y.name}${when(c)}.`)],
  '13': [t('1312', false, (c) => `${c.a} threatened new sanctions against ${c.y.name}${when(c)}.`)],
  '14': [t('141', false, (c) => `Protesters rallied outside the ${c.y.adjective} embassy in ${c.x.capital}${when(c)}, ${c.a} said.`)],
  '15': [t('154', false, (c) => `${c.a} said ${c.x.name} had deployed troops near the border with ${c.y.name}.`)],
  '16': [t('166', false, (c) => `${c.a} said ${c.x.name} had expelled four ${c.y.adjective} diplomats${when(c)}.`)],
  '17': [t('173', false, (c) => `${c.a} said ${c.x.adjective} police had arrested two ${c.y.adjective} nationals${when(c)}.`)],
  '18': [t('183', false, (c) => `${c.a} said a car bombing near the ${c.y.adjective} embassy in ${c.x.capital} had killed three people.`)],
  '19': [t('194', false, (c) => `${c.a} said ${c.x.adjective} artillery had shelled ${c.y.adjective} army positions${when(c)}.`)],
};
