import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Invented stories (session 38, entities38): districts and provinces no place list knows, read by the words
// news places them with.
const typeOf = (body: string, text: string, title?: string) =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('districts and provinces the lists lack', () => {
  it('reads a name after a disaster\'s "-hit" as the place it struck', () => {
    const body =
      'Relief reached flood-hit Bahraich on Monday, and rescuers in quake-hit Sindhupalchok found survivors.';

    expect(typeOf(body, 'Bahraich', 'Relief arrives')).toBe('place');
    expect(typeOf(body, 'Sindhupalchok', 'Relief arrives')).toBe('place');
  });

  it('leaves a body\'s name after "-hit" a body', () => {
    const body = 'Crews restored power to flood-hit Kerala State Electricity Board offices.';

    expect(typeOf(body, 'Kerala State Electricity Board', 'Power back')).toBe('organization');
  });

  it('reads the names of an aerial survey as places', () => {
    const body =
      'The chief minister announced relief for farmers after an aerial survey of Bahraich and Gonda.';

    expect(typeOf(body, 'Bahraich', 'Relief for farmers')).toBe('place');
    expect(typeOf(body, 'Gonda', 'Relief for farmers')).toBe('place');
  });

  it('reads a name joined by "and" to an area named with its noun as another area', () => {
    const body =
      'Schools in Lakhimpur Kheri district and Barabanki remain shut, and Pampanga province and Bulacan flooded.';

    expect(typeOf(body, 'Barabanki', 'Schools shut')).toBe('place');
    expect(typeOf(body, 'Bulacan', 'Schools shut')).toBe('place');
  });

  it('reads a word no list knows after a known town and a comma as its province', () => {
    const body = 'Angeles City, Pampanga, lost power on Tuesday.';

    expect(typeOf(body, 'Pampanga', 'Power lost')).toBe('place');
  });

  it('leaves a name after a town and a comma that an apposition explains to its own reading', () => {
    const body = 'In Lagos, Dangote, the tycoon, said the refinery would open.';

    expect(typeOf(body, 'Dangote', 'Refinery news')).not.toBe('place');
  });

  it("reads a name after a sentence-opening phrase's town and before a speaker's aside as its subject", () => {
    const body =
      'After talks in Nairobi, Mudavadi, speaking to reporters on Tuesday, said Kenya would keep its police in Haiti until the mission ends. Mudavadi, who is also foreign minister, said funding remained a problem.';

    expect(typeOf(body, 'Mudavadi', 'Kenya backs Haiti mission extension')).toBe('person');
  });

  it('reads a name after an opening phrase\'s town and before "said" as its subject', () => {
    const body = 'At a rally in Nakuru, Kipchumba, said the county would back the plan.';

    expect(typeOf(body, 'Kipchumba', 'Rally in Nakuru')).not.toBe('place');
  });

  it("keeps a province after an opening phrase's town when what follows is no speaker's verb", () => {
    const body = 'In Angeles City, Pampanga, residents lost power on Tuesday.';

    expect(typeOf(body, 'Pampanga', 'Power lost')).toBe('place');
  });
});
