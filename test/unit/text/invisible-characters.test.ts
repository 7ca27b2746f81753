import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { givenOffset, visibleText } from '../../../functions/core/text/invisibles.js';

describe('text without invisible characters', () => {
  it('leaves text without soft hyphens, zero-width spaces or word joiners alone', () => {
    expect(visibleText('Narendra Modi met Shigeru Ishiba.')).toBeUndefined();
  });

  it('keeps the zero-width joiner and non-joiner that Indic and Persian script need', () => {
    expect(
      visibleText('\u0915\u094d\u200d\u0937 \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645'),
    ).toBeUndefined();
  });

  it('removes soft hyphens, zero-width spaces, word joiners and inner byte order marks, noting where they stood', () => {
    const visible = visibleText('Mo\u00addi in To\u200b\u2060kyo.');

    expect(visible).toEqual({ text: 'Modi in Tokyo.', removedAt: [2, 10, 10] });
  });

  it('maps a start past the invisible characters before it and an end before those after it', () => {
    const visible = visibleText('\u00adModi\u00ad said')!;

    expect(givenOffset(visible, 0, 'start')).toBe(1);
    expect(givenOffset(visible, 4, 'end')).toBe(5);
    expect(givenOffset(visible, 5, 'start')).toBe(7);
  });
  it('reads a zero-width character between words, or before a capital opening a word, as a space (read52 R4)', () => {
    expect(visibleText('Friday.\ufeffThe minister')).toEqual({ text: 'Friday. The minister', removedAt: [] });
    expect(visibleText('Narendra\u200bModi')).toEqual({ text: 'Narendra Modi', removedAt: [] });
    expect(visibleText('Mo\u00adDi')).toEqual({ text: 'MoDi', removedAt: [2] });
  });

  it('leaves out the carriage return of a Windows line end and reads a lone one as a line feed (wild53 Y18)', () => {
    expect(visibleText('Talks end .\r\nLONDON 1996-09-04\rThe talks')).toEqual({
      text: 'Talks end .\nLONDON 1996-09-04\nThe talks',
      removedAt: [11],
    });
  });

  it('reads no-break, figure, thin and narrow no-break spaces as spaces, one for one (wild54 Z1)', () => {
    expect(visibleText('Michael\u00a0Owen paid 10\u2009000 euros at 9\u202fam and 2\u2007pm')).toEqual({
      text: 'Michael Owen paid 10 000 euros at 9 am and 2 pm',
      removedAt: [],
    });
  });

  it('reads typographic hyphens as hyphens, one for one (wild54 Z12)', () => {
    expect(visibleText('Jean\u2010Philippe Cotis met Ulrich Schulte\u2011Strathaus')).toEqual({
      text: 'Jean-Philippe Cotis met Ulrich Schulte-Strathaus',
      removedAt: [],
    });
  });

  it('reads a long run of zero-width spaces between words as as many spaces (read52 R16)', () => {
    const run = '\u200b'.repeat(50_000);

    const visible = visibleText(`Talks in Paris ${run} ended.`);

    expect(visible).toEqual({ text: `Talks in Paris ${' '.repeat(50_000)} ended.`, removedAt: [] });
  });
});

describe('tagging text with invisible characters', () => {
  it('tags a story with Windows line ends as it tags the same story with line feeds, spans in the text as given', () => {
    const withLineFeeds =
      'Lebanon arrests Israeli spy suspects .\nBEIRUT 1996-09-04\nLebanese police arrested two men suspected of ' +
      'spying for Israel , officials said on Wednesday .\nInterior Minister Michel Murr said the men had confessed .';
    const withWindowsLineEnds = withLineFeeds.replaceAll('\n', '\r\n');
    const tags = (body: string) => {
      const r = tagArticle({ body });
      return {
        entities: r.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text.replaceAll('\r', ''))]),
        countries: r.countries.map((c) => [c.code, c.focus, c.salience]),
        topics: r.topics.map((t) => [t.id, t.score]),
      };
    };

    const result = tagArticle({ body: withWindowsLineEnds });

    expect(tags(withWindowsLineEnds)).toEqual(tags(withLineFeeds));
    const murr = result.entities.find((e) => e.name === 'Michel Murr')!;
    expect(murr.mentions[0]!.start).toBe(withWindowsLineEnds.indexOf('Michel Murr'));
    for (const e of result.entities)
      for (const m of e.mentions) expect(withWindowsLineEnds.slice(m.start, m.end)).toBe(m.text);
  });

  it('tags a story with no-break spaces as it tags the story with spaces, spans in the text as given (wild54 Z1)', () => {
    const plain = 'Fans of Nirvana and Korn packed the venue. He is behind Raul, Ronaldo and Michael Owen.';
    const withNoBreak =
      'Fans of Nirvana and\u00a0Korn packed the venue. He is behind Raul, Ronaldo\u00a0and Michael\u00a0Owen.';
    const tags = (body: string) =>
      tagArticle({ body }).entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.start)]);

    const result = tagArticle({ body: withNoBreak });

    expect(tags(withNoBreak)).toEqual(tags(plain));
    for (const e of result.entities)
      for (const m of e.mentions) expect(withNoBreak.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a name cut by soft hyphens as the whole name, with spans into the text as given', () => {
    const body = 'Prime Minister Narendra Mo\u00addi met Shigeru Ishi\u00adba in To\u200bkyo on Friday.';

    const result = tagArticle({ body });

    const names = result.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Narendra Modi', 'Shigeru Ishiba', 'Tokyo']));
    expect(names).not.toContain('Narendra Mo');
    const modi = result.entities.find((e) => e.name === 'Narendra Modi')!;
    expect(modi.mentions).toEqual([{ field: 'body', start: 15, end: 29, text: 'Narendra Mo\u00addi' }]);
    for (const e of result.entities)
      for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps the topic words of a story whose long words carry soft hyphens', () => {
    const title = 'Central bank raises inter\u00adest rates';
    const body =
      'The central bank raised inter\u00adest rates on Tuesday as infla\u00adtion rose to 4 percent in Octo\u00adber.';

    const result = tagArticle({ title, body });

    expect(result.topics[0]?.label).toBe('economy, business and finance');
    expect(result.topics.flatMap((t) => t.evidence ?? [])).toContain('inflation');
    expect(result.entities.map((e) => e.name)).not.toContain('Octo');
  });

  it('links the countries of evidence spans that hold zero-width spaces, slicing the given title and body', () => {
    const title = 'Ja\u200bpan and In\u00addia deepen defence ties';
    const body = 'Japan and India agreed on Friday to deepen de\u00adfence ties.';

    const result = tagArticle({ title, body });

    expect(result.countryPairs.map((p) => p.pair)).toContain('IN-JP');
    for (const p of result.countryPairs)
      for (const e of p.evidence)
        expect((e.field === 'title' ? title : body).slice(e.start, e.end)).toBe(e.text);
  });
});
