import type { Mention, TagResult } from '../../functions/core/schema.js';

/** Every broken invariant of a result as a readable line; empty when the result is sound. */
export function invariantViolations(
  article: { title?: string | undefined; body: string },
  result: TagResult,
): string[] {
  const problems: string[] = [];
  const field = (m: Mention) => (m.field === 'title' ? (article.title ?? '') : article.body);
  const checkSpan = (where: string, m: Mention) => {
    const text = field(m);
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length)) {
      problems.push(`${where}: span ${m.start}-${m.end} outside ${m.field} of length ${text.length}`);
    } else if (text.slice(m.start, m.end) !== m.text) {
      problems.push(
        `${where}: ${m.field}.slice(${m.start}, ${m.end}) is ${JSON.stringify(text.slice(m.start, m.end))}, not ${JSON.stringify(m.text)}`,
      );
    }
  };
  for (const e of result.entities) for (const m of e.mentions) checkSpan(`entity ${e.id}`, m);
  for (const c of result.countries) for (const m of c.mentions) checkSpan(`country ${c.code}`, m);
  for (const p of result.countryPairs) for (const m of p.evidence) checkSpan(`pair ${p.pair} evidence`, m);

  for (const f of ['title', 'body'] as const) {
    const spans = result.entities
      .flatMap((e) => e.mentions.filter((m) => m.field === f).map((m) => ({ ...m, id: e.id })))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < spans.length; i++) {
      const [a, b] = [spans[i - 1], spans[i]];
      if (a && b && b.start < a.end) {
        problems.push(
          `entity mentions overlap in ${f}: ${a.id} "${a.text}" ${a.start}-${a.end} and ${b.id} "${b.text}" ${b.start}-${b.end}`,
        );
      }
    }
  }
  return problems;
}
