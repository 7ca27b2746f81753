import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, ids } from './topic-ids.js';

const COMPUTING = 'medtop:20000763';
const NATURAL_DISASTER = 'medtop:20000151';
const MEDICAL_DRUGS = 'medtop:20000467';
const RECESSION = 'medtop:20000383';
const TERRORISM = 'medtop:20000103';
const JUDICIARY = 'medtop:20000106';
const MERGER = 'medtop:20000204';
const EMERGENCY_RESPONSE = 'medtop:20000168';

describe('topics27: words another story reads in another sense (review27)', () => {
  it('reads piracy at sea between governments as crime, not computing', () => {
    const title = 'Panama accuses neighbour of piracy after cargo ship seized';
    const body =
      "Panama's government accused Colombia on Friday of piracy after its coastguard seized a cargo ship carrying fertiliser off the Caribbean coast. The foreign minister summoned Colombia's ambassador and demanded the vessel's release.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.science);
    expect(evidenceOf(topics, TOP_LEVEL.crime)).toContain('piracy');
  });

  it('keeps online piracy of films a computing story', () => {
    const title = 'Film studios win case against streaming pirates';
    const body =
      'A court ordered internet providers to block 40 websites that offered pirated films and television series, after studios said online piracy cost them $2bn a year. The sites streamed new releases within hours of their premiere.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(COMPUTING);
  });

  it('reads churches damaged by a quake as no religion, and its damage as no damages in court', () => {
    const title = 'Strong quake damages churches in southern Peru';
    const body =
      'A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing at least four people and damaging roads, homes and colonial churches, civil defence officials said. Rescuers searched for people trapped under rubble in two mountain towns.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.religion);
    expect(ids(topics)).not.toContain(TOP_LEVEL.crime);
  });

  it('keeps a church where faith is the story', () => {
    const title = 'Church opens its doors to pilgrims';
    const body =
      'The church welcomed 20,000 pilgrims for the feast day, with prayers led by the bishop and a procession through the old town.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.religion);
  });

  it('reads a famine in a war as no natural disaster, and food and medicine as no medical drugs', () => {
    const title = 'Famine spreads as fighting blocks aid convoys';
    const body =
      'Famine has spread to two more regions as fighting between the army and a rebel militia blocks aid convoys, the United Nations said on Monday. Trucks carrying food and medicine have been stuck at the border for weeks, and the famine could kill thousands of children, aid agencies warned.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(NATURAL_DISASTER);
    expect(ids(topics)).not.toContain(MEDICAL_DRUGS);
  });

  it('reads a designer who studied medicine as no health story', () => {
    const title = 'Fashion designer dies at 88';
    const body =
      'The designer, who studied medicine before turning to clothes, died on Monday at his home in Paris, his company said. He founded his label in 1975 and sold it to a luxury group in 2001.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.health);
  });

  it("reads a slump in one firm's sales as no recession", () => {
    const title = "Carmaker's sales slump in Europe";
    const body =
      'The carmaker said its sales in Europe fell 19% in the first quarter, a slump it blamed on weak demand for electric models. Its shares fell 4% in Frankfurt.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(RECESSION);
  });

  it('reads detention without trial as the courts, not terrorism', () => {
    const title = 'Writer who was detained without trial dies at 90';
    const body =
      "The novelist, who was detained without trial for a year in the 1970s after writing a play that mocked the country's rulers, has died at 90, his family said. His books were translated into 30 languages.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TERRORISM);
    expect(ids(topics)).toContain(JUDICIARY);
  });

  it('reads a record count of album units sold as sales, not a unit of a firm sold', () => {
    const title = "Singer's album breaks first-week sales record";
    const body =
      "The singer's new album sold 3.1 million equivalent album units in its first week, breaking a record set ten years ago, according to the chart compiler. It topped the charts in five countries.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(MERGER);
  });
});

describe('topics27: coastguards and civil defence', () => {
  it('reads a coastguard that seizes cocaine as no emergency', () => {
    const title = 'Coastguard seizes two tonnes of cocaine off Spain';
    const body =
      'The coastguard seized two tonnes of cocaine from a speedboat off southern Spain and arrested six men suspected of working for a smuggling network, police said.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.disaster);
  });

  it('keeps a coastguard that rescues fishermen', () => {
    const title = 'Coastguard rescues 40 after fishing boat sinks';
    const body =
      'The coastguard rescued 40 fishermen after their boat sank in a storm off the north coast on Sunday. Two men are missing and a search is continuing, the coast guard said.';

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, EMERGENCY_RESPONSE)).toContain('coast guard');
  });

  it("files civil defence officials' work under emergency response", () => {
    const title = 'Floods force thousands from homes';
    const body =
      'Civil defence teams evacuated 12,000 people after rivers burst their banks in three provinces, and civil defence officials said shelters had been opened in schools.';

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, EMERGENCY_RESPONSE)).toContain('civil defence');
  });
});
