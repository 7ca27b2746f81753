import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../functions/core/input/html.js';

/**
 * Malformed pages read as a browser (and parse5, the parser used before htmlparser2) reads them: the
 * expected values are what the parse5-based reader gave for the same input. Each case is one of the
 * places where htmlparser2's own tree differs from the HTML standard's and html.ts shapes it back.
 */
describe('HTML pages read as browsers build them', () => {
  it('reads a page without <html>, <head> or <body> tags: the title from the head, the rest as body', () => {
    const fields = parseHtml('<title>Storm</title><p>One</p><p>Two</p>');

    expect(fields).toMatchObject({ title: 'Storm', body: 'One\n\nTwo' });
  });

  it('reads the text of a page nested thousands of elements deep, and text in a select or table past it', () => {
    const depth = 5_000;
    const page = `<html><body>${'<div>'.repeat(depth)}<p>Deep</p>${'</div>'.repeat(depth)}<table><tr><td>Cell</td></tr></table></body></html>`;

    const fields = parseHtml(page);

    expect(fields.body).toContain('Deep');
    expect(fields.body).toContain('Cell');
  });

  it('ignores start tags read with 4,096 elements open, keeping their text and still leaving scripts out', () => {
    const depth = 5_000;
    const page = `<html><body>${'<div>'.repeat(depth)}<nav>Menu</nav><p>Deep</p><script>track()</script>${'</div>'.repeat(depth)}</body></html>`;

    const fields = parseHtml(page);

    // A <nav> that deep is no element, so its words are not dropped as navigation.
    expect(fields.body).toContain('Menu');
    expect(fields.body).toContain('Deep');
    expect(fields.body).not.toContain('track()');
  });

  it('keeps text that follows </body> and </html> in the body', () => {
    const fields = parseHtml('<html><body><p>Inside</p></body></html>\n<p>After the end</p>');

    expect(fields.body).toBe('Inside\n\nAfter the end');
  });

  it('reads head elements after a stray element in the head, and keeps its ad markup out of the text', () => {
    const fields = parseHtml(
      '<html><head><title>Title</title><div class="ad-slot">Ad</div><meta property="og:site_name" content="Site"></head><body><p>Text</p></body></html>',
    );

    expect(fields).toMatchObject({ title: 'Title', body: 'Text', source: 'Site' });
  });

  it('reads <noscript> content as text, as browsers with scripting on do, so it never adds to the body', () => {
    expect(parseHtml('<p>Tracking<noscript><img src="pixel.gif"></noscript> pixel</p>').body).toBe(
      'Tracking pixel',
    );
    // Left open, it holds the rest of the page, as in a browser.
    expect(
      parseHtml(
        '<html><head><noscript><link rel="stylesheet" href="x.css"></head><body><p>Story</p></body></html>',
      ).body,
    ).toBe('');
  });

  it("leaves a <template>'s content out of the text but reads its meta tags", () => {
    const fields = parseHtml(
      '<template><p>Hidden</p><meta name="description" content="From a template"></template><p>Shown</p>',
    );

    expect(fields).toMatchObject({ body: 'Shown', description: 'From a template' });
  });

  it('moves text misplaced in a table before it, ignores cells outside a table and ends a table opened in a table', () => {
    expect(parseHtml('<table><tr><td>Cell</td>Stray</tr></table>').body).toBe('Stray\n\nCell');
    expect(parseHtml('<p>Before<td>cell</td>after</p>').body).toBe('Beforecellafter');
    expect(parseHtml('<table><tr><td>a</td></tr><table><tr><td>b</td></tr></table></table>').body).toBe(
      'a\n\nb',
    );
  });

  it('ends a table whose last cell or row was left open, so the text after it is a paragraph of its own', () => {
    expect(
      parseHtml('<article><table><tr><td>Photo: Reuters</table>Kenya said on Monday.</article>').body,
    ).toBe('Photo: Reuters\n\nKenya said on Monday.');
    expect(parseHtml('<article><table><tr><td>cell</tr></table><p>after</p></article>').body).toBe(
      'cell\n\nafter',
    );
    expect(
      parseHtml('<article><table><caption>Results</table><p>The vote was close.</p></article>').body,
    ).toBe('Results\n\nThe vote was close.');
  });

  it('leaves the <noframes> fallback of a frameset page out of the text', () => {
    expect(
      parseHtml('<html><frameset><frame src="a.html"><noframes><p>no frames</p></noframes></frameset></html>')
        .body,
    ).toBe('');
  });

  it('ends a heading at the end tag of another heading level', () => {
    const fields = parseHtml('<h1>Headline</h2><p>Body text.</p>');

    expect(fields).toMatchObject({ title: 'Headline', body: 'Body text.' });
  });

  it('keeps a paragraph whole when an inline element closes inside it, misnested', () => {
    expect(parseHtml('<div><a href="/x"><p>Linked</a> and more.</p></div>').body).toBe('Linked and more.');
    expect(parseHtml('<p><b>bold <i>both</b> italic</i></p>').body).toBe('bold both italic');
  });

  it('ends an <svg> left open at the next HTML block, so the text after an icon is read', () => {
    expect(parseHtml('<svg viewBox="0 0 1 1"><path d="M0"><p>Text after the icon</p>').body).toBe(
      'Text after the icon',
    );
  });

  it('reads forms and selects as browsers do: their text stays out, what follows them stays in', () => {
    expect(parseHtml('<form><div>Search</form></div><p>Story</p>').body).toBe('Story');
    expect(parseHtml('<p>Story</p><select><option>One<select>After</p>').body).toBe('Story\n\nAfter');
  });

  it('drops a tag cut off by the end of the input', () => {
    expect(parseHtml('<p>Text</p><img src="cut').body).toBe('Text');
  });

  it('decodes character references as the HTML standard does, in text and in attributes', () => {
    const fields = parseHtml(
      '<p>AT&T &copy 2024 &#x80;5 &notit; &amp x&ampy</p><meta name="description" content="Q&amp;A &copy=x &notit; &lt;b&gt;">',
    );

    expect(fields).toMatchObject({
      body: 'AT&T © 2024 €5 ¬it; & x&y',
      description: 'Q&A &copy=x &notit; <b>',
    });
  });

  it('reads CR LF line ends as LF, in attributes too', () => {
    const fields = parseHtml('<meta name="description" content="line one\r\nline two"><p>a\r\nb</p>');

    expect(fields).toMatchObject({ body: 'a b', description: 'line one\nline two' });
  });

  it('reads a <template> inside an <svg> (the parse5-based reader threw a TypeError on it)', () => {
    expect(parseHtml('<svg><template><p>x</p></template></svg><p>Text</p>').body).toBe('x\n\nText');
  });

  it('reads any tag soup without throwing', () => {
    const tags =
      'p div article main span a b i h1 h2 li ul table tr td br nav aside script style title meta noscript template pre form html head body svg math select option textarea'.split(
        ' ',
      );
    const piece = fc.oneof(
      fc.constantFrom(...tags).map((tag) => `<${tag}>`),
      fc.constantFrom(...tags).map((tag) => `</${tag}>`),
      fc.constantFrom(
        '<p class="share">',
        '<div hidden>',
        '<td role="main">',
        '<!-- c -->',
        '<![CDATA[x]]>',
        '<',
      ),
      fc.constantFrom('Text', ' ', '\n', 'A&amp;B', '&copy', '&#x80;', 'x < y'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const fields = parseHtml(pieces.join(''));

        expect(typeof fields.body).toBe('string');
        expect(fields.title === undefined || typeof fields.title === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
