// Event triggers: the words that report an event, each with its CAMEO code. Within one
// sentence the earliest trigger wins at a position, and earlier rows win over later ones, so
// specific phrasings come first. Patterns are matched case-insensitively, without captures.
export interface Trigger {
  code: string;
  pattern: string;
  /** Both sides act alike (meet, talk, agree): a subject "A and B" is split into A and B. */
  symmetric?: boolean;
  /** Refine an 03 intent by what is to be strengthened ("military cooperation" -> 0312). */
  intent?: boolean;
  /** A meeting, coded 040/042/043/044 by where it happened. */
  meeting?: boolean;
  /** A visit: the visited country is the target, its people the hosts. */
  visit?: boolean;
  /** "talks between A and B": the sides are the two named after it, not the sentence's subject. */
  between?: boolean;
  confidence: number;
}

const STRENGTHEN = '(?:further\\s+|jointly\\s+|continue\\s+to\\s+|work\\s+together\\s+to\\s+)?(?:strengthen|deepen|boost|enhance|expand|promote|step\\s+up|improve|advance|develop|increase|intensify|bolster|upgrade|broaden|consolidate|work\\s+with|cooperate|co-operate|build|create|establish|set\\s+up|launch|relaunch|restore|re-establish|reestablish|reopen|normali[sz]e|resume|maintain|cool\\s+down|de-escalate|ease|settle|resolve|implement|coordinate|jointly|continue)';
// "agreed to", "agreed on Friday to", "agreed Thursday to"
const INTEND = '(?:agreed|agree|agrees|agreeing|pledged|pledge|pledges|vowed|vow|vows|promised|committed|ready|willing|readiness|willingness|determined|decided|resolved|intend|intends|plans?|seeks?|sought|hopes?|hoped)(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today))?';
const AGREEMENT_NOUN = '(?:agreements?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)|MoUs?|pacts?|contracts?|declarations?|protocols?|conventions?|documents?|road\\s?maps?|(?:joint|trilateral)\\s+statements?|charters?)';

