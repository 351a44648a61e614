// FIPS 10-4 country codes (what GDELT's *Geo_CountryCode columns hold) -> ISO 3166-1 alpha-3.
// Data, not code: the `fips` and `ISO3` columns of GDELT's lookup_countryInfo.txt (GeoNames).
// The two systems disagree on many pairs ("AS" is Australia in FIPS, American Samoa in ISO;
// "CH" China, not Switzerland), so the geo codes must never go through an ISO-2 lookup.
export const FIPS_TO_ISO3: Readonly<Record<string, string>> = {
  AN:'AND', AE:'ARE', AF:'AFG', AC:'ATG', AV:'AIA', AL:'ALB', AM:'ARM', AO:'AGO', AY:'ATA', AR:'ARG', AQ:'ASM',
  AU:'AUT', AS:'AUS', AA:'ABW', AJ:'AZE', BK:'BIH', BB:'BRB', BG:'BGD', BE:'BEL', UV:'BFA', BU:'BGR', BA:'BHR',
  BY:'BDI', BN:'BEN', TB:'BLM', BD:'BMU', BX:'BRN', BL:'BOL', BR:'BRA', BF:'BHS', BT:'BTN', BV:'BVT', BC:'BWA',
  BO:'BLR', BH:'BLZ', CA:'CAN', CK:'CCK', CG:'COD', CT:'CAF', CF:'COG', SZ:'CHE', IV:'CIV', CW:'COK', CI:'CHL',
  CM:'CMR', CH:'CHN', CO:'COL', CS:'CRI', CU:'CUB', CV:'CPV', UC:'CUW', KT:'CXR', CY:'CYP', EZ:'CZE', GM:'DEU',
  DJ:'DJI', DA:'DNK', DO:'DMA', DR:'DOM', AG:'DZA', EC:'ECU', EN:'EST', EG:'EGY', WI:'ESH', ER:'ERI', SP:'ESP',
  ET:'ETH', FI:'FIN', FJ:'FJI', FK:'FLK', FM:'FSM', FO:'FRO', FR:'FRA', GB:'GAB', UK:'GBR', GJ:'GRD', GG:'GEO',
  FG:'GUF', GK:'GGY', GH:'GHA', GI:'GIB', GL:'GRL', GA:'GMB', GV:'GIN', GP:'GLP', EK:'GNQ', GR:'GRC', SX:'SGS',
  GT:'GTM', GQ:'GUM', PU:'GNB', GY:'GUY', HK:'HKG', HM:'HMD', HO:'HND', HR:'HRV', HA:'HTI', HU:'HUN', ID:'IDN',
  EI:'IRL', IS:'ISR', IM:'IMN', IN:'IND', IO:'IOT', IZ:'IRQ', IR:'IRN', IC:'ISL', IT:'ITA', JE:'JEY', JM:'JAM',
  JO:'JOR', JA:'JPN', KE:'KEN', KG:'KGZ', CB:'KHM', KR:'KIR', CN:'COM', SC:'KNA', KN:'PRK', KS:'KOR', KV:'XKX',
  KU:'KWT', CJ:'CYM', KZ:'KAZ', LA:'LAO', LE:'LBN', ST:'LCA', LS:'LIE', CE:'LKA', LI:'LBR', LT:'LSO', LH:'LTU',
  LU:'LUX', LG:'LVA', LY:'LBY', MO:'MAR', MN:'MCO', MD:'MDA', MJ:'MNE', RN:'MAF', MA:'MDG', RM:'MHL', MK:'MKD',
  ML:'MLI', BM:'MMR', MG:'MNG', MC:'MAC', CQ:'MNP', MB:'MTQ', MR:'MRT', MH:'MSR', MT:'MLT', MP:'MUS', MV:'MDV',
  MI:'MWI', MX:'MEX', MY:'MYS', MZ:'MOZ', WA:'NAM', NC:'NCL', NG:'NER', NF:'NFK', NI:'NGA', NU:'NIC', NL:'NLD',
  NO:'NOR', NP:'NPL', NR:'NRU', NE:'NIU', NZ:'NZL', MU:'OMN', PM:'PAN', PE:'PER', FP:'PYF', PP:'PNG', RP:'PHL',
  PK:'PAK', PL:'POL', SB:'SPM', PC:'PCN', RQ:'PRI', WE:'PSE', PO:'PRT', PS:'PLW', PA:'PRY', QA:'QAT', RE:'REU',
  RO:'ROU', RI:'SRB', RS:'RUS', RW:'RWA', SA:'SAU', BP:'SLB', SE:'SYC', SU:'SDN', OD:'SSD', SW:'SWE', SN:'SGP',
  SH:'SHN', SI:'SVN', SV:'SJM', LO:'SVK', SL:'SLE', SM:'SMR', SG:'SEN', SO:'SOM', NS:'SUR', TP:'STP', ES:'SLV',
  NN:'SXM', SY:'SYR', WZ:'SWZ', TK:'TCA', CD:'TCD', FS:'ATF', TO:'TGO', TH:'THA', TI:'TJK', TL:'TKL', TT:'TLS',
  TX:'TKM', TS:'TUN', TN:'TON', TU:'TUR', TD:'TTO', TV:'TUV', TW:'TWN', TZ:'TZA', UP:'UKR', UG:'UGA', US:'USA',
  UY:'URY', UZ:'UZB', VT:'VAT', VC:'VCT', VE:'VEN', VI:'VGB', VQ:'VIR', VM:'VNM', NH:'VUT', WF:'WLF', WS:'WSM',
  YM:'YEM', MF:'MYT', SF:'ZAF', ZA:'ZMB', ZI:'ZWE', YI:'SCG', NT:'ANT',
};
