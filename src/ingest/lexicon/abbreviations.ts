// Words that end with a period without ending the sentence: "Mr. Straw", "Gen. Milley",
// "Oct. 17", "No. 2". Lower case, without the period.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'gov', 'sen', 'rep', 'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'amb', 'pres', 'sec', 'gens', 'brig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'approx', 'est', 'dept', 'univ', 'vol', 'fig',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'a.m', 'p.m', 'i.e', 'e.g', 'd.c', 'n.y', 'ph.d',
]);

// "... in the U.S. The talks ...": after these, a new sentence does start.
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'But', 'This', 'That', 'A', 'An', 'On', 'At',
  'His', 'Her', 'Their', 'Its', 'There', 'And', 'However', 'Meanwhile', 'Earlier', 'Later',
]);
