// The bad articles of the reliability suite, as files (for the CLI) and as mutation inputs:
// each is either refused with a stable code or, for odd-but-valid text, ingested whole.

const MB = 1024 * 1024;

/** Deterministic bytes 0..255 (NULs included): what a misplaced image or archive looks like. */
const binary = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 197 + 13) % 256);

function sentences(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`Sentence ${i} says that delegations met in Geneva on day ${i % 28 + 1}.`);
  return out.join(' ');
}

// Runs and nests that naive sentence splitters and quote finders backtrack on.
const HOSTILE = [
  'Russian Foreign Minister Sergei Lavrov said ' + '.'.repeat(20_000) + ' on Monday.',
  '"'.repeat(5_000) + 'China' + '"'.repeat(5_000) + ' said.',
  '('.repeat(3_000) + 'India' + ')'.repeat(3_000),
  'Mr. '.repeat(5_000) + 'Shoigu met Mr. Wang.',
  '!?'.repeat(10_000) + ' Russia and China agreed.',
  "''''".repeat(3_000) + ' \u201C' + '\u2018'.repeat(3_000) + ' said Lavrov.',
  'U.S.-'.repeat(4_000) + 'China talks.',
  '---- **** //// \\\\\\\\ $$$$ ^^^^ |||| ' .repeat(2_000),
].join('\n\n');

export interface BadArticle {
  name: string;
  /** The file the CLI reads. */
  file: { name: string; content: string | Uint8Array };
  /** The mutation's input, or null when a GraphQL string cannot carry it. */
  input: Record<string, unknown> | null;
  /** The InvalidArticleError code expected, or null when the text is a valid article. */
  code: string | null;
}

export const BAD_ARTICLES: BadArticle[] = [
  { name: 'empty', file: { name: 'empty.txt', content: '' }, input: { title: '', body: '' }, code: 'EMPTY' },
  { name: 'whitespace only', file: { name: 'blank.txt', content: ' \n\t\n   \r\n ' }, input: { title: '  ', body: ' \n\t\n ' }, code: 'EMPTY' },
  { name: '10 MB of text', file: { name: 'huge.txt', content: `Huge\n${'Talks continued in Geneva. '.repeat(Math.ceil((10 * MB) / 27))}` }, input: { title: 'Huge', body: 'Talks continued in Geneva. '.repeat(Math.ceil((10 * MB) / 27)) }, code: 'TOO_LARGE' },
  { name: 'binary', file: { name: 'image.txt', content: binary(64 * 1024) }, input: { title: 'x', body: String.fromCharCode(...binary(4096)) }, code: 'BINARY' },
  { name: 'invalid UTF-8', file: { name: 'latin1.txt', content: Uint8Array.from([...Buffer.from('Title\nMinister Fran'), 0xe7, 0x6f, 0x69, 0x73, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]) }, input: null, code: 'INVALID_UTF8' },
  {
    name: 'an HTML page',
    file: { name: 'page.txt', content: '<!DOCTYPE html>\n<html><head><title>Talks</title></head><body><p>Lavrov met Wang Yi.</p></body></html>' },
    input: { title: 'Talks', body: '<!DOCTYPE html>\n<html><head><title>Talks</title></head><body><p>Lavrov met Wang Yi.</p></body></html>' },
    code: 'HTML',
  },
  { name: 'JSON with wrong types', file: { name: 'wrong-types.json', content: '{"title": 5, "body": ["Lavrov met Wang Yi."]}' }, input: null, code: 'WRONG_TYPE' },
  { name: 'JSON without a body', file: { name: 'no-body.json', content: '{"title": "Talks in Beijing"}' }, input: null, code: 'MISSING_FIELD' },
  { name: 'JSON with a bad date', file: { name: 'bad-date.json', content: '{"title": "Talks", "body": "Lavrov met Wang Yi.", "publishedAt": "yesterday"}' }, input: { title: 'Talks', body: 'Lavrov met Wang Yi.', publishedAt: 'yesterday' }, code: 'WRONG_TYPE' },
  { name: 'malformed JSON', file: { name: 'broken.json', content: '{"title": "Talks", "body": "Lavrov' }, input: null, code: 'MALFORMED_JSON' },
  { name: '10,000 sentences', file: { name: 'long.txt', content: `Ten thousand sentences\n${sentences(10_000)}` }, input: { title: 'Ten thousand sentences (API)', body: sentences(10_000), url: 'https://example.test/10k' }, code: null },
  { name: 'regex-hostile punctuation', file: { name: 'hostile.txt', content: `Hostile punctuation\n${HOSTILE}` }, input: { title: 'Hostile punctuation (API)', body: HOSTILE, url: 'https://example.test/hostile' }, code: null },
  {
    name: 'lone surrogates and control characters',
    file: { name: 'surrogates.json', content: '{"title": "Odd \\ud800 text", "body": "Lavrov \\udfff met Wang Yi \\u0007 in Beijing on Monday."}' },
    input: { title: 'Odd \ud800 text', body: 'Lavrov \udfff met Wang Yi \u0007 in Beijing on Monday.', url: 'https://example.test/surrogates' },
    code: null,
  },
];
