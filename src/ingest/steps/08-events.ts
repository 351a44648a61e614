// Step 8: events coded in CAMEO. Triggers from lexicon/triggers.ts are found in each sentence;
// actors before the trigger are the source, after it the target; meetings are coded by where
// they happened; dates and places come from the same sentence.
import type { Doc } from '../document.js';
import type { EventRef, LocationRef } from '../types.js';
import { actorsIn, isEmpty, splitSymmetric, toActorSet, type Actor } from '../entities/actors.js';
import { anchorOf, findDate, type FoundDate } from '../entities/date.js';
import { countryName } from '../entities/country.js';
import { sentenceEvidence } from '../entities/evidence.js';
import { cameoEvent } from '../lexicon/cameo.js';
import { TRIGGERS, type Trigger } from '../lexicon/triggers.js';
import { refineIntent } from './08-intent.js';

const TRIGGER_RE = new RegExp(`\\b(?:${TRIGGERS.map((t) => `(${t.pattern})`).join('|')})\\b`, 'giu');

function whichTrigger(m: RegExpExecArray): Trigger | undefined {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return TRIGGERS[k - 1];
  return undefined;
}

function locationIn(doc: Doc, from: number, to: number): LocationRef | null {
  const place = doc.countries.find((c) => c.asPlace && c.start >= from && c.start < to);
  if (place) return { name: doc.clean.slice(place.start, place.end), country: place.code };
  return null;
}

// A meeting is a visit when it happens in one side's country, a third-place meeting elsewhere.
function meetingCode(sourceCountries: string[], targetCountries: string[], location: LocationRef | null): string {
  const where = location?.country;
  if (!where) return '040';
  const inSource = sourceCountries.includes(where);
  const inTarget = targetCountries.includes(where);
  if (inTarget && !inSource) return '042';
  if (inSource && !inTarget) return '043';
  if (!inSource && !inTarget && sourceCountries.length && targetCountries.length) return '044';
  return '040';
}

// The date of each sentence: its own, else one from the three sentences before it
// ("on Thursday agreed ... The two reached the agreement during a meeting in Moscow").
function sentenceDates(doc: Doc): (FoundDate | null)[] {
  const anchor = anchorOf(doc.input.publishedAt);
  const out: (FoundDate | null)[] = [];
  let last: FoundDate | null = null;
  let lastAt = -10;
  for (const s of doc.sentences) {
    const own = findDate(s.text, anchor);
    if (own) {
      last = own;
      lastAt = s.index;
    }
    out.push(own ?? (s.index - lastAt <= 3 ? last : null));
  }
  return out;
}

export function events(doc: Doc): EventRef[] {
  const out: EventRef[] = [];
  const dates = sentenceDates(doc);
  for (const s of doc.sentences) {
    TRIGGER_RE.lastIndex = 0;
    const seen = new Set<string>();
    for (let m = TRIGGER_RE.exec(s.text); m; m = TRIGGER_RE.exec(s.text)) {
      const trigger = whichTrigger(m);
      if (!trigger) continue;
      const pos = s.start + m.index;
      const before = actorsIn(doc, s.start, pos);
      let after = actorsIn(doc, pos + m[0].length, s.end);
      let source: Actor[] = before;
      if (trigger.symmetric && after.length === 0) {
        const split = splitSymmetric(doc, before);
        if (split) [source, after] = split;
      }
      if (source.length === 0) {
        // "... during a meeting with Putin": the subject is the last person named before
        const last = [...doc.personMentions].reverse().find((x) => x.start < s.start);
        if (last) source = [{ pos: last.start, person: last.person }];
      }
      const src = toActorSet(doc, source);
      const tgt = toActorSet(doc, after);
      tgt.people = tgt.people.filter((p) => !src.people.includes(p));
      tgt.countries = tgt.countries.filter((c) => !src.countries.includes(c) || (tgt.people.length > 0 && !src.people.length));
      if (isEmpty(src) && isEmpty(tgt)) continue;
      let location = locationIn(doc, s.start, s.end);
      let code = trigger.code;
      if (trigger.meeting) {
        if (!location && doc.dateline?.place && doc.dateline.country) location = { name: doc.dateline.place, country: doc.dateline.country };
        code = meetingCode(src.countries, tgt.countries, location);
      } else if (trigger.intent) code = refineIntent(s.text.slice(m.index, m.index + m[0].length + 80));
      if (code === '042' && !location && tgt.countries.length === 1) {
        location = { name: countryName(tgt.countries[0]!), country: tgt.countries[0]! };
      }
      if (seen.has(code)) continue;
      seen.add(code);
      const cameo = cameoEvent(code)!;
      const date = dates[s.index] ?? null;
      const both = !isEmpty(src) && !isEmpty(tgt);
      out.push({
        code, name: cameo.name, root: cameo.root, quadClass: cameo.quadClass, goldstein: cameo.goldstein,
        source: src, target: tgt, date: date?.date ?? null, dateText: date?.text ?? null, location,
        evidence: sentenceEvidence(doc, s.index),
        confidence: Math.round(Math.min(0.95, trigger.confidence + (both ? 0.05 : -0.15)) * 100) / 100,
      });
    }
  }
  return out;
}
