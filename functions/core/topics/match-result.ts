import type { Token } from '../text/tokens.js';

/**
 * The match result the tokens at `i` write, as written, or undefined: "3:1" (one token) or "2-1", "7-6" (three tokens, no space
 * between). One digit a side: "14:30" is a time, "30:28" a handball score we let go. A range is written the
 * same way ("2-3 Prozent", "1-2 giorni"), so a result is one word of sport that still needs a second.
 */
export function matchResultAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i]!;
  if (/^\d:\d$/.test(t.text)) return t.text;
  const dash = tokens[i + 1];
  const other = tokens[i + 2];
  const written =
    /^\d$/.test(t.text) &&
    dash?.text === '-' &&
    dash.start === t.end &&
    other !== undefined &&
    other.start === dash.end &&
    /^\d$/.test(other.text);
  return written ? `${t.text}-${other.text}` : undefined;
}
