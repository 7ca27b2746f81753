import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented 2025-26 results (session 37, topics37): which sport a report is, for codes the tree lacked.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const firstTop = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const DARTS = 'medtop:20000912';
const SNOOKER = 'medtop:20001063';
const BADMINTON = 'medtop:20000847';
const NETBALL = 'medtop:20001010';
const MOTORCYCLING = 'medtop:20000998';
const CURLING = 'medtop:20000890';

describe('sport disciplines named by their own words', () => {
  it.each([
    [
      'Luke Littler wins World Darts Championship',
      'Luke Littler won the PDC World Darts Championship at Alexandra Palace, beating Michael van Gerwen 7-3 in the final.',
      DARTS,
    ],
    [
      'Zhao Xintong wins World Snooker Championship',
      'Zhao Xintong beat Mark Williams 18-12 in the final at the Crucible, making three century breaks in the last session.',
      SNOOKER,
    ],
    [
      'Indonesian pair win All England doubles title',
      "Indonesia's Fajar Alfian and Muhammad Rian Ardianto won the men's doubles at the All England Open badminton " +
        'championships in Birmingham, beating the Chinese world champions in three games.',
      BADMINTON,
    ],
    [
      'Roses beat Diamonds to reach Netball World Cup semi-final',
      "England's netballers beat Australia 56-52 to reach the semi-finals of the Netball World Cup in Cape Town.",
      NETBALL,
    ],
  ])('%s lists its discipline under sport', (title, body, discipline) => {
    const result = tagArticle({ title, body });

    expect(firstTop(result)).toBe(TOP_LEVEL.sport);
    expect(ids(result)).toContain(discipline);
  });

  it('reads no motorcycling in a motorcycle and no curling in a ball that curled', () => {
    const crash = tagArticle({
      title: 'Motorcycle courier hurt in collision with lorry',
      body: 'A motorcycle courier was taken to hospital after a collision with a lorry in Leeds, police said.',
    });
    const goal = tagArticle({
      title: 'Saka curls in late winner',
      body: 'Bukayo Saka curled a shot into the top corner in the 89th minute as Arsenal beat Chelsea 2-1 at the Emirates.',
    });

    expect(ids(crash)).not.toContain(MOTORCYCLING);
    expect(ids(goal)).not.toContain(CURLING);
  });
});
