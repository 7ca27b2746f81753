import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (read34 ★5): the headline's subject noun, a natural disaster that kills or a disease outbreak,
// decides the first desk over the war, the ministers or the weather it is told beside.
const COMMUNICABLE_DISEASE = 'medtop:20000448';
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe('a natural disaster that kills, as the headline subject, before the war around it', () => {
  it('files a quake death toll reported by a junta at war with rebels under disaster, keeping conflict', () => {
    const result = tagArticle({
      title: 'Junta says earthquake death toll climbs past 2,000 as rebels report airstrikes',
      body:
        'BANGKOK (Reuters) - The death toll from the earthquake that struck the country last week has risen to ' +
        '2,140, the ruling junta said on Friday. The magnitude 7.4 quake destroyed bridges and thousands of homes. ' +
        'Rebel groups said military airstrikes had continued despite a ceasefire the army announced after the ' +
        'disaster, and accused the junta of blocking rescue teams from areas they hold.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
    expect(topLevels(result)).toContain(TOP_LEVEL.conflict);
  });

  it('files a landslide that killed villagers in a rebel-held province under disaster', () => {
    const result = tagArticle({
      title: 'Landslide kills 35 in rebel-held province',
      body:
        'A landslide buried a hillside village after a week of heavy rain, killing at least 35 people, officials ' +
        'of the rebel movement that controls the province said on Sunday. The rebels seized the provincial ' +
        'capital in an offensive against the army in March, and fighting has continued in the north.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
  });

  it('keeps an airstrike that killed pupils in an earthquake zone a war story', () => {
    const result = tagArticle({
      title: 'Army airstrike kills 25 at school in earthquake zone',
      body:
        'A military airstrike killed 25 people, most of them pupils, at a village school in a region devastated by ' +
        "last month's earthquake, a rebel group said on Tuesday. The army had declared a ceasefire after the quake, " +
        'but resistance fighters say the bombing has not stopped.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.conflict);
  });
});

describe('a disease outbreak as the headline subject, before the war or the ministers', () => {
  it('files a cholera outbreak that killed hundreds in a country at war under health', () => {
    const result = tagArticle({
      title: 'Cholera outbreak kills hundreds in war-torn country',
      body:
        'A cholera outbreak has killed more than 300 people in the past month, the health ministry said on ' +
        'Tuesday, as the war between the army and a paramilitary force wrecks hospitals and water supplies. ' +
        'Drone strikes on power stations have cut water pumping, and families displaced by the fighting drink ' +
        'from the river. The army and the paramilitaries have been at war for two years.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.health);
    expect(result.topics.map((t) => t.id)).toContain(COMMUNICABLE_DISEASE);
    expect(topLevels(result)).toContain(TOP_LEVEL.conflict);
  });

  it('files a dengue emergency that a city and its ministers declare under health, not politics', () => {
    const result = tagArticle({
      title: 'City declares dengue emergency as cases surge',
      body:
        'The city declared a public health emergency on Monday over a surge in dengue cases. The mayor said the ' +
        'city had registered more than 8,000 cases this year. The health ministry said it would begin vaccinating ' +
        'children in the worst-hit municipalities, and the health minister blamed higher temperatures for the ' +
        "mosquito's spread.",
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.health);
  });

  it("keeps a minister's plan to prepare for a flu pandemic a politics story", () => {
    const result = tagArticle({
      title: 'Minister unveils plan to prepare for flu pandemic',
      body:
        'The health secretary unveiled a plan on Tuesday to stockpile antivirals and vaccines for a future flu ' +
        'pandemic, telling parliament the government had learned its lessons. The opposition said the plan came ' +
        'too late. The government will spend 1 billion pounds on the stockpile, the minister told lawmakers.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.politics);
  });

  it('keeps a computer virus that spreads by e-mail out of health', () => {
    const result = tagArticle({
      title: 'E-mail virus spreads as users open fake invoices',
      body:
        'A computer virus is spreading through e-mail inboxes disguised as an invoice, security firms said. The ' +
        'malicious software infects Windows computers when users open the attachment, and anti-virus makers ' +
        'have issued updates.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.science);
  });
});

describe('deadly weather in a headline of another language is a disaster', () => {
  it('files Spanish floods that left 200 dead under disaster, keeping weather', () => {
    const result = tagArticle({
      title: 'La DANA deja m\u00e1s de 200 muertos en la provincia',
      body:
        'Las inundaciones provocadas por una DANA han causado al menos 205 muertos, seg\u00fan el \u00faltimo balance, ' +
        'mientras los equipos de rescate buscan a decenas de desaparecidos. La Agencia Estatal de Meteorolog\u00eda ' +
        '(AEMET) mantiene el aviso rojo por lluvias en el norte.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
    expect(topLevels(result)).toContain(TOP_LEVEL.weather);
  });

  it('keeps a Spanish red warning for rain, with no deaths, a weather story', () => {
    const result = tagArticle({
      title: 'La AEMET activa el aviso rojo por lluvias torrenciales',
      body:
        'La Agencia Estatal de Meteorolog\u00eda ha activado el aviso rojo por lluvias torrenciales en el litoral, ' +
        'donde se esperan precipitaciones de hasta 180 litros. Protecci\u00f3n Civil pide evitar desplazamientos y ' +
        'no descarta inundaciones.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.weather);
  });

  it('keeps a Spanish report of a bombing that left 30 dead a war story', () => {
    const result = tagArticle({
      title: 'Un bombardeo deja 30 muertos en una escuela',
      body:
        'Un bombardeo del ej\u00e9rcito contra una escuela que serv\u00eda de refugio dej\u00f3 al menos 30 muertos, seg\u00fan ' +
        'las autoridades sanitarias. La guerra dura ya m\u00e1s de un a\u00f1o. Las lluvias han inundado las tiendas ' +
        'de los desplazados.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.conflict);
  });
});

describe('deaths that open the headline, from a disaster or a disease its adjunct names', () => {
  const warQuake =
    'The death toll from the earthquake that struck the country last week has passed 3,000, the ruling military ' +
    'said on Thursday. The junta declared a ceasefire, but rebel groups said airstrikes had continued, and the ' +
    'army shelled villages held by resistance fighters.';

  it('files "Death toll from … earthquake passes 3,000" under disaster', () => {
    const result = tagArticle({ title: 'Death toll from Myanmar earthquake passes 3,000', body: warQuake });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
  });

  it('files "Hundreds dead after cyclone hits …" under disaster', () => {
    const result = tagArticle({
      title: "Hundreds dead after cyclone hits Myanmar's Rakhine",
      body:
        'At least 300 people were killed when a cyclone struck Rakhine state, state media said on Sunday. The junta ' +
        'has been fighting an ethnic armed group that controls much of the state, and rebels said military ' +
        'airstrikes continued after the storm. The army blocked aid convoys.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
  });

  it('keeps the death toll from airstrikes in a quake zone a war story', () => {
    const result = tagArticle({
      title: 'Death toll from airstrikes in quake zone rises to 40',
      body:
        "A military airstrike killed 40 people in a region devastated by last month's earthquake, a rebel group " +
        'said on Tuesday. The junta declared a ceasefire after the quake but resistance groups say bombing has ' +
        'continued.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.conflict);
  });

  it('files "Deaths from cholera in war-torn … rise" under health', () => {
    const result = tagArticle({
      title: 'Deaths from cholera in war-torn country rise to 2,000',
      body:
        'Cholera has killed more than 2,000 people since the outbreak began, the health ministry said on Monday, ' +
        'as fighting between the army and a paramilitary force wrecks hospitals. Drone strikes on power stations ' +
        'have cut water supplies, and the army said it had repelled an attack on the city.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.health);
  });

  it('keeps deaths from airstrikes in a cholera-hit city a war story', () => {
    const result = tagArticle({
      title: 'Deaths from airstrikes rise in cholera-hit city',
      body:
        'Deaths from drone strikes and shelling have risen to 300 this month in the besieged city, where a cholera ' +
        'outbreak is also spreading, the army said. Paramilitary fighters attacked a displacement camp on Sunday, ' +
        'killing 40.',
    });

    expect(topLevels(result)[0]).toBe(TOP_LEVEL.conflict);
  });
});
