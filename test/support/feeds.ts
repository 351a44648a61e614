// Feeds for the tests, in the three formats the watcher reads.
export interface TestItem { url: string; title: string; date: string }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rss(items: readonly TestItem[], title = 'Test wire'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>https://wire.example/</link><description>x</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><guid isPermaLink="true">${esc(i.url)}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

export function atom(items: readonly TestItem[], title = 'Test ministry'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:test</id><updated>2024-01-01T00:00:00Z</updated>
${items.map((i) => `<entry><title>${esc(i.title)}</title><id>${esc(i.url)}</id><link rel="alternate" type="text/html" href="${esc(i.url)}"/><updated>${i.date}</updated></entry>`).join('\n')}
</feed>`;
}

export function jsonFeed(items: readonly TestItem[], title = 'Test JSON'): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title,
    items: items.map((i) => ({ id: i.url, url: i.url, title: i.title, date_modified: i.date })),
  });
}
