import { describe, expect, it } from 'vitest';
import type { TopicNode } from '../../../functions/core/topics/compile.js';
import { strongestTopLevel } from '../../../functions/core/topics/signals.js';
import { topLevelsOf } from '../../../functions/core/topics/top-levels.js';

const tree: TopicNode[] = [
  { id: 'a', label: 'A', level: 1, parent: -1 },
  { id: 'a1', label: 'A1', level: 2, parent: 0 },
  { id: 'b', label: 'B', level: 1, parent: -1 },
  { id: 'b1', label: 'B1', level: 2, parent: 2 },
  { id: 'b11', label: 'B11', level: 3, parent: 3 },
  { id: 'c', label: 'C', level: 1, parent: -1 },
];

describe('the top levels of a topic tree', () => {
  it('are the indices of the level-1 nodes, in the order of the tree', () => {
    const tops = topLevelsOf(tree);

    expect(tops).toEqual([0, 2, 5]);
  });

  it('are found once per tree: asking again gives the same list', () => {
    const first = topLevelsOf(tree);

    const again = topLevelsOf(tree);

    expect(again).toBe(first);
  });

  it('give the heaviest top level, leaving out the skipped ones, whatever their subtopics weigh', () => {
    const raw = new Float64Array([2, 9, 5, 7, 8, 3]);

    const strongest = strongestTopLevel(raw, tree);
    const withoutB = strongestTopLevel(raw, tree, (i) => i === 2);

    expect(strongest).toBe(5);
    expect(withoutB).toBe(3);
  });
});