export const TRIGGERS: readonly Trigger[] = [
  // "agreed to hold talks", "ready to resume negotiations"
  { code: '036', pattern: `${INTEND}\\s+to\\s+(?:(?:hold|resume|start|begin|open|continue|relaunch|launch)\\s+(?:[\\w-]+\\s+){0,2}?)?(?:talks|negotiations|dialogue|meet|visits|summits)`, confidence: 0.8, symmetric: true },
  // "agreed to a four-day humanitarian pause", "agreed on a ceasefire"
  { code: '037', pattern: `${INTEND}\\s+(?:to|on)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ceasefire|cease-fire|truce|pause|peace\\s+deal|settlement)`, confidence: 0.8, symmetric: true },
  // "agreed to strengthen military cooperation", "expressed readiness to work with Russia"
  { code: '030', pattern: `${INTEND}\\s+to\\s+${STRENGTHEN}`, confidence: 0.85, symmetric: true, intent: true },
  // "signed an agreement on tourism", "inked a deal"
  { code: '057', pattern: `(?:signed|signs|sign|signing|inked|inks|initialled|initialed)\\s+(?:[\\w-]+\\s+){0,6}?${AGREEMENT_NOUN}|${AGREEMENT_NOUN}\\s+(?:was|were)\\s+signed`, confidence: 0.9, symmetric: true },
  // "reached a free trade agreement", "reached a deal": concluded, as good as signed ("reached
  // the agreement during a meeting" tells again of one already reported)
  { code: '057', pattern: `reached\\s+an?\\s+(?:[\\w-]+\\s+){0,3}?${AGREEMENT_NOUN}`, confidence: 0.8, symmetric: true },
  // "spoke by phone", "in a telephone conversation", "phone call"
  { code: '041', pattern: '(?:tele)?phone\\s+(?:call|conversation|talks|conference)|(?:spoke|talked|spoken|speaks|talks)\\s+(?:by|over\\s+the|on\\s+the)\\s+(?:tele)?phone|phoned|video\\s+(?:call|link|conference)', confidence: 0.9, symmetric: true },
  // "paid a state visit to", "arrived in Beijing", "visited Moscow"
  { code: '042', pattern: '(?:paid|pays|paying|made|making|began|begins|started|concluded|wrapped\\s+up|on)\\s+(?:a|an|his|her|their|the)?\\s*(?:[\\w-]+\\s+){0,2}?visit|visited|arrived\\s+in|arrives\\s+in|landed\\s+in|trip\\s+to|tour\\s+of', confidence: 0.85, visit: true },
  // "an official visit to Argentina", "the visit of Prime Minister Nakasone", "a Latin American
  // tour which includes Bolivia", "travelling this week to France, Germany and Italy", "went to
  // Moscow" ("going to help defend Israel" is no trip)
  { code: '042', pattern: 'visits?\\s+to|visit\\s+(?:of|by)|tour\\s+(?:which|that)\\s+includes?|(?:travel(?:l?ed|l?ing|s)?|fly|flew|flies|head(?:s|ed)?|left\\s+(?:[\\w-]+\\s+){1,3}?for)\\s+(?:[\\w-]+\\s+){0,3}?(?:to\\s+)?(?=\\p{Lu})|(?:go|goes|going|went)\\s+(?:back\\s+)?to\\s+(?:the\\s+)?(?=\\p{Lu})|(?:visit|visits|visiting)\\s+(?=\\p{Lu})', confidence: 0.75, visit: true },
  // "hosted", "received visiting", "welcomed ... to", "welcomed Chancellor Olaf Scholz of Germany to
  // the White House"
  { code: '043', pattern: 'hosted|hosts|hosting|received\\s+visiting|welcomed\\s+visiting|welcomed\\s+(?:[\\w’\'.-]+\\s+){1,10}?to\\s+(?:the\\s+)?(?:white\\s+house|oval\\s+office|camp\\s+david|kremlin|élysée|elysee|downing\\s+street)', confidence: 0.85 },
  { code: '045', pattern: 'mediated|mediating|mediation\\s+by|brokered', confidence: 0.75 },
  // "negotiations on", "negotiated"
  { code: '046', pattern: 'negotiations|negotiated|negotiating|negotiate|round\\s+of\\s+talks', confidence: 0.75, symmetric: true },
  // "the recent talks between Russia and Ukraine", "a meeting between Baker and Stoltenberg"
  { code: '040', pattern: '(?:talks|negotiations|meetings?|summit|consultations|dialogue|discussions)\\s+between', confidence: 0.8, symmetric: true, meeting: true, between: true },
  // "spoke today with President Zelenskyy", "conferred with", "held brief talks on Sunday with",
  // "bilateral talks tomorrow with Coface", "discussed this problem and other issues with"
  { code: '040', pattern: '(?:spoke|speaks|spoken|talked|conferred|consulted)\\s+(?:[\\w-]+\\s+){0,3}?with|(?:held|holds|hold|holding|had|opened|resumed)\\s+(?:(?!(?:tele)?phone\\b|video\\b)[\\w-]+\\s+){0,3}?(?:talks|discussions|consultations)|(?:talks|discussions|consultations)\\s+(?:[\\w-]+\\s+){0,3}?with|discuss(?:ed|es)\\s+(?:[\\w,’\'-]+\\s+){0,10}?with', confidence: 0.8, symmetric: true, meeting: true },
  // "spoke today to President Isaac Herzog of Israel" (not "spoke to reporters")
  { code: '040', pattern: '(?:spoke|speaks|talked)\\s+(?:[\\w-]+\\s+){0,2}?to\\s+(?=(?:[\\w\'’.-]+\\s+){0,2}?(?:president|prime\\s+minister|minister|chancellor|secretary|premier|king|queen|crown\\s+prince|emir|his\\s+\\w+\\s+counterpart|her\\s+\\w+\\s+counterpart|counterparts?)\\b)', confidence: 0.8, symmetric: true, meeting: true },
  // "is expected to see Japanese Finance Minister Kiichi Miyazawa": to see an official is to meet
  { code: '040', pattern: '(?:to|will|would|did|also)\\s+see\\s+(?=(?:[\\w\'’.-]+\\s+){0,3}?(?:president|prime\\s+minister|minister|chancellor|secretary|premier|king|ambassador|counterparts?)\\b)', confidence: 0.75, symmetric: true, meeting: true },
  // "met with", "held talks", "during a meeting in Moscow", "summit"
  { code: '040', pattern: '(?:spoke|talked)(?=\\s+(?:today\\s+)?(?:regarding|about)\\b)|met|meets|meetings?|meet|convened|convenes|held\\s+talks|hold\\s+talks|holding\\s+talks|talks\\s+with|consultations|summit|(?:peace|trade|bilateral|trilateral|accession|debt|handover|border|nuclear|energy|formal|informal|direct|high-level|exploratory|preliminary|fresh|further)\\s+talks', confidence: 0.8, symmetric: true, meeting: true },
  // "commended the development", "praised", "hailed"
  { code: '051', pattern: 'commended|commends|praised|praises|hailed|hails|lauded|lauds|applauded|spoke\\s+highly\\s+of|welcomed|welcomes|congratulated|paid\\s+tribute|expressed\\s+(?:appreciation|gratitude)|thanked|endorsed|backed', confidence: 0.8 },
  { code: '054', pattern: 'established\\s+diplomatic\\s+(?:relations|ties)|recogni[sz]ed\\s+(?:the\\s+)?(?:independence|sovereignty)', confidence: 0.75, symmetric: true },
  { code: '055', pattern: 'apologi[sz]ed|apologi[sz]es|apology', confidence: 0.8 },
  { code: '011', pattern: 'declined\\s+to\\s+comment|refused\\s+to\\s+comment|no\\s+comment', confidence: 0.7 },
  { code: '012', pattern: 'expressed\\s+(?:deep\\s+|grave\\s+|serious\\s+)?(?:concern|regret|disappointment)|voiced\\s+concern', confidence: 0.7 },
  { code: '013', pattern: 'expressed\\s+(?:optimism|hope)|optimistic', confidence: 0.6 },
  { code: '016', pattern: 'denied|denies|denying', confidence: 0.6 },
  { code: '018', pattern: 'condolences|sympathy|sympathies', confidence: 0.7 },
  // "called for talks", "urged both sides to return to negotiations"
  { code: '026', pattern: '(?:called\\s+(?:for|on)|urged|urges|appealed)\\s+(?:[\\w-]+\\s+){0,8}?(?:talks|negotiations|dialogue)', confidence: 0.7 },
  { code: '027', pattern: '(?:called\\s+(?:for|on)|urged|urges|appealed)\\s+(?:[\\w-]+\\s+){0,8}?(?:peaceful\\s+(?:resolution|settlement|solution)|settle|restraint|de-escalat)', confidence: 0.7 },
  { code: '020', pattern: 'called\\s+on|called\\s+for|calls\\s+on|calls\\s+for|urged|urges|appealed|requested', confidence: 0.6 },
  { code: '107', pattern: 'demanded\\s+(?:an?\\s+|the\\s+)?(?:immediate\\s+)?(?:ceasefire|cease-fire)', confidence: 0.7 },
  { code: '106', pattern: 'demanded\\s+(?:[\\w-]+\\s+){0,4}?withdraw', confidence: 0.7 },
  { code: '100', pattern: 'demanded|demands|demanding|insisted\\s+that', confidence: 0.6 },
  // "condemned the attack", "criticised", "slammed"
  { code: '111', pattern: 'condemned|condemns|condemning|criticized|criticised|criticizes|criticises|denounced|denounces|slammed|slams|blasted|lambasted|rebuked|deplored|censured', confidence: 0.8 },
  { code: '112', pattern: 'accused|accuses|accusing|blamed|blames|blaming|alleged', confidence: 0.8 },
  // "lodged a formal protest", "summoned the ambassador"
  { code: '114', pattern: 'lodged\\s+(?:a|an)?\\s*(?:formal\\s+|strong\\s+|solemn\\s+|diplomatic\\s+)?(?:protest|complaint|representations)|summoned|complained', confidence: 0.8 },
  { code: '115', pattern: '(?:filed|brought)\\s+(?:a\\s+)?(?:lawsuit|case|suit)', confidence: 0.7 },
  { code: '129', pattern: 'vetoed|vetoes|vetoing', confidence: 0.8 },
  { code: '125', pattern: '(?:rejected|refused|declined)\\s+(?:[\\w-]+\\s+){0,4}?(?:talks|negotiations|meeting|invitation)', confidence: 0.75 },
  { code: '120', pattern: 'rejected|rejects|rejecting|dismissed|turned\\s+down|refused|refuses', confidence: 0.7 },
  { code: '1312', pattern: 'threatened\\s+(?:[\\w-]+\\s+){0,4}?(?:sanctions|embargo|tariffs|boycott)', confidence: 0.8 },
  { code: '138', pattern: 'threatened\\s+(?:[\\w-]+\\s+){0,4}?(?:military|force|war|strikes?|attack|invade)', confidence: 0.8 },
  { code: '139', pattern: 'ultimatum', confidence: 0.8 },
  // "said the Chinese military will not hesitate to fight"
  { code: '138', pattern: '(?:not|never)\\s+hesitate\\s+to\\s+(?:fight|use\\s+force|strike|go\\s+to\\s+war|take\\s+military)', confidence: 0.75 },
  // "warned that Moscow would retaliate", "warned that China would take resolute countermeasures",
  // "vowed harsh revenge"
  { code: '130', pattern: 'warn(?:ed|s|ing)\\s+(?:that\\s+)?(?:[\\w-]+\\s+){0,4}?(?:would|will|could|might|is\\s+ready\\s+to)\\s+(?:retaliate|respond|hit\\s+back|take\\s+(?:[\\w-]+\\s+){0,4}?(?:countermeasures|measures|action|steps))|vow(?:ed|s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:revenge|retaliation|vengeance|to\\s+retaliate|to\\s+avenge)', confidence: 0.75 },
  { code: '130', pattern: 'threatened|threatens|threatening|warned\\s+of\\s+(?:retaliation|consequences|countermeasures)', confidence: 0.7 },
  // "phoned his Chinese counterpart to protest against", "protested to China over": a state's protest
  { code: '140', pattern: 'protest(?:ed|ing|s)?\\s+(?:to\\s+\\p{Lu}[\\p{L}.]*\\s+)?(?:against|over)', confidence: 0.7 },
  { code: '141', pattern: 'protesters|protestors|demonstrators|demonstrations|rallied|protested|took\\s+to\\s+the\\s+streets', confidence: 0.7 },
  { code: '143', pattern: 'boycott(?:ed|ing)?|went\\s+on\\s+strike', confidence: 0.6 },
  { code: '145', pattern: 'rioted|riots|rioting', confidence: 0.7 },
  { code: '062', pattern: 'joint\\s+(?:military\\s+|naval\\s+|air\\s+)?(?:exercises|drills|patrols|war\\s+games)', confidence: 0.75, symmetric: true },
  { code: '064', pattern: 'shared\\s+intelligence|share\\s+intelligence|intelligence\\s+sharing', confidence: 0.7 },
  { code: '063', pattern: 'extradited|extradite', confidence: 0.7 },
  { code: '073', pattern: '(?:provided|provide|delivered|deliver|sent|send|donated|gave|give|granted|pledged)\\s+(?:[\\w$,.-]+\\s+){0,5}?humanitarian', confidence: 0.75 },
  { code: '072', pattern: '(?:provided|provide|provides|delivered|deliver|sent|send|supplied|supply|gave|give)\\s+(?:[\\w$,.-]+\\s+){0,5}?(?:weapons|arms|military\\s+aid|ammunition)|arms\\s+deliveries', confidence: 0.75 },
  { code: '071', pattern: '(?:provided|granted|extended|gave)\\s+(?:[\\w$,.-]+\\s+){0,5}?(?:loans?|economic\\s+aid|financial\\s+aid|credit)', confidence: 0.7 },
  { code: '075', pattern: 'granted\\s+asylum|political\\s+asylum', confidence: 0.7 },
  { code: '085', pattern: '(?:lifted|eased|eases|lifts|relaxed)\\s+(?:[\\w-]+\\s+){0,3}?(?:sanctions|embargo)', confidence: 0.8 },
  { code: '084', pattern: 'released\\s+(?:[\\w-]+\\s+){0,3}?(?:prisoners|hostages|detainees|captives)', confidence: 0.75 },
  { code: '087', pattern: '(?:withdrew|withdraw|pulled\\s+out|pull\\s+out|withdrawal\\s+of)\\s+(?:[\\w-]+\\s+){0,3}?(?:troops|forces)', confidence: 0.7 },
  { code: '090', pattern: 'investigat(?:e|ed|es|ing|ion)|probe\\s+into|inquiry\\s+into', confidence: 0.6 },
  { code: '154', pattern: 'mobili[sz]ed|massed\\s+troops|deployed|deploying|deployment\\s+of', confidence: 0.6 },
  { code: '152', pattern: '(?:high|combat|heightened)\\s+alert', confidence: 0.6 },
  { code: '150', pattern: 'military\\s+(?:exercises|drills)|war\\s+games|show\\s+of\\s+force|missile\\s+tests?|test-fired|tested\\s+(?:a\\s+)?(?:missile|rocket)', confidence: 0.6 },
  { code: '161', pattern: '(?:cut|severed|broke\\s+off|downgraded|suspended)\\s+(?:diplomatic\\s+)?(?:ties|relations)|recall(?:ed|ing|s)?\\s+(?:its|their|his|her)\\s+ambassadors?', confidence: 0.85 },
  // "imposed sanctions on", "adopted sanctions against Russia", "approved sanctions ... targeting":
  // the measure with its act, so that "said the sanctions would hurt" is no new sanction
  { code: '163', pattern: '(?:impos(?:ed|es|e|ing)|adopt(?:ed|s|ing)?|slapp?(?:ed|s)?|approv(?:ed|es|e|ing)|introduc(?:ed|es|e|ing)|announc(?:ed|es|ing)|extend(?:ed|s)?|expand(?:ed|s)?|tighten(?:ed|s)?|toughen(?:ed|s)?|levied|unveil(?:ed|s)?|agreed)\\s+(?:[\\w,-]+\\s+){0,8}?(?:sanctions|embargo|boycott)|sanctioned|(?:sanctions|embargo)\\s+(?:on|against)\\s+\\p{Lu}', confidence: 0.75 },
  { code: '164', pattern: '(?:suspended|halted|broke\\s+off|pulled\\s+out\\s+of)\\s+(?:the\\s+)?(?:talks|negotiations)', confidence: 0.8 },
  { code: '162', pattern: '(?:cut|suspended|halted|froze)\\s+(?:[\\w-]+\\s+){0,2}?aid', confidence: 0.75 },
  { code: '166', pattern: 'expelled|expels|expel|expulsion', confidence: 0.75 },
  { code: '173', pattern: 'arrested|detained|detention\\s+of', confidence: 0.65 },
  { code: '171', pattern: 'seized|confiscated', confidence: 0.6 },
  { code: '186', pattern: 'assassinated|assassination\\s+of', confidence: 0.8 },
  { code: '185', pattern: 'assassination\\s+attempt|attempted\\s+to\\s+assassinate', confidence: 0.8 },
  { code: '181', pattern: 'kidnapped|abducted|hijacked|took\\s+(?:\\w+\\s+)?hostage', confidence: 0.8 },
  { code: '183', pattern: '(?:suicide|car)\\s+bomb(?:ing|er)?|bombing', confidence: 0.75 },
  { code: '204', pattern: 'chemical\\s+weapons?\\s+attack|used\\s+chemical\\s+weapons|nuclear\\s+attack', confidence: 0.8 },
  { code: '203', pattern: 'ethnic\\s+cleansing', confidence: 0.8 },
  { code: '202', pattern: 'massacred?|mass\\s+killings?|genocide', confidence: 0.75 },
  { code: '196', pattern: 'violated\\s+(?:the\\s+)?(?:ceasefire|cease-fire|truce)|ceasefire\\s+violations?', confidence: 0.8 },
  { code: '195', pattern: 'air\\s*strikes?|airstrikes?|bombed|drone\\s+strikes?|missile\\s+strikes?|air\\s+raids?', confidence: 0.8 },
  { code: '194', pattern: 'shelled|shelling|artillery\\s+fire|tank\\s+fire', confidence: 0.8 },
  { code: '192', pattern: 'invaded|invasion|annexed|annexation|occupied|occupation\\s+of', confidence: 0.75 },
  { code: '191', pattern: 'blockade|blockaded', confidence: 0.75 },
  { code: '193', pattern: 'clashes|clashed|gunfire|firefight|fighting\\s+between', confidence: 0.65 },
  { code: '190', pattern: 'military\\s+(?:strikes?|operation|offensive|action)|launched\\s+(?:an?\\s+)?(?:attack|offensive)|attacked', confidence: 0.65 },
];
