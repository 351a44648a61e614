// Offices people hold, as written in wire copy, lower case. Each maps to the canonical title
// and, where the office implies one, the organization it belongs to. Longer phrases win:
// "foreign ministry spokesman" before "spokesman".
export interface TitleEntry {
  title: string;
  organization?: string;
}

const MINISTRIES: Record<string, string> = {
  foreign: 'Ministry of Foreign Affairs', defense: 'Ministry of Defense', defence: 'Ministry of Defense',
  interior: 'Ministry of Interior', finance: 'Ministry of Finance', trade: 'Ministry of Commerce',
  commerce: 'Ministry of Commerce', economy: 'Ministry of Economy', energy: 'Ministry of Energy',
  justice: 'Ministry of Justice', health: 'Ministry of Health', education: 'Ministry of Education',
  oil: 'Ministry of Oil', agriculture: 'Ministry of Agriculture', culture: 'Ministry of Culture',
  information: 'Ministry of Information', intelligence: 'Ministry of Intelligence',
  'home': 'Home Office', 'foreign affairs': 'Ministry of Foreign Affairs',
  'external affairs': 'Ministry of External Affairs',
};

const PLAIN: Record<string, string> = {
  president: 'President', 'vice president': 'Vice President', 'vice-president': 'Vice President',
  'prime minister': 'Prime Minister', premier: 'Premier', 'vice premier': 'Vice Premier',
  'deputy prime minister': 'Deputy Prime Minister', 'first deputy prime minister': 'First Deputy Prime Minister',
  chancellor: 'Chancellor', 'vice chancellor': 'Vice Chancellor', king: 'King', queen: 'Queen',
  prince: 'Prince', 'crown prince': 'Crown Prince', emir: 'Emir', amir: 'Emir', sultan: 'Sultan',
  sheikh: 'Sheikh', rabbi: 'Rabbi', imam: 'Imam', cardinal: 'Cardinal', archbishop: 'Archbishop', bishop: 'Bishop', emperor: 'Emperor', pope: 'Pope', ayatollah: 'Ayatollah', 'supreme leader': 'Supreme Leader',
  leader: 'Leader', 'opposition leader': 'Opposition Leader', chairman: 'Chairman', chairwoman: 'Chairwoman',
  chair: 'Chair', 'vice chairman': 'Vice Chairman', 'vice-chairman': 'Vice Chairman',
  'general secretary': 'General Secretary', 'secretary general': 'Secretary-General',
  'secretary-general': 'Secretary-General', 'deputy secretary-general': 'Deputy Secretary-General',
  'secretary of state': 'Secretary of State', 'deputy secretary of state': 'Deputy Secretary of State',
  'assistant secretary of state': 'Assistant Secretary of State', 'under secretary': 'Under Secretary',
  'defense secretary': 'Defense Secretary', 'defence secretary': 'Defence Secretary',
  'foreign secretary': 'Foreign Secretary', 'home secretary': 'Home Secretary',
  'treasury secretary': 'Treasury Secretary', 'commerce secretary': 'Commerce Secretary',
  'press secretary': 'Press Secretary', 'national security adviser': 'National Security Adviser',
  'national security advisor': 'National Security Adviser', 'state councilor': 'State Councilor',
  'state councillor': 'State Councilor', ambassador: 'Ambassador', envoy: 'Envoy',
  'special envoy': 'Special Envoy', 'special representative': 'Special Representative',
  'high representative': 'High Representative', representative: 'Representative',
  spokesman: 'Spokesman', spokeswoman: 'Spokeswoman', spokesperson: 'Spokesperson',
  senator: 'Senator', sen: 'Senator', congressman: 'Congressman', congresswoman: 'Congresswoman',
  rep: 'Representative', governor: 'Governor', gov: 'Governor', 'lieutenant governor': 'Lieutenant Governor',
  'lt. gov': 'Lieutenant Governor', 'lt. governor': 'Lieutenant Governor', 'president-elect': 'President-elect',
  'prime minister-elect': 'Prime Minister-elect', delegate: 'Delegate', assemblywoman: 'Assemblywoman',
  assemblyman: 'Assemblyman', assemblymember: 'Assemblymember', 'state senator': 'State Senator', 'state representative': 'State Representative', mayor: 'Mayor', speaker: 'Speaker',
  commissioner: 'Commissioner', director: 'Director', 'director general': 'Director-General',
  'director-general': 'Director-General', chief: 'Chief', head: 'Head', minister: 'Minister',
  'deputy minister': 'Deputy Minister', 'vice minister': 'Vice Minister', 'vice foreign minister': 'Vice Foreign Minister',
  'deputy foreign minister': 'Deputy Foreign Minister', 'first deputy foreign minister': 'First Deputy Foreign Minister',
  general: 'General', gen: 'General', 'lieutenant general': 'Lieutenant General', 'lt. gen': 'Lieutenant General',
  'major general': 'Major General', 'maj. gen': 'Major General', admiral: 'Admiral', adm: 'Admiral',
  'vice admiral': 'Vice Admiral', 'rear admiral': 'Rear Admiral', marshal: 'Marshal', colonel: 'Colonel',
  col: 'Colonel', 'lt. col': 'Lieutenant Colonel', 'chief of staff': 'Chief of Staff',
  'chief of general staff': 'Chief of General Staff', 'chief of the general staff': 'Chief of the General Staff',
  'army chief': 'Army Chief', 'military chief': 'Military Chief', commander: 'Commander',
  'commander-in-chief': 'Commander-in-Chief', member: 'member', 'party chief': 'Party Chief',
  'party secretary': 'Party Secretary', 'attorney general': 'Attorney General', lawmaker: 'Lawmaker',
  diplomat: 'Diplomat', 'top diplomat': 'Top Diplomat', 'chief negotiator': 'Chief Negotiator',
  negotiator: 'Negotiator', 'deputy chairman': 'Deputy Chairman', 'first secretary': 'First Secretary',
  'head of state': 'Head of State', 'head of government': 'Head of Government', monarch: 'Monarch',
  'chief executive': 'Chief Executive', 'foreign policy chief': 'Foreign Policy Chief',
  'ministry spokesman': 'Spokesman', 'ministry spokeswoman': 'Spokeswoman', secretary: 'Secretary',
  counterpart: 'Counterpart', 'high commissioner': 'High Commissioner', officer: 'Officer',
  'intelligence officer': 'Intelligence Officer', chairperson: 'Chairperson', 'co-chair': 'Co-Chair',
  'co-chairman': 'Co-Chairman', advisor: 'Advisor', adviser: 'Adviser', administrator: 'Administrator',
  counsel: 'Counsel', assistant: 'Assistant', economist: 'Economist', 'chief economist': 'Chief Economist',
  lawyer: 'Lawyer', partner: 'Partner', accountant: 'Accountant', campaigner: 'Campaigner',
  coordinator: 'Coordinator', analyst: 'Analyst', strategist: 'Strategist', aide: 'Aide',
  'managing director': 'Managing Director', 'trade representative': 'Trade Representative',
  'principal secretary': 'Principal Secretary', 'permanent secretary': 'Permanent Secretary', 'national security advisor to the president': 'National Security Adviser',
};

