import { type ArticleRecordItem, isTombstone } from '../../../../functions/core/records/items.js';
import type { MemoryRepository } from './memory-repository.js';

/** Aids that have index items: the articles a list shows. */
export function listedAids(repository: MemoryRepository): string[] {
  return [...new Set([...repository.index.keys()].map((key) => key.split('#').pop() ?? ''))].sort();
}

/** Count shards as `pk=n`, shard number dropped: what /trends and /top add up. */
export function countsOf(repository: MemoryRepository): string[] {
  return [...repository.counts.entries()]
    .map(([key, count]) => `${key.split('\u0000')[0]?.replace(/#\d+$/, '')}=${count.n}`)
    .sort();
}

/**
 * What "never double an article" means for the table, as broken rules (empty when it holds): among live
 * TAGGED articles with one fingerprint exactly one is listed and counted — the claim's owner — and the
 * others are marked copies (`duplicateOf`: the owner when they were written; readers ask the claim) with
 * no tags; the claim's members are exactly those articles, with
 * no promotion left marked; no claim without an article; index items and count members belong to listed
 * articles only, one per indexed tag.
 */
export function duplicateViolations(repository: MemoryRepository): string[] {
  const problems: string[] = [];
  const live = [...repository.articles.values()].filter(
    (a): a is ArticleRecordItem => !isTombstone(a) && a.status === 'TAGGED',
  );
  for (const article of live) {
    if (article.state !== 'APPLIED') problems.push(`${article.aid} is ${article.state}`);
    if (article.fp === undefined) problems.push(`${article.aid} has no fingerprint`);
  }
  const byPrint = new Map<string, ArticleRecordItem[]>();
  for (const article of live)
    byPrint.set(article.fp ?? '', [...(byPrint.get(article.fp ?? '') ?? []), article]);
  for (const [fp, group] of byPrint) {
    const claim = repository.claims.get(fp);
    const owners = group.filter((a) => a.duplicateOf === undefined);
    if (owners.length !== 1) problems.push(`F#${fp}: ${owners.length} listed articles`);
    if (!claim) {
      problems.push(`F#${fp}: no claim`);
      continue;
    }
    if (claim.promoting) problems.push(`F#${fp}: promotion of ${claim.promoting} left marked`);
    if (owners[0] && claim.owner !== owners[0].aid) problems.push(`F#${fp}: owner ${claim.owner}`);
    const members = group.map((a) => a.aid).sort();
    if ([...claim.m].sort().join() !== members.join()) problems.push(`F#${fp}: members ${[...claim.m]}`);
    for (const copy of group.filter((a) => a.duplicateOf !== undefined)) {
      if (copy.tags.length > 0) problems.push(`${copy.aid} is a copy with tags`);
    }
  }
  for (const fp of repository.claims.keys()) {
    if (!byPrint.has(fp)) problems.push(`F#${fp}: a claim with no article`);
  }
  const listed = live.filter((a) => a.duplicateOf === undefined);
  // Every listed tag has an index item and a count membership; a focus country (`focus|XX`) only the latter.
  const expectedMembers = listed.reduce((n, a) => n + a.tags.length, 0);
  const expectedIndex = listed.reduce((n, a) => n + a.tags.filter((t) => !t.startsWith('focus|')).length, 0);
  if (repository.index.size !== expectedIndex)
    problems.push(`${repository.index.size} index items for ${expectedIndex} listed tags`);
  const members = [...repository.counts.values()].flatMap((c) => [...c.m]);
  if (members.length !== expectedMembers) problems.push(`${members.length} count members`);
  const wanted = new Set(listed.flatMap((a) => a.tags.map((t) => `${t.replace('|', '#')}@${a.aid}`)));
  for (const key of repository.index.keys()) {
    const [pk = '', sk = ''] = key.split('\u0000');
    const tag = `${pk.slice(2).replace(/#\d+$/, '')}@${sk.split('#').pop()}`;
    if (!wanted.has(tag)) problems.push(`index item ${tag} not wanted`);
  }
  const listedIds = new Set(listed.map((a) => a.aid));
  for (const aid of members) if (!listedIds.has(aid)) problems.push(`${aid} is counted but not listed`);
  return problems;
}
