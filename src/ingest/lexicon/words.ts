// Capitalised words that are never part of a person's name: sentence openers, calendar words,
// places and institutions by their generic word, media and faiths. Lower case.
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `the a an he she it they we i you his her its their our my your this that these those there here
  and but or nor so yet if as when while after before since during amid among although though because
  mr mrs ms dr speaking asked addressing despite following according meanwhile separately earlier later
  also both neither either under without such many some several other another each every only even
  still now then thus instead indeed nevertheless nonetheless furthermore moreover further what where
  why how who whom which not no yes all any most more less few first second third last next new old
  in on at to from by for with of about over into through between against upon within across toward
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december today yesterday tomorrow
  house palace square street avenue road sea ocean river lake gulf strait bay island islands peninsula
  mountains mountain valley region province state states city county district republic kingdom empire
  north south east west northern southern eastern western central middle far near
  asia europe africa america americas oceania arctic antarctic pacific atlantic mediterranean balkans
  caucasus baltic gulf levant sahel scandinavia eurasia
  arab european asian african western islamic muslim christian jewish catholic orthodox communist
  republican republicans democrat democrats democratic labour conservative liberal socialist nationalist
  xinhua reuters ap afp tass ria novosti bbc cnn interfax kyodo yonhap itar sputnik cgtv cctv
  internet covid coronavirus olympics olympic god allah islam christmas ramadan easter twitter facebook
  youtube google apple brexit summit treaty agreement accord protocol memorandum declaration charter
  war cold world games cup day week year era century conference dialogue forum talks initiative
  road belt plan program programme project strategy doctrine operation exercise drills
  ministry committee commission council party army agency organization organisation union assembly
  parliament congress court bank fund front movement alliance league office department service
  institute corporation company group bureau authority guard forces navy association federation
  cabinet administration government embassy consulate mission corps command military defense defence
  foreign interior finance trade commerce security affairs economic national international
  people peoples people's supreme general staff joint chiefs political standing
  premier president vice prime minister ministers secretary chairman chairwoman chancellor king queen
  prince princess crown emir sultan sheikh emperor pope ayatollah leader spokesman spokeswoman
  spokesperson ambassador envoy senator sen rep governor mayor speaker commissioner director chief
  deputy admiral adm gen lt col maj capt colonel major captain commander marshal sergeant lieutenant
  mr mrs ms miss dr sir dame lord lady madam his her excellency majesty highness shri smt shrimati
  force nile
  breaking update exclusive analysis opinion editorial factbox timeline explainer live watch video
  photo photos read related more news press statement report reports
  fifth sixth seventh fourth eighth ninth tenth fleet brigade division regiment battalion base
  line control zone border valley castle schloss hotel centre center stadium airport port
  hall great wall gate tower bridge memorial cathedral church mosque temple museum park garden gardens
  says say will would could should agreed agrees warns warned urges slams vows backs rejects
  advisor adviser attorney counsel administrator economist coordinator assistant accountant analyst
  campaigner lawyer official officials representative representatives negotiator diplomat
  act acts law laws policy paper papers times crisis dam call plan fund rate notes board
  partnership partnerships innovation initiative wars gold retreat leaders exchequer shadow latin
  behind beyond beside besides unlike until inside outside around along alongside beneath towards via acting`.split(/\s+/).filter(Boolean),
);

/** Joining words inside names: "Ursula von der Leyen", "Abu Bakr al-Baghdadi", "Lula da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le',
  'bin', 'ibn', 'bint', 'al', 'el', 'ben', 'ter', 'zu',
]);

/** Pronouns that refer back to the last person named. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
