import { describe, expect, it } from 'vitest';
import { entityIdOf } from '../../../functions/api/limits.js';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

const bodies = (entities: Entity[]) =>
  entities
    .filter((e) => e.type === 'organization')
    .map((e) => ({ id: e.id, name: e.name, said: e.mentions.map((m) => m.text) }));

describe("a country's body named by its function", () => {
  it('gives "China\'s Foreign Ministry" and "the Chinese Foreign Ministry" one id across articles', () => {
    const possessive = bodies(
      entitiesOf(
        "China's Foreign Ministry criticised the arms sale. The Foreign Ministry said it was a provocation.",
      ),
    );
    const demonym = bodies(
      entitiesOf('A Chinese Foreign Ministry spokesman said the sale harmed relations.'),
    );

    expect(possessive).toEqual([
      {
        id: 'organization:chinese-foreign-ministry',
        name: 'Chinese Foreign Ministry',
        said: ['Foreign Ministry', 'Foreign Ministry'],
      },
    ]);
    expect(demonym.map((b) => b.id)).toEqual(['organization:chinese-foreign-ministry']);
  });

  it('keeps two countries\' ministries apart, and "the Foreign Ministry" is the one named last', () => {
    const found = bodies(
      entitiesOf(
        "Kenya's Foreign Ministry and Uganda's Foreign Ministry issued a joint statement. Uganda's Foreign Ministry " +
          'said talks would go on. The Foreign Ministry gave no date.',
      ),
    );

    expect(found.find((b) => b.id === 'organization:kenyan-foreign-ministry')?.said).toEqual([
      'Foreign Ministry',
    ]);
    expect(found.find((b) => b.id === 'organization:ugandan-foreign-ministry')?.said).toHaveLength(3);
  });

  it('reads the press\'s adjective of a country and a possessive in "s\'" alike', () => {
    const manila = bodies(
      entitiesOf(
        "The Philippines' Coast Guard said a sailor was hurt. The Philippine Coast Guard filmed the clash.",
      ),
    );
    const london = bodies(
      entitiesOf(
        "Britain's Foreign Office summoned the envoy. The British Foreign Office declined to comment.",
      ),
    );
    const pentagon = bodies(entitiesOf("America's Defense Department declined to comment."));

    expect(manila.map((b) => b.id)).toEqual(['organization:philippine-coast-guard']);
    expect(london.map((b) => b.id)).toEqual(['organization:british-foreign-office']);
    expect(pentagon.map((b) => b.name)).toEqual(['U.S. Defense Department']);
  });

  it("leaves a body with a name of its own, a listed body and a name a country's word opens as they are", () => {
    const found = bodies(
      entitiesOf(
        "Germany's Bundestag voted on Friday. The U.S. State Department said the China Coast Guard acted unlawfully. " +
          'The Scottish Parliament and the UK Film Council met American Express Bank.',
      ),
    );

    expect(found.map((b) => b.id).sort()).toEqual([
      'organization:american-express-bank',
      'organization:bundestag',
      'organization:china-coast-guard',
      'organization:scottish-parliament',
      'organization:state-department',
      'organization:uk-film-council',
    ]);
  });

  it('keeps the initials of a body read with its country joined to it', () => {
    const found = bodies(
      entitiesOf(
        "Britain's Export Credits Guarantee Department backed the deal. The ECGD said the risk was low.",
      ),
    );

    expect(found).toEqual([
      {
        id: 'organization:british-export-credits-guarantee-department',
        name: 'British Export Credits Guarantee Department',
        said: ['Export Credits Guarantee Department', 'ECGD'],
      },
    ]);
  });

  it('gives a name the API reads back as the same id', () => {
    const [ministry] = bodies(entitiesOf("Brazil's Foreign Ministry summoned the ambassador."));

    expect(ministry?.id).toBe('organization:brazilian-foreign-ministry');
    expect(entityIdOf(`organization:${ministry?.name}`)).toBe(ministry?.id);
  });

  it('reads a headline in capitals the same way', () => {
    const found = bodies(
      entitiesOf(
        "China's Foreign Ministry said the sales must stop.",
        "CHINA'S FOREIGN MINISTRY SAYS ARMS SALES MUST STOP",
      ),
    );

    expect(found.map((b) => b.id)).toEqual(['organization:chinese-foreign-ministry']);
  });
});
