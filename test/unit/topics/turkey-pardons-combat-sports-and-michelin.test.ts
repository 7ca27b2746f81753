import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 35, topics35).
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const ANIMAL = 'medtop:20000500';
const BOXING = 'medtop:20000856';
const MARTIAL_ARTS = 'medtop:20001157';
const MIXED_MARTIAL_ARTS = 'medtop:20001231';

describe("a president's turkey pardon", () => {
  it('is human interest (an animal) before the White House politics', () => {
    const result = tagArticle({
      title: 'Trump pardons turkeys Gobble and Waddle at White House',
      body:
        'President Donald Trump pardoned two turkeys named Gobble and Waddle at the White House on Tuesday in the ' +
        'annual Thanksgiving tradition. The birds, raised in North Carolina, will live out their days at a farm. ' +
        'Trump joked about the names as children watched.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.humanInterest);
    expect(ids(result)).toContain(ANIMAL);
  });

  it('keeps a pardon of people in Turkey politics or crime', () => {
    const result = tagArticle({
      title: 'Erdogan pardons Turkey coup plotters',
      body:
        'President Tayyip Erdogan pardoned 30 soldiers convicted over the failed 2016 coup attempt, his office said ' +
        'on Friday. The opposition said the pardon was a political move before the election.',
    });

    expect(ids(result)).not.toContain(ANIMAL);
    expect(firstTopLevel(result)).not.toBe(TOP_LEVEL.humanInterest);
  });
});

describe('turkeys spared by bird flu', () => {
  it('are no pardon: the country Turkey or farms a disease left alone stay a health story (read35 ★1)', () => {
    const country = tagArticle({
      title: "Turkey spared as bird flu sweeps Europe's poultry farms",
      body:
        'Turkey has so far been spared the bird flu outbreak that has forced farmers across Europe to cull millions ' +
        'of poultry, officials in Ankara said on Monday.',
    });
    const farms = tagArticle({
      title: 'UK turkey farms spared as bird flu order lifted',
      body:
        'Turkey farms in Norfolk have been spared further culls after the government lifted a bird flu housing ' +
        'order, the farmers union said, weeks before the Christmas rush.',
    });

    expect(ids(country)).not.toContain(ANIMAL);
    expect(firstTopLevel(country)).toBe(TOP_LEVEL.health);
    expect(ids(farms)).not.toContain(ANIMAL);
  });
});

describe('mixed martial arts', () => {
  it('files a UFC title fight under mixed martial arts, not boxing', () => {
    const result = tagArticle({
      title: 'UFC 315: Della Maddalena takes welterweight title from Muhammad',
      body:
        'Jack Della Maddalena won the UFC welterweight title with a unanimous decision over Belal Muhammad in ' +
        'Montreal on Saturday. The Australian landed more strikes over five rounds to claim the belt.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.sport);
    expect(ids(result)).toEqual(expect.arrayContaining([MARTIAL_ARTS, MIXED_MARTIAL_ARTS]));
    expect(ids(result)).not.toContain(BOXING);
  });

  it('keeps a heavyweight boxing knockout boxing', () => {
    const result = tagArticle({
      title: 'Usyk retains heavyweight titles with knockout of Dubois',
      body:
        'Oleksandr Usyk retained his WBA, WBC, IBF and WBO heavyweight titles by knocking out Daniel Dubois in the ' +
        'fifth round at Wembley on Saturday. The Ukrainian boxer floored Dubois with a left hand.',
    });

    expect(ids(result)).toContain(BOXING);
    expect(ids(result)).not.toContain(MARTIAL_ARTS);
  });
});

describe('the Michelin guide', () => {
  it('files its stars for restaurants under lifestyle, not the arts', () => {
    const result = tagArticle({
      title: 'Michelin Guide Awards Three Stars To Two New Tokyo Restaurants',
      body:
        'The Michelin Guide awarded three stars to two new restaurants in Tokyo, keeping the Japanese capital as ' +
        'the city with the most starred restaurants in the world. Chefs celebrated at a ceremony on Tuesday.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.lifestyle);
  });

  it('leaves Michelin the tyre maker out of lifestyle', () => {
    const result = tagArticle({
      title: 'Michelin to cut 1,200 jobs at French tyre plants',
      body:
        'Michelin will cut 1,200 jobs at two French factories as demand for car and truck tyres falls, the company ' +
        'said on Tuesday. Its shares rose 2 percent.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.lifestyle);
  });
});
