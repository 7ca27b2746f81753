import { describe, expect, it } from 'vitest';
import { articleFromJsonValue, ParseError, parseArticle } from '../../../functions/core/input/index.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ParseError ? error.reason : 'not a ParseError';
  }
  return undefined;
}

describe('JSON articles', () => {
  it('reads every documented field', () => {
    const json = JSON.stringify({
      id: 42,
      title: 'Title',
      body: 'Body.',
      dateline: 'LONDON',
      publishedAt: '2025-03-04T05:06:07Z',
      url: 'https://x.example/a',
      source: 'Wire',
      language: 'EN',
    });
    expect(parseArticle(json, 'json')).toEqual({
      id: '42',
      title: 'Title',
      body: 'Body.',
      dateline: 'LONDON',
      publishedAt: '2025-03-04T05:06:07Z',
      url: 'https://x.example/a',
      source: 'Wire',
      language: 'en',
    });
  });

  it('accepts text or content in place of body, and ignores unknown keys and nulls', () => {
    expect(parseArticle('{"text":"From text.","tags":[1],"dateline":null}', 'json')).toEqual({
      body: 'From text.',
    });
    expect(parseArticle('{"content":"From content."}', 'json')).toEqual({ body: 'From content.' });
  });

  it('reads the publication time from the names exports give it (published, date, pubDate, date_published)', () => {
    for (const field of ['published', 'date', 'pubDate', 'date_published']) {
      const json = JSON.stringify({ body: 'The council met.', [field]: '2026-02-27T22:10:00Z' });

      expect(parseArticle(json, 'json').publishedAt, field).toBe('2026-02-27T22:10:00Z');
    }
    expect(
      parseArticle('{"body":"x","publishedAt":"2026-01-02","date":"2026-03-04"}', 'json').publishedAt,
    ).toBe('2026-01-02T00:00:00Z');
  });

  it("passes over another export's time field that holds no date, and says which went unread", () => {
    const json = (fields: object) => JSON.stringify({ body: 'The council met.', ...fields });

    expect(parseArticle(json({ published: true, date: '2026-03-04' }), 'json').publishedAt).toBe(
      '2026-03-04T00:00:00Z',
    );
    expect(parseArticle(json({ published: 'yes', date: '2026-03-04' }), 'json').publishedAt).toBe(
      '2026-03-04T00:00:00Z',
    );
    expect(parseArticle(json({ date: 'Wednesday evening' }), 'json')).toMatchObject({
      body: 'The council met.',
      unreadDate: 'date "Wednesday evening"',
    });
    expect(() => parseArticle(json({ publishedAt: 'Wednesday evening' }), 'json')).toThrow(/publishedAt/);
  });

  it("reads a JSON Feed item's content_text or content_html as the body", () => {
    const item = {
      id: 'feed-1',
      title: 'Rates held',
      content_text: 'The bank held rates.',
      date_published: '2026-11-19',
    };

    expect(parseArticle(JSON.stringify(item), 'json')).toMatchObject({
      id: 'feed-1',
      body: 'The bank held rates.',
      publishedAt: '2026-11-19T00:00:00Z',
    });
    expect(parseArticle('{"content_html":"<p>The bank held rates.</p>"}', 'json').body).toBe(
      'The bank held rates.',
    );
  });

  it('accepts a title with an empty body', () => {
    expect(parseArticle('{"title":"BANK CUTS RATE","body":""}', 'json')).toEqual({
      title: 'BANK CUTS RATE',
      body: '',
    });
  });

  it('fails with INVALID_JSON on malformed JSON or a non-object', () => {
    expect(reasonOf(() => parseArticle('{"body": ', 'json'))).toBe('INVALID_JSON');
    expect(reasonOf(() => parseArticle('["a"]', 'json'))).toBe('INVALID_JSON');
  });

  it('fails with MISSING_BODY when no body field is present', () => {
    expect(reasonOf(() => parseArticle('{"title":"Only a title"}', 'json'))).toBe('MISSING_BODY');
  });

  it('fails with INVALID_FIELD naming the field when a field has the wrong type or shape', () => {
    const run = () => parseArticle('{"body":"x","title":7}', 'json');
    expect(reasonOf(run)).toBe('INVALID_FIELD');
    expect(run).toThrow(/title/);
    expect(reasonOf(() => parseArticle('{"body":"x","url":"not a url"}', 'json'))).toBe('INVALID_FIELD');
    expect(reasonOf(() => parseArticle('{"body":"x","publishedAt":"soon"}', 'json'))).toBe('INVALID_FIELD');
  });

  it('fails with INVALID_FIELD naming publishedAt when the day does not exist in the calendar', () => {
    const published = (date: string) => () =>
      parseArticle(JSON.stringify({ body: 'The council met.', publishedAt: date }), 'json');

    for (const date of [
      '2026-02-30T00:00:00Z',
      '2026-02-29',
      '2026-04-31T09:00:00+02:00',
      'Mon, 30 Feb 2026 08:00:00 GMT',
      'February 30, 2026',
    ]) {
      expect(reasonOf(published(date)), date).toBe('INVALID_FIELD');
      expect(published(date), date).toThrow(/publishedAt/);
    }
  });

  it('still accepts real days in each accepted form, leap days included', () => {
    const publishedAt = (date: string) =>
      parseArticle(JSON.stringify({ body: 'The council met.', publishedAt: date }), 'json').publishedAt;

    expect(publishedAt('2024-02-29T10:00:00+02:00')).toBe('2024-02-29T10:00:00+02:00');
    expect(publishedAt('2026-02-28')).toBe('2026-02-28T00:00:00Z');
    expect(publishedAt('Tue, 01 Dec 2026 08:00:00 GMT')).toBe('2026-12-01T08:00:00.000Z');
    expect(publishedAt('December 1, 2026 08:00 UTC')).toBe('2026-12-01T08:00:00.000Z');
  });

  it('validates an already decoded value the same way', () => {
    expect(articleFromJsonValue({ id: 'a', body: 'B.' }, { source: 'cli' })).toEqual({
      id: 'a',
      body: 'B.',
      source: 'cli',
    });
  });
});

