// Step 4: organization mentions. Known bodies by longest match; national bodies take the
// country written before them ("Russia's Defence Ministry", "the Chinese government");
// unknown ones are found by the word that ends them ("the Labour Party", "Ministry of Oil").
import type { CountryMention, Doc, OrgMention, Token } from '../document.js';
import { countryWord } from '../entities/country.js';
import { MAX_ORG_WORDS, canonicalOrg, orgEntry, type OrgEntry } from '../entities/organization.js';
import { longestMatch } from '../entities/phrases.js';
import { ORG_HEADS } from '../lexicon/organizations.js';

const CONNECTORS = new Set(['of', 'for', 'and', 'on']);
// Words that open a sentence or a phrase, never an organization's name.
const STOP_LEFT = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'and', 'but', 'for', 'by', 'with', 'from', 'to', 'he', 'she', 'it',
  'they', 'we', 'his', 'her', 'their', 'its', 'this', 'that', 'former', 'new', 'both', 'said', 'mr', 'ms',
]);
const KIND_OF_HEAD: Record<string, string> = {
  ministry: 'ministry', department: 'ministry', office: 'ministry', embassy: 'ministry', party: 'party',
  army: 'military', navy: 'military', forces: 'military', corps: 'military', command: 'military', guard: 'military',
  parliament: 'government', congress: 'government', assembly: 'government', senate: 'government',
  cabinet: 'government', council: 'government', administration: 'government', commission: 'government',
};

function kindOfHead(head: string): string {
  return KIND_OF_HEAD[head.toLowerCase()] ?? 'other';
}

function countryBefore(doc: Doc, index: number): CountryMention | undefined {
  // countries are sorted by position; a linear probe from the end is cheap for one sentence
  for (let k = doc.countries.length - 1; k >= 0; k--) {
    const c = doc.countries[k]!;
    if (c.last === index) return c.kind === 'capital' && c.asPlace ? undefined : c;
    if (c.last < index) return undefined;
  }
  return undefined;
}

export function organizations(doc: Doc): Doc {
  const { tokens } = doc;
  const found: OrgMention[] = [];
  const claimed = new Uint8Array(tokens.length);
  for (const c of doc.countries) for (let k = c.first; k < c.last; k++) claimed[k] = 1;

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const match = longestMatch<OrgEntry>(tokens, i, MAX_ORG_WORDS, orgEntry);
    if (!match || (!tok.cap && !countryBefore(doc, i))) continue;
    const e = match.value;
    let country = e.country;
    let start = tok.start;
    let first = i;
    if (e.national) {
      const qualifier = countryBefore(doc, i);
      // "the Foreign Ministry" alone is a body of some country; a single generic word needs one
      if (!qualifier && (match.last - i < 2 || !tok.cap)) continue;
      country = qualifier?.code ?? null;
      if (qualifier) ({ start, first } = qualifier);
    }
    found.push({ name: e.name, country, kind: e.kind, start, end: tokens[match.last - 1]!.end, first, last: match.last });
    for (let k = i; k < match.last; k++) claimed[k] = 1;
    i = match.last - 1;
  }
  findByHead(doc, tokens, claimed, found);
  found.sort((a, b) => a.start - b.start);
  return { ...doc, orgs: found };
}

// "the Shanghai Cooperation Council", "Ministry of Oil of Iraq", "(CPC) Central Committee"
function findByHead(doc: Doc, tokens: Token[], claimed: Uint8Array, found: OrgMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.cap || claimed[i] || !ORG_HEADS.has(tok.text.toLowerCase())) continue;
    let first = i;
    while (first > 0) {
      const prev = tokens[first - 1]!;
      if (!prev.cap || claimed[first - 1] || prev.sentence !== tok.sentence || STOP_LEFT.has(prev.text.toLowerCase())) break;
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
    const qualifier = countryBefore(doc, first);
    let name = tokens.slice(first, last).map((t) => t.text).join(' ');
    // "Communist Party of China (CPC) Central Committee" -> "CPC Central Committee"
    const abbr = tokens[first - 2];
    if (tokens[first - 1]?.text === ')' && abbr && /^\p{Lu}{2,6}$/u.test(abbr.text)) name = `${abbr.text} ${name}`;
    if (last - first < 2 && !name.includes(' ')) continue;
    const canon = canonicalOrg(name);
    const ofCountry = /\bof (?:the )?([\p{L} ]+)$/u.exec(name)?.[1];
    const country = canon.country ?? qualifier?.code ?? (ofCountry ? countryWord(ofCountry)?.code ?? null : null);
    found.push({ name: canon.name, country, kind: canon.kind === 'other' ? kindOfHead(tok.text) : canon.kind, start: (qualifier ?? tokens[first]!).start, end: tokens[last - 1]!.end, first, last });
    for (let k = first; k < last; k++) claimed[k] = 1;
    i = last - 1;
  }
}
