import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

const COPPER_STORY =
  "SANTIAGO (Reuters) - Chile's copper output rose 4% in October, the mining ministry said on Monday. " +
  'State miner Codelco raised production at its El Teniente mine after a maintenance halt. ' +
  'Private mines in Chile also reported higher output once a strike at the port of Antofagasta ended. ' +
  'Chilean officials expect output to climb further next year as new concentrators start up. ' +
  'Copper prices rose 2% on the London Metal Exchange. ' +
  "Peru, the second producer, has long competed with Chile for Chinese buyers, and Peru's output fell.";

describe('a country the body first names near its end, in a story about one to three countries', () => {
  it('pairs with none of them: it is background added after what the story links', () => {
    const result = pairsOf({ title: 'Chile copper output rises', body: COPPER_STORY });

    expect(result).toEqual([]);
  });

  it('still pairs when the lead names it', () => {
    const body = COPPER_STORY.replace(
      "Chile's copper output rose 4% in October",
      "Chile's copper output rose 4% in October, overtaking a strike-hit Peru,",
    );

    const result = pairsOf({ title: 'Chile copper output rises', body });

    expect(result).toEqual(['CL-PE']);
  });
});