describe("JSON articles: the place filed from under other exports' names", () => {
  it('reads a CMS "location" or "place", a wire "placeline" and a schema.org locationCreated Place as the dateline', () => {
    const body = 'The president signed the deal on Tuesday.';

    const dated = [
      { location: 'MONTEVIDEO', text: body },
      { place: 'NEW DELHI', text: body },
      { placeline: 'NAIROBI, Kenya', text: body },
      { locationCreated: { '@type': 'Place', name: 'Lima' }, articleBody: body },
    ].map((article) => articleFromJsonValue(article).dateline);

    expect(dated).toEqual(['MONTEVIDEO', 'NEW DELHI', 'NAIROBI, Kenya', 'Lima']);
  });

  it('keeps "dateline" first, and passes over a place field that holds no name', () => {
    const both = articleFromJsonValue({ dateline: 'LONDON', location: 'Paris', body: 'Talks ended.' });
    const noName = articleFromJsonValue({
      location: { lat: 51.5, lon: -0.1 },
      place: '  ',
      body: 'Talks ended.',
    });

    expect(both.dateline).toBe('LONDON');
    expect(noName.dateline).toBeUndefined();
  });
});

describe('JSON articles: a place field is only a fallback for the dateline', () => {
  it('keeps the dateline the body opens with over a CMS location, and reads no section path or ordinal as a place', () => {
    const summit = articleFromJsonValue({
      location: 'Belem',
      body: 'NAIROBI (Reuters) - Kenya will host talks on climate finance next year.',
    });
    const path = articleFromJsonValue({ location: '/business/markets', body: 'Oil prices rose on Monday.' });
    const ordinal = articleFromJsonValue({ place: '1st', body: 'She finished the race first.' });

    expect(summit.dateline).toBeUndefined();
    expect(path.dateline).toBeUndefined();
    expect(ordinal.dateline).toBeUndefined();
  });
});
