// Step 9: agreements as facts of their own. "signed a deal on tourism" is signed, "agreed to
// strengthen military cooperation" is pledged, "will offer a treaty" / "expected to sign a joint
// statement" is proposed. Parties are the countries (or bodies) of the event's actors.
import type { Doc } from '../document.js';
import type { AgreementRef, AgreementStatus, EventRef } from '../types.js';
import { TOPICS } from '../lexicon/topics.js';

// "proposed a free trade agreement", "will offer a treaty", "put forward a peace plan"
const PROPOSED = /\b(?:propos(?:ed|es|e|ing)|offer(?:ed|s)?|will offer|put forward|floated|tabled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(treaty|agreement|deal|pact|accord|framework|initiative|plan|memorandum|mechanism|roadmap|road map)\b/i;
// "are expected to sign", "will sign", "plan to sign": not signed yet
const NOT_YET = /\b(?:expected to|will|would|plans? to|planned to|are to|is to|set to|due to|aims? to|hope to|to)\s+(?:\w+\s+)?$/i;
const SIGN = /\b(?:signed|signs|sign|signing|inked|inks)\b/i;
// "signed an agreement on tourism"; the named thing is the noun phrase around the noun
const NOUN_PHRASE = /(?:(?:the|an?|\d+|two|three|several)\s+)?((?:[\w'’-]+\s+){0,4}?(?:agreements?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)(?: of understanding)?|MoUs?|pacts?|contracts?|declarations?|protocols?|conventions?|documents?|road\s?maps?|statements?|charters?)(?:\s+(?:on|of|for|to)\s+[^,.;]{1,60})?)/i;
const STOP_TAIL = /\s+(?:during|in|at|with|between|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on \w+day|after|before|that|which)\b.*$/;
// "agreed to strengthen military cooperation", "agreed on Friday to re-establish relations"
// ("a 2+2 dialogue": a plus sign stays inside the name)
const PLEDGE = /\b(?:agreed|agree|agrees|pledged|pledge|vowed|vow|committed|promised)\b(?:\s+(?:on\s+)?\w+day)?\s+(?:to|on)\s+((?:further\s+|jointly\s+)?(?:[\w+-]+)(?:\s+(?!and\b|to\b|after\b|in\b|at\b|during\b|between\b|with\b|by\b|for\b|through\b|over\b|as\b|so\b)[\w'’+-]+){0,4})/i;
// "The two ministers agreed to resume talks": an agreement between them, unlike "ready to meet"
const AGREED = /\bagreed\b/i;

function topicsOf(text: string): string[] {
  return TOPICS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

function parties(e: EventRef): string[] {
  const list = [...e.source.countries, ...e.target.countries];
  if (list.length < 2) list.push(...e.source.organizations, ...e.target.organizations);
  return [...new Set(list)].sort();
}

function named(text: string, fallback: string): string {
  const m = NOUN_PHRASE.exec(text);
  return (m?.[1] ?? fallback).replace(STOP_TAIL, '').trim();
}

export function agreements(doc: Doc, events: readonly EventRef[]): AgreementRef[] {
  void doc;
  const out: AgreementRef[] = [];
  const add = (status: AgreementStatus, name: string, e: EventRef, text: string): void => {
    const p = parties(e);
    if (p.length === 0) return;
    const topics = topicsOf(text);
    // "signed a roadmap ... The document was signed during talks": one agreement told twice
    const same = out.find((a) => (a.status === status || a.evidence.sentence === e.evidence.sentence)
      && (p.every((x) => a.parties.includes(x)) || a.parties.every((x) => p.includes(x))));
    if (same) {
      for (const t of topics) if (!same.topics.includes(t)) same.topics.push(t);
      for (const x of p) if (!same.parties.includes(x)) same.parties.push(x);
      same.parties.sort();
      return;
    }
    out.push({ name, status, parties: p, topics, evidence: e.evidence });
  };
  for (const e of events) {
    const text = e.evidence.text;
    if (e.code === '057') {
      const sign = SIGN.exec(text);
      const after = sign ? text.slice(sign.index + sign[0].length) : text;
      const status = sign && NOT_YET.test(text.slice(0, sign.index)) ? 'proposed' : 'signed';
      add(status, named(after, 'agreement'), e, after);
    } else if (e.root === '03' && (e.code !== '036' || AGREED.test(text))) {
      const what = PLEDGE.exec(text);
      if (what) add('pledged', what[1]!.replace(/\s+/g, ' ').replace(/[,.;]$/, '').replace(/\s+(?:the|a|an|of|their|its)$/, ''), e, what[0]);
    }
    const proposal = PROPOSED.exec(text);
    if (proposal && e.root !== '11' && e.root !== '12') add('proposed', named(text.slice(proposal.index), proposal[1]!), e, text);
  }
  return out;
}
