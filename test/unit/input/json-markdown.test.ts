import { describe, expect, it } from 'vitest';
import { articleFromJsonValue, parseArticle } from '../../../functions/core/input/index.js';
import { tagArticle } from '../../../functions/core/tag.js';

const MARKDOWN_BODY = [
  '# Kenya picks a partner for its geothermal plant',
  '',
  '**NAIROBI** — Kenya’s state power producer [KenGen](https://www.kengen.co.ke) has chosen a Japanese',
  'consortium to build a 140-megawatt geothermal plant at Olkaria, the company said on Tuesday.',
  '',
  '## What the deal covers',
  '',
  '- The consortium will invest up to $400 million.',
  '- See the [Olkaria field](https://en.wikipedia.org/wiki/Olkaria) for background.',
].join('\n');

describe('a JSON article whose body is Markdown (as CMS exports write it)', () => {
  it('reads the body as a .md file is read: no link targets, no emphasis marks, headings as lines', () => {
    const article = articleFromJsonValue({ id: 'k1', body: MARKDOWN_BODY });

    expect(article.title).toBe('Kenya picks a partner for its geothermal plant');
    expect(article.body.startsWith('NAIROBI — Kenya’s state power producer KenGen has chosen')).toBe(true);
    expect(article.body).not.toMatch(/https?:|wikipedia|\*\*|\]\(/);
    expect(article.body).toContain('What the deal covers');
  });

  it('finds the dateline the emphasis marks hid', () => {
    const article = articleFromJsonValue({ id: 'k1', body: MARKDOWN_BODY });

    expect(tagArticle(article).dateline?.place).toBe('NAIROBI');
  });

  it("keeps the article's own title and reads a .json file the same way", () => {
    const article = parseArticle(
      JSON.stringify({ title: 'Kenya geothermal deal', body: MARKDOWN_BODY }),
      'json',
    );

    expect(article.title).toBe('Kenya geothermal deal');
    expect(article.body).not.toContain('](');
  });

  it('leaves a plain-text body with a hash or asterisks as it is', () => {
    const body =
      '(EMBARGOED FOR RELEASE AT 1130 GMT) ******UK\nFEB UNEMPLOYMENT FELL 44,100 **\nThe #1 seller, with ' +
      'sales up 5 pct *estimated*, said so.';

    expect(articleFromJsonValue({ id: 'p1', body }).body).toBe(body);
  });
});

describe('a Markdown table in a JSON body', () => {
  it('pairs the countries of each row as the same table sent as plain pipe text does', () => {
    const table =
      '| Exporter | Tonnes | Main buyers |\n|---|---|---|\n| Brazil | 2,600,000 | United States, Germany |\n' +
      '| Vietnam | 1,700,000 | Germany, Italy |\n| Colombia | 750,000 | United States, Japan |';
    const pairsOf = (lead: string) =>
      tagArticle(
        articleFromJsonValue({ id: 't', title: 'Coffee exports by country', body: `${lead}\n\n${table}` }),
      )
        .countryPairs.map((p) => p.pair)
        .sort();

    const withLink = pairsOf(
      'Brazil led coffee exports in 2025, according to the [ICO](https://www.ico.org) report.',
    );
    const plain = pairsOf('Brazil led coffee exports in 2025, according to the ICO report.');

    expect(withLink).toEqual(plain);
    expect(withLink).not.toContain('DE-US');
  });
});
