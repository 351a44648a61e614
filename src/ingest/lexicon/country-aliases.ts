// What no country dataset package gives: short forms, extra adjectives, historical states,
// CAMEO codes that differ from ISO, and geographic phrases that contain a country word but
// name no country. Keys are matched case-insensitively against capitalised words.

/** Historical states with the stable codes the project uses for them. */
export const HISTORICAL_STATES: Record<string, string> = {
  SUN: 'Soviet Union',
  YUG: 'Yugoslavia',
  CSK: 'Czechoslovakia',
  DDR: 'East Germany',
};

// "U.S.-Russian", "the UK", "Britain", "the Soviet Union", "Sino-Russian"
export const COUNTRY_ALIASES: Record<string, string> = {
  'u.s.': 'USA', 'u.s.a.': 'USA', us: 'USA', usa: 'USA', america: 'USA', 'united states': 'USA',
  uk: 'GBR', 'u.k.': 'GBR', britain: 'GBR', 'great britain': 'GBR', england: 'GBR',
  prc: 'CHN', 'mainland china': 'CHN', 'people\'s republic of china': 'CHN',
  'russian federation': 'RUS', dprk: 'PRK', rok: 'KOR', drc: 'COD', uae: 'ARE', holland: 'NLD',
  burma: 'MMR', 'ivory coast': 'CIV', 'czech republic': 'CZE', turkiye: 'TUR', türkiye: 'TUR',
  vatican: 'VAT', 'holy see': 'VAT', macedonia: 'MKD', swaziland: 'SWZ', 'east timor': 'TLS',
  kosovo: 'XKX', palestine: 'PSE', 'palestinian territories': 'PSE', gaza: 'PSE', 'gaza strip': 'PSE', persia: 'IRN', ceylon: 'LKA',
  zaire: 'COD', siam: 'THA', kampuchea: 'KHM', rhodesia: 'ZWE', 'west germany': 'DEU',
  'soviet union': 'SUN', ussr: 'SUN', 'u.s.s.r.': 'SUN', yugoslavia: 'YUG', czechoslovakia: 'CSK',
  'east germany': 'DDR', 'german democratic republic': 'DDR', gdr: 'DDR',
  'democratic republic of congo': 'COD', 'dr congo': 'COD', 'congo-kinshasa': 'COD', 'republic of congo': 'COG', 'congo-brazzaville': 'COG',
  'north korea': 'PRK', 'south korea': 'KOR', syria: 'SYR', laos: 'LAO', vietnam: 'VNM',
  'viet nam': 'VNM', iran: 'IRN', taiwan: 'TWN', moldova: 'MDA', tanzania: 'TZA', bolivia: 'BOL',
  venezuela: 'VEN', 'the netherlands': 'NLD', gambia: 'GMB', 'the gambia': 'GMB',
};

// "Sino-Russian", "a Saudi prince", "Soviet troops", "Kyrgyz officials"
export const COUNTRY_ADJECTIVES: Record<string, string> = {
  american: 'USA', 'u.s.': 'USA', british: 'GBR', sino: 'CHN', saudi: 'SAU',
  soviet: 'SUN', yugoslav: 'YUG', czechoslovak: 'CSK', 'east german': 'DDR', 'west german': 'DEU',
  palestinian: 'PSE', taiwanese: 'TWN', kosovar: 'XKX', kyrgyz: 'KGZ', tajik: 'TJK', uzbek: 'UZB',
  kazakh: 'KAZ', turkmen: 'TKM', philippine: 'PHL', filipino: 'PHL', argentinian: 'ARG',
  argentine: 'ARG', emirati: 'ARE', afghan: 'AFG', belarusian: 'BLR', belarussian: 'BLR',
  ukrainian: 'UKR', 'north korean': 'PRK', 'south korean': 'KOR', 'new zealand': 'NZL',
  dutch: 'NLD', swiss: 'CHE', czech: 'CZE', slovak: 'SVK', slovenian: 'SVN', bosnian: 'BIH',
  'sri lankan': 'LKA', congolese: 'COD', dominican: 'DOM', indian: 'IND', french: 'FRA',
  norwegian: 'NOR', russo: 'RUS', indo: 'IND', franco: 'FRA', anglo: 'GBR', burmese: 'MMR',
  myanmar: 'MMR', azeri: 'AZE', iranian: 'IRN', israeli: 'ISR', syrian: 'SYR', lao: 'LAO',
  vietnamese: 'VNM', chinese: 'CHN', russian: 'RUS', german: 'DEU', japanese: 'JPN',
  'greek cypriot': 'CYP', 'greek cypriots': 'CYP', 'turkish cypriot': 'CYP', 'turkish cypriots': 'CYP',
};

/** Capitals that stand for a body of states, not for their own country ("closer relations with
 * Brussels" is the EU). */
export const CAPITALS_OF_BODIES: ReadonlySet<string> = new Set(['brussels']);

// "Latin American", "the Middle East", "South China Sea": contain a country word, name none.
export const NOT_COUNTRIES: readonly string[] = [
  'latin america', 'latin american', 'south america', 'south american', 'north america',
  'north american', 'central america', 'central american', 'native american', 'african american',
  'indian ocean', 'south china sea', 'east china sea', 'korean peninsula', 'korean war',
  'persian gulf', 'arabian sea', 'arabian peninsula', 'new mexico', 'new guinea', 'new england', 'new jersey',
  'washington post', 'washington times', 'guinea pig', 'turkey sandwich', 'china sea',
  'chinese new year', 'russian orthodox', 'russian orthodox church', 'american samoa',
  'the west bank', 'west bank', 'british columbia', 'west indies', 'east indies', 'indian premier',
  'indo-pacific', 'indo pacific', 'uruguay round', 'doha round', 'tokyo round', 'kennedy round',
];

/** CAMEO actor codes that are not the ISO alpha-3 of the same country. */
export const CAMEO_TO_ISO: Record<string, string> = {
  ROM: 'ROU', TMP: 'TLS', IMY: 'IMN', MTN: 'MNE', ZAR: 'COD',
};

/** Capitals that spoke for another state before a date: Moscow for the Soviet Union until its end. */
export const CAPITAL_ERAS: readonly { code: string; until: string; then: string }[] = [
  { code: 'RUS', until: '1991-12-26', then: 'SUN' },
];
