import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const BUSINESS_INFORMATION = 'medtop:20000170';
const ROBBERY_AND_THEFT = 'medtop:20000104';
const JUDICIARY = 'medtop:20000106';
const ELECTION = 'medtop:20000574';
const ARMED_FORCES = 'medtop:20000599';
const SOCCER = 'medtop:20001065';

describe('the desk of the event before the desk of its setting', () => {
  it('files a competition fine of a software firm under business, before technology', () => {
    const title = 'Brussels fines Microsoft under Digital Markets Act';
    const body =
      'The European Commission fined Microsoft 450 million euros on Tuesday for tying its Teams chat app to its Office software, the first penalty of its kind under the Digital Markets Act. The Commission said the software giant had stopped rival apps from reaching business users of its cloud services. Microsoft said it would appeal and that its software and apps were open to competitors.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
    expect(ids(topics)).toContain(BUSINESS_INFORMATION);
    expect(ids(topics)).toContain(TOP_LEVEL.science);
  });

  it('leaves a data-protection fine of an app where it was (no competition law named)', () => {
    const title = "Irish regulator fines video app over children's data";
    const body =
      "Ireland's Data Protection Commission fined the video app Flickly 345 million euros on Friday for failing to protect the personal data of children who used the app. The regulator said accounts of users under 16 had been set to public by default. Flickly said it disagreed with the decision and would appeal.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it('files a museum heist a minister speaks about as crime first', () => {
    const title = 'Museum heist: minister says thieves were professionals';
    const body =
      "Thieves broke into a national museum in Lisbon on Sunday and stole six gold crowns in a raid that lasted four minutes, the culture minister said. Culture Minister Ana Ribeiro told parliament the gang had used an electric saw to cut through a display case. The interior minister said police were searching for four men who fled on motorbikes. Opposition lawmakers asked why the museum's alarm had failed. The government said it would review security at all national museums.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.crime);
    expect(ids(topics)).toContain(ROBBERY_AND_THEFT);
    expect(ids(topics)).toContain(TOP_LEVEL.politics);
  });

  it('keeps a party row over rules on burglars with politics', () => {
    const title = 'Opposition attacks minister over burglar rules';
    const body =
      'The opposition leader accused the prime minister of backtracking over rules on the force householders may use against burglars. The justice minister told parliament the present law was clear and no change was needed. Opposition MPs said homeowners deserved better protection from burglars.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });
});

describe('words in another sense', () => {
  it('reads a party that will court rural voters as an election story with no court of law', () => {
    const title = 'Party moves to court rural voters';
    const body =
      'The governing party will court rural voters with subsidies for farmers, its leader said on Saturday, as polls show it trailing in the countryside ahead of the March election.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(ELECTION);
    expect(ids(topics)).not.toContain(JUDICIARY);
    expect(ids(topics)).not.toContain(TOP_LEVEL.crime);
  });

  it('gives an aircraft carrier, its captain and the Red Sea no sport, and the carrier to the armed forces', () => {
    const title = 'Jet falls overboard from carrier in Red Sea';
    const body =
      "A navy fighter jet fell overboard from the aircraft carrier Harry S. Truman in the Red Sea on Monday while it was being towed in the hangar, the navy said. Captain Ray Hollis, the carrier's commander, said a sailor suffered minor injuries. The carrier strike group has been in the region since December to protect shipping from missile attacks.";

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.sport);
    expect(evidenceOf(topics, ARMED_FORCES)).toContain('aircraft carrier');
  });

  it("gives a regulator's penalty on a bank no sport", () => {
    const title = 'Regulator imposes record penalty on bank';
    const body =
      'The financial regulator imposed a record penalty of 120 million pounds on Harlow Bank on Thursday for failing to stop money laundering by its customers. The bank said it accepted the penalty and had hired 400 compliance staff.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.sport);
  });

  it('keeps a penalty area, a club called the Reds and a captain for football in a match report', () => {
    const title = 'Reds beat Rovers with late penalty';
    const body =
      'The Reds beat Rovers 2-1 on Saturday. Captain Sam Dell scored from the penalty spot in the 89th minute after he was fouled in the penalty area, and the home fans celebrated a third league win in a row.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
    expect(ids(topics)).toContain(SOCCER);
    expect(evidenceOf(topics, TOP_LEVEL.sport)).toEqual(expect.arrayContaining(['Reds', 'penalty area']));
  });
});
