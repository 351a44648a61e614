// Words that report an agreement and its status. An agreement is named by a noun ("accord",
// "pact", "communique", "loan") or made by a verb of commitment ("agreed to", "reaffirmed their
// commitment to", "pledged"); its status comes from the words around it. Case-insensitive.

/** Nouns naming an agreement, a deal or a joint text. */
export const AGREEMENT_NOUN =
  /\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|communiqu[eé]s?|programs?|programmes?|ceasefires?|cease-fires?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|loans?|contracts?|protocols?|conventions?|arrangements?|settlements?|joint\s+(?:statement|declaration)s?|declarations?|charters?|frameworks?|road\s?maps?|(?:assistance|aid|stimulus|rescue|bailout|financing|funding)\s+packages?|(?:budget\s+)?rebates?|normali[sz]ation\s+of\s+(?:diplomatic\s+)?(?:relations|ties))(?![\w\u00C0-\u024F])/gi;

/** A program is a deal when it is money lent or given on terms ("a $10bn funding program", "a
 * structural adjustment program"), a lender's ("an IMF program") or a joint one ("a joint work
 * program", "a program of cooperation"); exchange, grant, nuclear or apprenticeship programs are
 * a state's own undertakings, not agreements. */
export const PROGRAMME_NOUN = /^programm?e?s?$/i;
export const PROGRAMME_KIND = /\b(?:funding|financing|loan|lending|credit|aid|assistance|adjustment|austerity|stabili[sz]ation|stand-?by|bailout|rescue|joint|work)\s+(?:[\w-]+\s+)?$/i;
export const PROGRAMME_OF = /^\s+of\s+(?:[\w-]+\s+)?(?:cooperation|co-operation)\b/i;
export const LENDER = /\b(?:IMF|International\s+Monetary\s+Fund|World\s+Bank|the\s+Fund)\b/;

/** A named partnership or initiative ("the Partnership for Workers' Rights", "the U.S.-Caribbean
 * Partnership to Address the Climate Crisis"): capitalised, unlike "the U.S.-Jamaica partnership". */
export const NAMED_PROGRAMME = /\b(?:Partnership|Initiative|Compact)\b/g;

/** "the policies agreed under the Louvre pact", "four points agreed between Thatcher and Reagan",
 * "the approach agreed at the recent Paris meeting": a past participle after a noun tells of a deal
 * made before ("consensuses reached between the presidents" are not a deal). What follows it is
 * where, when or between whom it was made. */
