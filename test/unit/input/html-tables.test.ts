import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';
import { tagArticle } from '../../../functions/core/tag.js';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Coffee exports rise</title></head><body><article>${body}</article></body></html>`;

const exportsTable = `
  <p>Coffee exports from the biggest growers rose in October, trade data showed on Friday.</p>
  <table><thead><tr><th>Rank</th><th>Exporter</th><th>Tonnes</th><th>Main buyers</th></tr></thead>
  <tbody>
    <tr><td>1</td><td>Brazil</td><td>312,400</td><td>United States, Germany</td></tr>
    <tr><td>2</td><td>Vietnam</td><td>141,900</td><td>Japan, Italy</td></tr>
    <tr><td>3</td><td>Colombia</td><td>98,300</td><td>United States, <b>Belgium</b></td></tr>
  </tbody></table>
  <p>Traders said roasters bought ahead of new deforestation rules.</p>`;

describe('HTML tables', () => {
  it('reads a data table row by row as pipe rows, without the header row', () => {
    const { body } = parseArticle(page(exportsTable), 'html');

    expect(body.split('\n\n')).toEqual([
      'Coffee exports from the biggest growers rose in October, trade data showed on Friday.',
      '| 1 | Brazil | 312,400 | United States, Germany |',
      '| 2 | Vietnam | 141,900 | Japan, Italy |',
      '| 3 | Colombia | 98,300 | United States, Belgium |',
      'Traders said roasters bought ahead of new deforestation rules.',
    ]);
  });

  it("pairs a row's exporter with its buyers only, as a Markdown table's rows do", () => {
    const html = tagArticle(parseArticle(page(exportsTable), 'html'));
    const markdown = tagArticle(
      parseArticle(
        [
          '# Coffee exports rise',
          '',
          'Coffee exports from the biggest growers rose in October, trade data showed on Friday.',
          '',
          '| Rank | Exporter | Tonnes | Main buyers |',
          '|---|---|---|---|',
          '| 1 | Brazil | 312,400 | United States, Germany |',
          '| 2 | Vietnam | 141,900 | Japan, Italy |',
          '| 3 | Colombia | 98,300 | United States, Belgium |',
          '',
          'Traders said roasters bought ahead of new deforestation rules.',
        ].join('\n'),
        'markdown',
      ),
    );

    const pairsOf = (r: typeof html) => r.countryPairs.map((p) => p.pair).sort();
    expect(pairsOf(html)).toEqual(['BE-CO', 'BR-DE', 'BR-US', 'CO-US', 'IT-VN', 'JP-VN']);
    expect(pairsOf(html)).toEqual(pairsOf(markdown));
  });

  it('reads rows written all in <th> cells after the first as data rows (read22 F8)', () => {
    const { body } = parseArticle(
      page(`<p>Ships hit in the Gulf war, by attacker, shipping sources said on Monday.</p>
  <table><tr><th>Attacker</th><th>Ships hit</th></tr>
  <tr><th>Iraq</th><th>283 by Iraqi jets, mostly tankers carrying Iranian crude</th></tr>
  <tr><th>Iran</th><th>168, most of them carrying Saudi Arabian or Kuwaiti cargo</th></tr></table>`),
      'html',
    );

    expect(body.split('\n\n')).toEqual([
      'Ships hit in the Gulf war, by attacker, shipping sources said on Monday.',
      '| Iraq | 283 by Iraqi jets, mostly tankers carrying Iranian crude |',
      '| Iran | 168, most of them carrying Saudi Arabian or Kuwaiti cargo |',
    ]);
  });

  it("keeps a row header cell (<th> beside <td>) and drops a row's empty cells", () => {
    const { body } = parseArticle(
      page('<table><tr><th scope="row">Ghana</th><td></td><td>Netherlands</td></tr></table>'),
      'html',
    );

    expect(body).toBe('| Ghana | Netherlands |');
  });

  it("reads a layout table's cells as paragraphs, not as a row", () => {
    const { body } = parseArticle(
      page(
        '<table><tr><td><p>Ministers met in Brussels on Monday.</p><p>They agreed a plan.</p></td><td><p>Related: storms</p></td></tr></table>',
      ),
      'html',
    );

    expect(body.split('\n\n')).toEqual([
      'Ministers met in Brussels on Monday.',
      'They agreed a plan.',
      'Related: storms',
    ]);
  });
});
