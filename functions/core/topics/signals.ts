import type { Country, Entity } from '../schema.js';
import type { TopicNode } from './compile.js';

const INTERNATIONAL_RELATIONS = 'medtop:20000638';
const INTERNATIONAL_TRADE = 'medtop:20000373';
const DIPLOMACY_BONUS = 2;
const TRADE_BONUS = 1.5;

/** Adds `amount` to a node and every ancestor, as a lexicon match does. */
export function boost(raw: Float64Array, nodes: readonly TopicNode[], node: number, amount: number): void {
  for (let n = node; n >= 0; n = nodes[n]?.parent ?? -1) raw[n] = (raw[n] ?? 0) + amount;
}

/**
 * Evidence beyond words. An article about two or more countries that already uses the vocabulary of
 * diplomacy or of trade is more likely about relations or trade between them than about either
 * country alone; the words alone decide whether the topic is there at all, the countries only weigh it.
 */
export function applyDocumentSignals(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  nodeIndex: ReadonlyMap<string, number>,
  _entities: readonly Entity[],
  countries: readonly Country[],
): string[] {
  const evidence: string[] = [];
  const focus = countries.filter((c) => c.focus);
  if (focus.length < 2) return evidence;
  const names = focus
    .slice(0, 3)
    .map((c) => c.name)
    .join(', ');
  const relations = nodeIndex.get(INTERNATIONAL_RELATIONS);
  if (relations !== undefined && (raw[relations] ?? 0) > 0) {
    boost(raw, nodes, relations, DIPLOMACY_BONUS);
    evidence.push(`countries: ${names}`);
  }
  const trade = nodeIndex.get(INTERNATIONAL_TRADE);
  if (trade !== undefined && (raw[trade] ?? 0) > 0) {
    boost(raw, nodes, trade, TRADE_BONUS);
    if (!evidence.length) evidence.push(`countries: ${names}`);
  }
  return evidence;
}
