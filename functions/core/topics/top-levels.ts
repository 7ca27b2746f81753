import type { TopicNode } from './compile.js';

/** Each topic tree's top levels, by `topLevelsOf`. */
const TOP_LEVELS = new WeakMap<readonly TopicNode[], readonly number[]>();

/**
 * The indices of a topic tree's top levels, in the tree's order, found once per tree: the rules that weigh one desk
 * against the others ask for them several times an article, and reading the level of every node (~300) for the 17
 * was a fixed cost of every article, short or long.
 */
export function topLevelsOf(nodes: readonly TopicNode[]): readonly number[] {
  let tops = TOP_LEVELS.get(nodes);
  if (tops === undefined) {
    const found: number[] = [];
    for (let i = 0; i < nodes.length; i++) if (nodes[i]?.level === 1) found.push(i);
    tops = found;
    TOP_LEVELS.set(nodes, tops);
  }
  return tops;
}
