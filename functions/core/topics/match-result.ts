import type { Token } from '../text/tokens.js';

/**
 * Whether the tokens at `i` write a match result: "3:1" (one token) or "2-1", "7-6" (three tokens, no space
 * between). One digit a side: "14:30" is a time, "30:28" a handball score we let go. A range is written the
 * same way ("2-3 Prozent", "1-2 giorni"), so a result is one word of sport that still needs a second.
 */
export function isMatchResultAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/^\d:\d$/.test(t.text)) return true;
  const dash = tokens[i + 1];
  const other = tokens[i + 2];
  return (
    /^\d$/.test(t.text) &&
    dash?.text === '-' &&
    dash.start === t.end &&
    other !== undefined &&
    other.start === dash.end &&
    /^\d$/.test(other.text)
  );
}
