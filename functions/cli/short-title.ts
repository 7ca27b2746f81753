/**
 * A title shortened for one line of CLI output: at most `max` characters (code points, so no emoji or
 * CJK character is cut in two), cut after the last whole word that fits, with an ellipsis; a single word
 * longer than the line is cut where the line ends. A title that fits is returned as it is.
 */
export function shortTitle(title: string, max = 60): string {
  const chars = Array.from(title.trim().replace(/\s+/g, ' '));
  if (chars.length <= max) return chars.join('');
  // Room for the ellipsis; the character after the cut decides whether the last word is whole.
  const head = chars.slice(0, max - 1);
  const wordEnd = chars[max - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  // Keep at least half the line: a cut after a lone first word would say too little.
  const cut = wordEnd >= max / 2 ? wordEnd : head.length;
  return `${head
    .slice(0, cut)
    .join('')
    .replace(/[\s,;:\u2013\u2014-]+$/u, '')}…`;
}
