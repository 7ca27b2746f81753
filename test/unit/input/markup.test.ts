import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';
import { textOfMarkup } from '../../../functions/core/input/markup.js';

// A WordPress-style export: the body is the post's rendered HTML.
const cmsBody = [
  '<p><strong>CUPERTINO, Calif.</strong> &mdash; Apple&rsquo;s shares rose on Tuesday.</p>',
  '<p>Analysts called it &ldquo;the biggest leap since the iPhone X&rdquo;.<br>Others were unsure.</p>',
  '<figure><img src="a.jpg" alt="A phone"><figcaption>The phone. Photo: Example</figcaption></figure>',
].join('\n');

describe('HTML in the text fields of a JSON article', () => {
  it('reads a CMS body as paragraphs of text, with references decoded and captions dropped', () => {
    const json = JSON.stringify({ title: 'Apple&rsquo;s <em>new</em> phone', body: cmsBody });

    const article = parseArticle(json, 'json');

    expect(article.title).toBe('Apple’s new phone');
    expect(article.body).toBe(
      'CUPERTINO, Calif. — Apple’s shares rose on Tuesday.\n\n' +
        'Analysts called it “the biggest leap since the iPhone X”.\nOthers were unsure.',
    );
  });

  it('keeps a body whose wrapper has a furniture-like class, blank-line paragraphs and one-line titles', () => {
    const wrapped =
      '<div class="story-body paywall"><p>LONDON (Reuters) - Shares rose.</p><p>Bonds fell.</p></div>';
    const plain = 'Para one.\n\nPara two with <a href="https://x.example">a link</a>.';

    expect(textOfMarkup(wrapped, false)).toBe('LONDON (Reuters) - Shares rose.\n\nBonds fell.');
    expect(textOfMarkup(plain, false)).toBe('Para one.\n\nPara two with a link.');
    expect(textOfMarkup('Storm hits<br>the coast', true)).toBe('Storm hits the coast');
  });

  it('decodes character references in text without markup and keeps its own line breaks', () => {
    expect(textOfMarkup('Procter &amp; Gamble rose\nin New York.\n\nProfit: &#163;5m.', false)).toBe(
      'Procter & Gamble rose\nin New York.\n\nProfit: £5m.',
    );
  });

  it('reads HTML escaped a second time as HTML, not as tags in the text', () => {
    const escaped =
      '&lt;p&gt;LONDON (Reuters) &amp;mdash; Shares rose.&lt;/p&gt;&lt;p&gt;Bonds fell.&lt;/p&gt;';

    expect(textOfMarkup(escaped, false)).toBe('LONDON (Reuters) — Shares rose.\n\nBonds fell.');
    expect(textOfMarkup('Storm hits&lt;br&gt;the coast', true)).toBe('Storm hits the coast');
  });

  it('leaves tickers in angle brackets and bare ampersands as they are written', () => {
    const wire = 'General Cinema Corp <GCN> and <U> said AT&T and R&D spending rose;\nShr 41 cts vs 36 cts.';

    expect(textOfMarkup(wire, false)).toBe(wire);
    expect(parseArticle(JSON.stringify({ body: wire }), 'json').body).toBe(wire);
  });
});