function build(): Map<string, TitleEntry> {
  const map = new Map<string, TitleEntry>();
  for (const [phrase, title] of Object.entries(PLAIN)) map.set(phrase, { title });
  for (const [area, organization] of Object.entries(MINISTRIES)) {
    const Area = area.replace(/(^|\s)\w/g, (c) => c.toUpperCase());
    map.set(`${area} minister`, { title: `${Area} Minister`, organization });
    map.set(`minister of ${area}`, { title: `${Area} Minister`, organization });
    map.set(`deputy ${area} minister`, { title: `Deputy ${Area} Minister`, organization });
    map.set(`${area} ministry spokesman`, { title: 'Spokesman', organization });
    map.set(`${area} ministry spokeswoman`, { title: 'Spokeswoman', organization });
    map.set(`${area} ministry spokesperson`, { title: 'Spokesperson', organization });
  }
  map.set('minister of foreign affairs', { title: 'Foreign Minister', organization: 'Ministry of Foreign Affairs' });
  map.set('secretary of defense', { title: 'Defense Secretary', organization: 'Department of Defense' });
  map.set('defense secretary', { title: 'Defense Secretary', organization: 'Department of Defense' });
  map.set('secretary of state', { title: 'Secretary of State', organization: 'Department of State' });
  map.set('foreign secretary', { title: 'Foreign Secretary', organization: 'Foreign Office' });
  return map;
}

export const TITLES: ReadonlyMap<string, TitleEntry> = build();

/** Title phrases, longest first, escaped for a regex alternation. */
export const TITLE_ALTERNATION = [...TITLES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');

/** Honorifics before a name: "Mr Straw", "Ms. Merkel". They are aliases, not titles. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'm', 'herr', 'frau',
]);

/** Forms of address that stand between a title and a name ("Emir Sheikh Sabah", "the President
 * of Ghana, H.E. Mr. John Dramani Mahama", "Supreme Leader Ayatollah Ali Khamenei"). */
export const NAME_PREFIXES = /(?:^|\s)(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|His\s+Majesty|His\s+Highness|Sheikh|Shaikh|Sheikha|Shri|Smt\.?|Shrimati|Ayatollah|Grand\s+Ayatollah|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame)\s*$/;
