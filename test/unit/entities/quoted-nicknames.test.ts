import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

const mentionsOf = (entities: Entity[], id: string) =>
  entities.find((e) => e.id === id)?.mentions.map((m) => m.text);

describe('a quoted nickname inside a full name', () => {
  it('reads a nickname after two given names and before a particle as one person, the listed newsmaker', () => {
    const entities = entitiesOf(
      'BRASILIA (Reuters) - Luiz Inácio "Lula" da Silva said on Tuesday that Brazil would not accept the tariffs. ' +
        'Lula, who returned to office in 2023, spoke after meeting ministers.',
    );

    expect(mentionsOf(entities, 'person:luiz-inacio-lula-da-silva')).toEqual([
      'Luiz Inácio "Lula" da Silva',
      'Lula',
    ]);
    expect(entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('keeps the name whole after a title and merges the surname', () => {
    const entities = entitiesOf(
      'LA PAZ - Former President Jorge “Tuto” Quiroga conceded defeat in the runoff. Supporters of Quiroga gathered outside.',
    );

    expect(mentionsOf(entities, 'person:jorge-quiroga')).toEqual(['Jorge “Tuto” Quiroga', 'Quiroga']);
  });

  it('joins the nickname written alone later to the person, whatever it was read as', () => {
    const entities = entitiesOf(
      'Prosecutors said Joaquín "El Chapo" Guzmán ran the cartel for decades. Mexico extradited El Chapo in 2017.',
    );

    expect(mentionsOf(entities, 'person:joaquin-guzman')).toEqual(['Joaquín "El Chapo" Guzmán', 'El Chapo']);
    expect(entities.map((e) => e.id)).not.toContain('organization:el-chapo');
  });
});
