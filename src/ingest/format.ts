// A readable rendering of an Extraction, for `diplograph extract` without --json.
import type { ActorSet, Extraction } from './types.js';

function actors(a: ActorSet): string {
  const parts = [...a.people, ...a.countries, ...a.organizations];
  return parts.length ? parts.join(', ') : '-';
}

function section(title: string, lines: string[], count = lines.length): string[] {
  return lines.length ? [``, `${title} (${count})`, ...lines.map((l) => `  ${l}`)] : [];
}

export function formatExtraction(e: Extraction): string {
  const head = [
    e.article.title || '(untitled)',
    [e.article.publishedAt && `published ${e.article.publishedAt}`, e.article.source, e.article.url,
      e.article.dateline?.place && `dateline ${e.article.dateline.place}${e.article.dateline.date ? ` ${e.article.dateline.date}` : ''}`]
      .filter(Boolean).join(' | '),
  ].filter(Boolean);
  const out = [
    ...head,
    ...section('Countries', e.countries.map((c) => `${c.code}  ${c.name}`)),
    ...section('People', e.people.flatMap((p) => [
      `${p.name}${p.country ? ` (${p.country})` : ''}${p.aliases.length ? `  aka ${p.aliases.join(', ')}` : ''}`,
      ...p.titles.map((t) => `  - ${t.title}${t.organization ? ` [${t.organization}${t.country ? `, ${t.country}` : ''}]` : t.country ? ` [${t.country}]` : ''}`),
    ]), e.people.length),
    ...section('Organizations', e.organizations.map((o) => `${o.name}${o.country ? ` (${o.country})` : ''}${o.kind ? `  ${o.kind}` : ''}`)),
    ...section('Events', e.events.map((ev) =>
      `${ev.code} ${ev.name}: ${actors(ev.source)} -> ${actors(ev.target)}` +
      `${ev.date ? `  on ${ev.date}` : ev.dateText ? `  "${ev.dateText}"` : ''}` +
      `${ev.location ? `  in ${ev.location.name}${ev.location.country ? ` (${ev.location.country})` : ''}` : ''}` +
      `  [s${ev.evidence.sentence}, ${ev.confidence}]`)),
    ...section('Agreements', e.agreements.map((a) => `${a.status}: ${a.name} — ${a.parties.join(', ')}${a.topics.length ? `  {${a.topics.join(', ')}}` : ''}`)),
    ...section('Quotes', e.quotes.map((q) => `${q.speaker ?? '(unknown)'}: “${q.text}”`)),
    ...section('Relations', e.relations.map((r) => `${r.countries.join('-')}: ${r.descriptor}`)),
    ...section('Topics', e.topics.map((t) => t.name)),
  ];
  return `${out.join('\n')}\n`;
}
