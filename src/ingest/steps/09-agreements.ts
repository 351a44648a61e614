// Step 9: agreements as facts of their own. "signed a deal on tourism" is signed, "agreed to
// strengthen military cooperation" is pledged, "will offer a treaty" / "proposed a pact" is
// proposed. Parties are the countries (or international bodies) of the sentence's actors.
import type { Doc } from '../document.js';
import type { AgreementRef, AgreementStatus, EventRef } from '../types.js';
import { TOPICS } from '../lexicon/topics.js';

// "proposed a free trade agreement", "will offer a treaty", "put forward a peace plan"
const PROPOSED = /\b(?:propos(?:ed|es|e|ing)|offer(?:ed|s)?|will offer|put forward|floated|suggested|tabled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(treaty|agreement|deal|pact|accord|framework|initiative|plan|memorandum|mechanism|roadmap|road map)\b/i;
// "signed an agreement on tourism"; the named thing is the noun phrase around the noun
const NOUN_PHRASE = /(?:(?:the|an?|\d+|two|three|several)\s+)?((?:[\w'’-]+\s+){0,4}?(?:agreements?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)(?: of understanding)?|MoUs?|pacts?|contracts?|declarations?|protocols?|conventions?|documents?)(?:\s+(?:on|of|for|to)\s+(?:[\w'’-]+\s*){1,5})?)/i;
const STOP_TAIL = /\s+(?:and|during|in|at|with|between|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b.*$/;

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
  const out: AgreementRef[] = [];
  const add = (status: AgreementStatus, name: string, e: EventRef, text: string): void => {
    const p = parties(e);
    if (p.length === 0) return;
    const topics = topicsOf(text);
    const same = out.find((a) => a.parties.join() === p.join() && (a.status === status || a.evidence.sentence === e.evidence.sentence));
    if (same) {
      for (const t of topics) if (!same.topics.includes(t)) same.topics.push(t);
      return;
    }
    out.push({ name, status, parties: p, topics, evidence: e.evidence });
  };
  for (const e of events) {
    const text = e.evidence.text;
    if (e.code === '057') {
      const after = /\b(?:signed|signs|sign|signing|inked|inks)\b([\s\S]*)$/i.exec(text)?.[1] ?? text;
      add('signed', named(after, 'agreement'), e, after);
    } else if (e.root === '03' && e.code !== '036') {
      const what = /\bto\s+((?:further\s+|jointly\s+)?(?:strengthen|deepen|boost|enhance|expand|promote|step up|improve|advance|develop|increase|intensify|bolster|upgrade|broaden|consolidate)\s+(?:[\w-]+\s+){0,3}?(?:cooperation|co-operation|ties|relations|coordination|trade|exchanges|partnership|dialogue|links|collaboration|investment))/i.exec(text);
      if (what && /\b(?:agreed|agree|pledged|pledge|vowed|vow|committed|promised)\b/i.test(text)) {
        add('pledged', what[1]!.replace(/\s+/g, ' '), e, what[1]!);
      }
    }
    const proposal = PROPOSED.exec(text);
    if (proposal && e.root !== '11' && e.root !== '12') add('proposed', named(text.slice(proposal.index), proposal[1]!), e, text);
  }
  return out;
}