export const AGREED_BEFORE = /\b(?:agreed|concluded)\s+(?=(?:at|in|under|between|upon|last|earlier|during)\b)/gi;
/** "an agreed summary", "the agreed text": a text both sides agreed. */
export const AGREED_TEXT = /\b(?:an?|the)\s+agreed\s+((?:[\w-]+\s+){0,2}?(?:summary|text|statement|communiqu[eé]|declaration|document|minutes|framework|plan|position|conclusions))(?![\w\u00C0-\u024F])/gi;
/** Words before such a participle that make it a verb: "was agreed in", "they agreed at". */
export const VERB_BEFORE = /(?:\b(?:was|were|is|are|be|been|being|has|have|had|also|not|jointly|they|we|who|which|that|and|or|both|all|\w+ly)|\p{Lu}[\p{L}'’.-]*|\b(?:leaders|ministers|officials|sides|countries|nations|governments|delegations|parties|men|presidents|states|members|banks|creditors))\s+$/u;
/** What a bare "agreed" is agreed on: "agreed to ...", "agreed on", "agreed a loan", "agreed in
 * principle", "agreed with Japan", later in its clause ("agreed in Paris to stabilize"). */
export const AGREED_OBJECT = /^\w+\s+(?:[^,;.:"“”]{0,60}?\s)??(?:to|on|upon|with|an?|the|terms|principle|plans?|measures|steps)\b/i;
/** "agreed, "Things are moving"", "also agreed:": agreeing with what someone said, no deal. */
export const AGREED_ASIDE = /^agree[ds]?\s*(?:[,:]\s*["“]|[,:]?\s*$|\.\s*$)/i;

/** A commitment made by a verb: the parties are its subject (and whom it is made to). "Vowed"
 * is left out: vows in the news are mostly threats ("vowed harsh revenge"). */
export const PLEDGE =
  /\b(?:agreed|agree|agrees|pledged|pledges?|promised|promises?|committed|commitments?|reaffirmed|reaffirms?|reconfirmed|reiterated|undert(?:ook|akes?)|affirmed|affirms)\b/gi;

/** "reaffirmed their commitment", "reiterated U.S. support": a reaffirmation is a pledge when
 * what it reaffirms is one ("reiterated his concern", "reaffirmed the strength of ..." are not). */
export const REAFFIRMED = /^(?:reaffirm|reiterat|reconfirm|affirm)/i;
/** "reaffirmed U.S. willingness to alleviate sanctions": a readiness offered is a proposal. */
export const OFFERED = /^\S+\s+(?:[\w’'.-]+\s+){0,4}?(?:willingness|readiness)\b/i;
export const COMMITMENT_OBJECT = /^\S+\s+(?:[\w’'.-]+\s+){0,4}?(?:commitments?|support|pledges?|promises?|determination|intention|resolve|readiness|willingness|obligations?|agreements?|accords?)\b/i;
/** "commitment" as a noun pledges when someone makes, renews or expresses it, or it is someone's. */
export const COMMITMENT_NOUN = /^commitments?$/i;
export const COMMITMENT_MADE = /(?:\b(?:reaffirm\w*|reiterat\w*|express\w*|welcom\w*|renew\w*|made|make|makes|honou?r\w*|reconfirm\w*|fulfil\w*|keep|kept|live\s+up\s+to|carry\s+out|meet|their|its|his|her|our)|['’]s)\s+(?:[\w’'.-]+\s+){0,3}$/i;
/** "the U.S. commitment to continue working together": a commitment to do something */
export const COMMITMENT_TO_DO = /^\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|our\b|his\b|her\b|this\b|that\b)\p{Ll}+\b/u;

/** "agreed that ...", "reaffirmed that ..." state a shared view, "agreed a loan" a deal, unlike "agreed to", "agreed on". */
export const AGREED_VIEW = /^(?:agreed?s?|reaffirm(?:ed|s)?|reiterat(?:ed|es)|affirm(?:ed|s)?|reconfirm(?:ed|s)?)\s+(?:that|on\s+the\s+(?:importance|value|significance))\b/i;
export const AGREED_DEAL = /^agreed?s?\s+(?:an?|the)\s+(?:[\w$.,-]+\s+){0,4}?(?:loan|deal|agreement|accord|package|pact|programme|program|plan)\b/i;

/** Around an agreement noun: not (yet) agreed. */
export const PROPOSED =
  /\b(?:propos(?:ed|es|e|ing|als?)|offer(?:ed|s|ing)?|put\s+forward|draft(?:ed|s|ing)?|negotiat(?:e|ed|es|ing|ions?)|seek(?:s|ing)?|sought|would\s+(?:sign|reach|conclude)|expected\s+to|aim(?:s|ed)?\s+(?:at|to)|plans?\s+to|planned|prepar(?:e|es|ed|ing)|finali[sz]e|called\s+for|calls\s+for|push(?:ed|es|ing)?\s+for|urg(?:ed|es|ing)|hop(?:e|es|ed|ing)\b|lead\s+to|under\s+discussion|talks\s+(?:on|over)|to\s+discuss|holding\s+up|stalling|close\s+to|nearing|ahead\s+of|(?:fail(?:ed|s)?|unable)\s+to\s+(?:reach|agree|conclude|sign|strike|clinch|seal|finali[sz]e))\b/i;
/** "an accord with the IMF could be a very helpful support": a deal spoken of with a modal is not made. */
export const HYPOTHETICAL = /^[^,;:]{0,60}?\b(?:could|would|might|may)\s+(?!have\b)/i;

/** Before a verb of signing: not signed yet ("are expected to sign", "will conclude"). */
export const NOT_YET = /\b(?:expected|set|due|scheduled|plan(?:s|ned)?|going|hop(?:e|es|ed)|aim(?:s|ed)?|ready|want(?:s|ed)?|seek(?:s|ing)?|sought|agreed)\s+to\s+(?:\w+\s+)?$|\b(?:will|would|could|may|might|should)\s+(?:\w+\s+)?$/i;

/** Before a verb of signing: promised, not yet signed ("promising to sign an accord"). */
export const PROMISED_TO = /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|undert(?:ake|akes|ook|aking)|committed)\s+to\s+(?:\w+\s+)?$/i;

/** Around an agreement noun: signed, concluded, in force. */
export const SIGNED =
  /\b(?:sign(?:ed|s|ing)?|inked|conclu(?:ded|des)|reached|struck|clinched|ratif(?:ied|ies)|approved|in\s+force|issued|honou?r(?:ed|ing)?|keep|kept|breach|violat(?:ed|ion)|under\s+(?:the|an?)|joint\s+statement|launch(?:ed|es|ing)?)\b/i;

/** Subjects that stand for both (or all) sides of the meeting the article reports. */
export const BOTH_SIDES_NAMED = /\b(?:the\s+two|both|all\s+three|the\s+three)\s+(?:countries|sides|nations|governments|leaders|parties)\b/i;
export const BOTH_SIDES =
  /^(?:\s*(?:the\s+)?(?:two\s+|both\s+|all\s+|three\s+)?(?:(?:finance|foreign|trade|defen[cs]e|economy|energy|agriculture)\s+)?(?:leaders|sides|countries|nations|governments|presidents|ministers|officials|delegations|parties|heads\s+of\s+state|men|summit|meeting|talks)|\s*they|\s*we|\s*both)\b/i;
