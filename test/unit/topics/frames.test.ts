import { describe, expect, it } from 'vitest';
import packed from '../../../functions/core/data/packed/topics-lexicon.js';
import { type LexiconEntry, wordKey } from '../../../functions/core/topics/compile.js';
import { compileFrames, FRAMES } from '../../../functions/core/topics/frames.js';
import { loadLexiconColumns } from '../../../functions/core/topics/lexicon-columns.js';

describe('frame actors', () => {
  it('an entry is an actor of the frames whose actor topics it gives enough weight, or that name it', () => {
    const lexicon = loadLexiconColumns(packed);
    const frames = compileFrames(lexicon);
    const entries = [...lexicon.index.values()].flat();
    // Reference: every frame's actor topics, read off each entry's gains directly, but for entries that name
    // an excepted subtopic (armed forces) as weightily.
    const byTopic = (entry: LexiconEntry, f: number) => {
      const frame = FRAMES[f]!;
      const actors = new Set((frame.actorTopics ?? []).map((id) => lexicon.nodeIndex.get(`medtop:${id}`)));
      const except = new Set((frame.actorExcept ?? []).map((id) => lexicon.nodeIndex.get(`medtop:${id}`)));
      const excepted = (gain: number) => {
        for (let k = 0; k < entry.gains.length; k += 2)
          if (except.has(entry.gains[k]) && entry.gains[k + 1]! >= gain) return true;
        return false;
      };
      for (let k = 0; k < entry.gains.length; k += 2) {
        const gain = entry.gains[k + 1]!;
        if (actors.has(entry.gains[k]) && gain >= (frame.actorWeight ?? 2) && !excepted(gain)) return true;
      }
      return false;
    };

    let byTopicActors = 0;
    for (const entry of entries) {
      const mask = frames.actorMask.get(entry) ?? 0;
      for (let f = 0; f < FRAMES.length; f++) {
        if (byTopic(entry, f)) {
          byTopicActors++;
          expect(mask & (1 << f), `${entry.phrase} in ${FRAMES[f]!.name}`).not.toBe(0);
        }
      }
      if (mask === 0) expect(frames.actorMask.get(entry)).toBeUndefined();
    }
    expect(byTopicActors).toBeGreaterThan(100);
    const named = lexicon.index.get('firm')?.find((e) => e.phrase === 'firm' || e.phrase === 'firms');
    expect(named && frames.actorMask.get(named)).toBeTruthy();
    // Armed forces carry policy out: "navy" frames nothing as government policy, "defence secretary" does.
    const policy = FRAMES.findIndex((frame) => frame.name === 'government policy');
    const navy = lexicon.index.get(wordKey('navy'))?.find((e) => e.phrase === 'navy');
    const secretary = lexicon.index.get(wordKey('defence'))?.find((e) => e.phrase === 'defence secretary');
    expect((frames.actorMask.get(navy!) ?? 0) & (1 << policy)).toBe(0);
    expect((frames.actorMask.get(secretary!) ?? 0) & (1 << policy)).not.toBe(0);
  });
});
