import type { CountryMention } from './mentions.js';

/**
 * Britain's towns of 20,000 to 100,000 people (uk-towns.json; the gazetteer's other cities have 100,000 or more)
 * under another country's dateline, in a story that names Britain no other way: there the name is a firm's or a
 * person's named after the town ("TORONTO - Aldershot Resources Ltd said it agreed to acquire Intracoastal
 * Refining", "Inverness said"; a Canadian firm either time), not a place in Britain a foreign desk wrote about
 * unplaced. Under a British dateline, or none (most web news), the town counts ("A gas leak closed roads in
 * Aldershot"); under another, with Britain named otherwise ("its plant in Wrexham, U.K."), too.
 */
export function withoutMinorTownsAbroad(
  found: CountryMention[],
  datelineCode: string | undefined,
): CountryMention[] {
  if (!datelineCode || !found.some((m) => m.minorTown)) return found;
  const named = new Set<string>([datelineCode]);
  for (const m of found) if (!m.minorTown) named.add(m.code);
  return found.filter((m) => !m.minorTown || named.has(m.code));
}
