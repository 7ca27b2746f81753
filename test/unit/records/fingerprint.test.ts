import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../functions/core/records/fingerprint.js';
import { decodeObject } from '../../../functions/ingest/decode.js';

const TITLE = 'Harbour cranes idle as dockworkers strike in Rotterdam';
const LEAD = 'Dockworkers at the port of Rotterdam walked out on Tuesday over a pay offer.';
const SECOND = 'The union said the stoppage would last 48 hours.';
const LIMITS = { maxDecompressedBytes: 1_000_000, maxArticlesPerObject: 10 };

/** The fingerprint of the article an object becomes, read as ingest reads it. */
function printOf(key: string, bytes: Uint8Array) {
  const [article] = decodeObject(key, { bytes, metadata: {} }, LIMITS);
  if (article?.kind !== 'article') throw new Error(`${key} is not an article`);
  return fingerprint(article.input.title, article.input.body);
}

describe('fingerprint of a story', () => {
  it('is the same for a text file, its gzipped and CRLF copies and its HTML page with the same words', () => {
    const text = `${TITLE}\n\n${LEAD}\n\n${SECOND}\n`;
    const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${LEAD}</p><p>${SECOND}</p></article></body></html>`;

    const prints = [
      printOf('plain.txt', Buffer.from(text)),
      printOf('plain.txt.gz', gzipSync(Buffer.from(text))),
      printOf('windows.txt', Buffer.from(text.replaceAll('\n', '\r\n'))),
      printOf('page.html', Buffer.from(html)),
    ];

    expect(new Set(prints).size).toBe(1);
    expect(prints[0]).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('ignores case and runs of spaces, but not a changed word of the lead or a title moved into the body', () => {
    const base = fingerprint(TITLE, LEAD);

    expect(fingerprint(TITLE.toUpperCase(), `  ${LEAD.replaceAll(' ', '   ')} `)).toBe(base);
    expect(fingerprint(TITLE, LEAD.replace('Tuesday', 'Wednesday'))).not.toBe(base);
    expect(fingerprint(undefined, `${TITLE} ${LEAD}`)).not.toBe(base);
  });
});
