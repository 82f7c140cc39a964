// A feed's items as the pages to ingest: Atom and RSS, dated items before --since left out, tracking removed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItems, ingestedUrls } from '../../../src/kb/ingest/feed-items.ts';
import { refusal } from '../../helpers/refusal.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Marsh Gazette</title><id>urn:marsh</id><updated>2024-06-02T08:00:00Z</updated>
<entry><title>Dyke repaired</title><id>urn:1</id><link rel="alternate" href="https://marsh.example/dyke?utm_source=atom"/><link rel="enclosure" href="https://marsh.example/dyke.jpg"/><published>2024-06-01T23:30:00-04:00</published><updated>2024-06-02T08:00:00Z</updated></entry>
<entry><title>Old fair</title><id>urn:2</id><link href="https://marsh.example/fair"/><updated>2024-04-20T10:00:00+02:00</updated></entry>
<entry><title>No page</title><id>urn:3</id><updated>2024-06-01T10:00:00Z</updated></entry>
</feed>`;

describe('feedItems', () => {
  it('reads Atom entries: the alternate link, the published day as written, older entries left out', () => {
    expect(feedItems(ATOM, 'marsh.atom')).toEqual([
      { url: 'https://marsh.example/dyke', published: '2024-06-01' },
      { url: 'https://marsh.example/fair', published: '2024-04-20' },
    ]);
    expect(feedItems(ATOM, 'marsh.atom', '2024-05-01').map((item) => item.url)).toEqual(['https://marsh.example/dyke']);
  });

  it('refuses what is not a feed, naming the file', () => {
    expect(refusal(() => feedItems('<html><body>Not a feed</body></html>', 'page.html'))).toMatch(/^page\.html: This is not an RSS or Atom feed Dossier can read/);
  });
});

describe('ingestedUrls', () => {
  it('collects the canonical url of every article', () => {
    const contentDir = tempDir('feed');
    mkdirSync(join(contentDir, 'articles'));
    writeFileSync(join(contentDir, 'articles', '2024-06-01-dyke-repaired.md'), '---\ntitle: "Dyke repaired"\npublished: "2024-06-01"\nurl: "https://marsh.example/dyke?fbclid=x"\n---\n\nText.\n');
    writeFileSync(join(contentDir, 'articles', '2024-06-01-no-url.md'), '---\ntitle: "No url"\npublished: "2024-06-01"\n---\n\nText.\n');
    expect([...ingestedUrls(contentDir)]).toEqual(['https://marsh.example/dyke']);
  });
});
