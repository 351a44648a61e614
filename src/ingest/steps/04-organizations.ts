// Step 4: organization mentions. Known bodies by longest match; national bodies take the
// country written before them ("Russia's Defence Ministry", "the Chinese government");
// unknown ones are found by the word that ends them ("the Labour Party", "Ministry of Oil").
import type { CountryMention, Doc, OrgMention, Token } from '../document.js';
import { countryWord } from '../entities/country.js';
import { MAX_ORG_WORDS, ORG_STARTS, canonicalOrg, orgByKey, type OrgEntry } from '../entities/organization.js';
import { longestMatch } from '../entities/phrases.js';
import { ORG_HEADS } from '../lexicon/organizations.js';

const CONNECTORS = new Set(['of', 'for', 'and', 'on']);
// Words that open a sentence or a phrase, never an organization's name.
const STOP_LEFT = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'and', 'but', 'for', 'by', 'with', 'from', 'to', 'he', 'she', 'it',
  'they', 'we', 'his', 'her', 'their', 'its', 'this', 'that', 'former', 'new', 'both', 'said', 'mr', 'ms',
]);
// Common nouns that describe a body named right after them, or in an apposition.
const BODY_NOUNS = new Set(['firm', 'company', 'giant', 'group', 'agency', 'utility', 'operator', 'producer', 'maker', 'lender', 'insurer', 'carrier', 'conglomerate', 'subsidiary', 'miner', 'lobby', 'newspaper', 'broadcaster', 'bank', 'exporter', 'importer']);
const ACRONYM = /^\p{Lu}{2,6}(?:['’]s)?$/u;
// Capitals that name things, not bodies
const NOT_BODIES = new Set(['GDP', 'GNP', 'AIDS', 'HIV', 'VAT', 'CEO', 'CFO', 'TV', 'PC', 'DNA', 'IT', 'AI', 'PM', 'MP', 'MPS', 'LNG', 'OK', 'II', 'III', 'IV', 'VI', 'US', 'UK', 'USA', 'BBC', 'GMT', 'PINS', 'LIBOR', 'SDI', 'MOU', 'ABM', 'NEW', 'THE']);
const OFFICE_AFTER = /^\s+(?:director|director-general|chairman|chairwoman|chief|spokesman|spokeswoman|spokesperson|official|officials|president|head|secretary-general)\b/i;
const BUSINESS_NOUNS = new Set(['firm', 'company', 'giant', 'group', 'utility', 'operator', 'producer', 'maker', 'lender', 'insurer', 'carrier', 'conglomerate', 'subsidiary', 'miner', 'exporter', 'importer']);
const APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}?(firm|company|giant|group|agency|utility|operator|producer|maker|lender|insurer|carrier|conglomerate|subsidiary|miner|lobby|body|organi[sz]ation|association|confederation|federation|union|newspaper|broadcaster|bank|exporter|importer)\b/u;

const KIND_OF_HEAD: Record<string, string> = {
  ministry: 'ministry', department: 'ministry', office: 'ministry', embassy: 'ministry', party: 'party',
  army: 'military', navy: 'military', forces: 'military', corps: 'military', command: 'military', guard: 'military',
  parliament: 'government', congress: 'government', assembly: 'government', senate: 'government',
  cabinet: 'government', council: 'government', administration: 'government', commission: 'government',
};

function surfaceOf(tokens: readonly Token[], first: number, last: number): string {
  return tokens.slice(first, last).map((t, k) => (k > 0 && tokens[first + k - 1]!.end < t.start ? ' ' : '') + t.text).join('').replace(/['’]s$/, '');
}

const NAME_POSSESSIVES = new Set(["people's", "women's", "children's", "men's"]);

function kindOfHead(head: string): string {
  return KIND_OF_HEAD[head.toLowerCase()] ?? 'other';
}

// The country mention that ends right before a token: "Russia's Defence Ministry".
function countryEnding(doc: Doc): (index: number) => CountryMention | undefined {
  const byLast = new Map<number, CountryMention>();
  for (const c of doc.countries) if (!(c.kind === 'capital' && c.asPlace)) byLast.set(c.last, c);
  return (index) => byLast.get(index);
}

export function organizations(doc: Doc): Doc {
  const { tokens } = doc;
  const countryBefore = countryEnding(doc);
  const found: OrgMention[] = [];
  const claimed = new Uint8Array(tokens.length);
  for (const c of doc.countries) for (let k = c.first; k < c.last; k++) claimed[k] = 1;

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.cap && !countryBefore(i)) continue;
    const match = longestMatch<OrgEntry>(tokens, i, MAX_ORG_WORDS, orgByKey, ORG_STARTS);
    if (!match) continue;
    const e = match.value;
    // "Kim Jong Un" is not the UN, "who" is not the WHO
    // ("the IMF's managing director": the acronym with its possessive; "Nato", "Opec": one of four
    // letters or more as British copy writes it)
    if (e.acronym) {
      const written = tokens.slice(i, match.last).map((t) => t.text).join('').replace(/['’]s$/, '');
      const acronym = e.acronym.replace(/\s+/g, '');
      const titleCase = /^[A-Z]{4,}$/.test(acronym) && written === acronym[0] + acronym.slice(1).toLowerCase();
      if (written !== acronym && !titleCase) continue;
    }
    let country = e.country;
    let start = tok.start;
    let first = i;
    if (e.national) {
      const qualifier = countryBefore(i);
      // "the Foreign Ministry" alone is a body of some country; a single generic word needs one
      if (!qualifier && (match.last - i < 2 || !tok.cap)) continue;
      country = qualifier?.code ?? null;
      if (qualifier) ({ start, first } = qualifier);
    }
    found.push({ name: e.name, surface: surfaceOf(tokens, i, match.last), country, kind: e.kind, start, end: tokens[match.last - 1]!.end, first, last: match.last });
    for (let k = i; k < match.last; k++) claimed[k] = 1;
    i = match.last - 1;
  }
  findByHead(tokens, claimed, found, countryBefore);
  findDescribed(doc, claimed, found, countryBefore);
  found.sort((a, b) => a.start - b.start);
  return { ...doc, orgs: found };
}

// A name the text describes as a body: "water firm Aguas Argentinas", "miner Barrick Gold",
// "Coface, the French export credit agency".
function findDescribed(doc: Doc, claimed: Uint8Array, found: OrgMention[], countryBefore: (i: number) => CountryMention | undefined): void {
  const { tokens } = doc;
  const run = (from: number): number => {
    let k = from;
    while (k < tokens.length && k - from < 4 && tokens[k]!.cap && !claimed[k] && tokens[k]!.sentence === tokens[from]!.sentence) k++;
    return k;
  };
  const kinds = new Map<string, string>();
  const push = (first: number, last: number, noun: string): void => {
    const name = surfaceOf(tokens, first, last);
    if (!/\p{L}{2}/u.test(name)) return;
    const kind = kinds.get(name) ?? (BUSINESS_NOUNS.has(noun) ? 'company' : 'other');
    found.push({ name, surface: name, country: null, kind, start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    for (let k = first; k < last; k++) claimed[k] = 1;
    named.add(name);
    kinds.set(name, kind);
  };
  const named = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.cap && BODY_NOUNS.has(tok.text.toLowerCase()) && tokens[i + 1]!.cap && !claimed[i + 1] && tokens[i + 1]!.sentence === tok.sentence) {
      const last = run(i + 1);
      // "the firm said", "company spokesman Glenn Waller": a name, not a body, follows a title
      if (last > i + 1 && !/^(?:The|A|An|This|That|It|He|She)$/.test(tokens[i + 1]!.text)) push(i + 1, last, tok.text.toLowerCase());
      continue;
    }
    if (tok.cap && !claimed[i] && (i === 0 || !tokens[i - 1]!.cap || tokens[i - 1]!.sentence !== tok.sentence)) {
      const last = run(i);
      const after = doc.clean.slice(tokens[last - 1]!.end, tokens[last - 1]!.end + 80);
      const appo = APPOSITION.exec(after);
      if (last > i && appo && !/^(?:The|A|An|But|And|In|On|At|It|He|She|They|We)$/.test(tok.text)) push(i, last, appo[1]!.toLowerCase());
    }
  }
  // "the UK's CBI", "the SEC", "CBI director-general Sir Digby Jones": an acronym used as a body's name
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (claimed[i] || !ACRONYM.test(t.text) || NOT_BODIES.has(t.text.replace(/['’]s$/, ''))) continue;
    const before = doc.clean.slice(Math.max(0, t.start - 12), t.start);
    const after = doc.clean.slice(t.end, t.end + 24);
    // ("the CHIPS and Science Act": part of a longer name)
    if (/^\s+(?:and\s+|&\s+)?\p{Lu}/u.test(after)) continue;
    if (/\b(?:the|[\p{Lu}][\p{L}.]*['’]s)\s+$/u.test(before) || /^['’]s\b/.test(after) || OFFICE_AFTER.test(after)) {
      const name = t.text.replace(/['’]s$/, '');
      // "the UK's CBI": the body of that country
      const owner = countryBefore(i);
      found.push({ name, surface: name, country: owner?.code ?? null, kind: 'other', start: t.start, end: t.start + name.length, first: i, last: i + 1 });
      claimed[i] = 1;
      named.add(name);
    }
  }
  // once described, the body goes by its name alone: "in discussions with Aguas Argentinas"
  if (named.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i]!.cap) continue;
    for (const name of named) {
      const words = name.split(' ').length;
      if (i + words <= tokens.length && surfaceOf(tokens, i, i + words) === name && !claimed.subarray(i, i + words).some(Boolean)) {
        push(i, i + words, '');
        break;
      }
    }
  }
}

// "the Shanghai Cooperation Council", "Ministry of Oil of Iraq", "(CPC) Central Committee"
function findByHead(tokens: Token[], claimed: Uint8Array, found: OrgMention[], countryBefore: (i: number) => CountryMention | undefined): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.cap || claimed[i] || !ORG_HEADS.has(tok.text.toLowerCase().replace(/['’]s$/, ''))) continue;
    let first = i;
    while (first > 0) {
      const prev = tokens[first - 1]!;
      if (!prev.cap || claimed[first - 1] || prev.sentence !== tok.sentence || STOP_LEFT.has(prev.text.toLowerCase())) break;
      // "Parliament's Defence Committee": a one-word owner, not a word of the name ("People's Bank"
      // is one; "Blue Dot Network's Executive Steering Committee" stays whole)
      if (/['’]s$/.test(prev.text) && !NAME_POSSESSIVES.has(prev.text.toLowerCase().replace('’', "'")) && !tokens[first - 2]?.cap) break;
      first--;
    }
    let last = i + 1;
    while (last + 1 < tokens.length && CONNECTORS.has(tokens[last]!.text) && tokens[last + 1]!.sentence === tok.sentence) {
      let k = last + 1;
      if (tokens[k]!.text === 'the') k++;
      if (!tokens[k]?.cap || claimed[k]) break;
      while (k < tokens.length && tokens[k]!.cap && !claimed[k] && tokens[k]!.sentence === tok.sentence) k++;
      last = k;
    }
    const qualifier = countryBefore(first);
    let name = tokens.slice(first, last).map((t) => t.text).join(' ');
    // "Communist Party of China (CPC) Central Committee" -> "CPC Central Committee"
    const abbr = tokens[first - 2];
    if (tokens[first - 1]?.text === ')' && abbr && /^\p{Lu}{2,6}$/u.test(abbr.text)) name = `${abbr.text} ${name}`;
    if (last - first < 2 && !name.includes(' ')) continue;
    const canon = canonicalOrg(name);
    const ofCountry = /\bof (?:the )?([\p{L} ]+)$/u.exec(name)?.[1];
    const country = canon.country ?? qualifier?.code ?? (ofCountry ? countryWord(ofCountry)?.code ?? null : null);
    found.push({ name: canon.name, surface: surfaceOf(tokens, first, last), country, kind: canon.kind === 'other' ? kindOfHead(tok.text) : canon.kind, start: (qualifier ?? tokens[first]!).start, end: tokens[last - 1]!.end, first, last });
    for (let k = first; k < last; k++) claimed[k] = 1;
    i = last - 1;
  }
}
