import { describe, expect, it } from 'vitest';
import { noteEvents, resolveEvents, type StoredEvent } from '../../../src/graph/stores/event-resolution.js';
import type { EventRow } from '../../../src/graph/stores/fact-plan.js';
import { type ExistingPerson, givenNamesAgree, notePeople, personKey, resolvePerson } from '../../../src/graph/stores/person-resolution.js';

// The pure halves of cross-article resolution (the graph side is in test/integration/graph).

const stored = (name: string, country: string | null = 'RUS') => {
  const k = personKey({ name, country });
  return { id: `person:${k.nameKey}:${country ?? 'XXX'}`, nameKey: k.nameKey, country };
};

describe('resolvePerson', () => {
  const cases: [string, string, string | null, ReturnType<typeof stored>[], string][] = [
    ['transliteration variant', 'Sergey Shoigu', 'RUS', [stored('Sergei Shoigu')], 'person:sergei shoigu:RUS'],
    ['bare surname joins the full name', 'Shoigu', 'RUS', [stored('Sergei Shoigu')], 'person:sergei shoigu:RUS'],
    ['"Mr" is not a given name', 'Mr Shoigu', 'RUS', [stored('Sergei Shoigu')], 'person:sergei shoigu:RUS'],
    ['an initial agrees', 'S. Shoigu', 'RUS', [stored('Shoigu'), stored('Sergei Shoigu')], 'person:sergei shoigu:RUS'],
    ['full name joins a bare surname', 'Sergei Shoigu', 'RUS', [stored('Shoigu')], 'person:shoigu:RUS'],
    ['another given name stays apart', 'Boris Shoigu', 'RUS', [stored('Sergei Shoigu')], 'person:boris shoigu:RUS'],
    ['another country stays apart', 'Sergei Shoigu', 'UKR', [stored('Sergei Shoigu')], 'person:sergei shoigu:UKR'],
    ['two candidates: no guess', 'Shoigu', 'RUS', [stored('Sergei Shoigu'), stored('Boris Shoigu')], 'person:shoigu:RUS'],
    ['Wang Yi is not Wang Yang', 'Wang Yang', 'CHN', [stored('Wang Yi', 'CHN')], 'person:wang iang:CHN'],
  ];
  it.each(cases)('%s', (_, name, country, existing, id) => {
    expect(resolvePerson(personKey({ name, country }), existing)).toBe(id);
  });

  it('compares given names word by word', () => {
    expect(givenNamesAgree('s shoigu', 'sergei shoigu')).toBe(true);
    expect(givenNamesAgree('shoigu', 'sergei shoigu')).toBe(true);
    expect(givenNamesAgree('boris shoigu', 'sergei shoigu')).toBe(false);
  });
});

describe('resolveEvents', () => {
  const event = (id: string, date: string | null, locationId: string | null = null): EventRow => ({
    id, signature: '04|Country:RUS|Country:CHN', code: '042', root: '04', name: 'Make a visit', quadClass: 1,
    goldstein: 1.9, date, dateText: null, confidence: 0.8, locationId, sentenceIds: [],
  });
  const old = { id: 'event:old', signature: '04|Country:RUS|Country:CHN', date: '2024-03-13', locations: ['loc:beijing:CHN'] };

  it.each([
    ['same day', event('new', '2024-03-13'), 'event:old'],
    ['a day later', event('new', '2024-03-14'), 'event:old'],
    ['two days later', event('new', '2024-03-15'), 'new'],
    ['same place', event('new', '2024-03-13', 'loc:beijing:CHN'), 'event:old'],
    ['another place', event('new', '2024-03-13', 'loc:moscow:RUS'), 'new'],
    ['undated', event('new', null), 'new'],
  ])('%s', (_, ev, id) => {
    expect(resolveEvents([ev], [old]).get(ev.id)).toBe(id);
  });
});

// Within a batch, each article resolves against what the ones before it will have written.
describe('the state a batch carries from one article to the next', () => {
  it('notePeople adds new Persons and renames one by a fuller form, as writeEntities does', () => {
    const people: ExistingPerson[] = [];
    const resolve = (name: string) => {
      const id = resolvePerson(personKey({ name, country: 'RUS' }), people);
      notePeople(people, [{ id, nameKey: personKey({ name, country: 'RUS' }).nameKey, country: 'RUS' }]);
      return id;
    };
    expect(resolve('Mr Shoigu')).toBe('person:shoigu:RUS');
    expect(resolve('Sergei Shoigu')).toBe('person:shoigu:RUS');
    expect(people).toEqual([{ id: 'person:shoigu:RUS', nameKey: 'sergei shoigu', country: 'RUS' }]);
    // only because the bare "Shoigu" is now Sergei does another Shoigu stay apart
    expect(resolve('Alexei Shoigu')).toBe('person:alexei shoigu:RUS');
    expect(people.map((p) => p.nameKey)).toEqual(['sergei shoigu', 'alexei shoigu']);
  });

  it('noteEvents adds dated events and the places a known one is reported at', () => {
    const event = (id: string, date: string | null, locationId: string | null = null): EventRow => ({
      id, signature: '04|Country:RUS|Country:CHN', code: '042', root: '04', name: 'Make a visit', quadClass: 1,
      goldstein: 1.9, date, dateText: null, confidence: 0.8, locationId, sentenceIds: [],
    });
    const stored: StoredEvent[] = [];
    noteEvents(stored, [event('a', '2024-03-13'), event('undated', null)]);
    expect(stored).toEqual([{ id: 'a', signature: '04|Country:RUS|Country:CHN', date: '2024-03-13', locations: [] }]);
    // a report placing it in Beijing joins it, and from then on a report from Moscow does not
    expect(resolveEvents([event('b', '2024-03-13', 'loc:beijing:CHN')], stored).get('b')).toBe('a');
    noteEvents(stored, [event('a', '2024-03-13', 'loc:beijing:CHN')]);
    expect(stored[0]!.locations).toEqual(['loc:beijing:CHN']);
    expect(resolveEvents([event('c', '2024-03-14', 'loc:moscow:RUS')], stored).get('c')).toBe('c');
    noteEvents(stored, [event('a', '2024-03-13', 'loc:beijing:CHN')]);
    expect(stored[0]!.locations).toEqual(['loc:beijing:CHN']);
  });
});
