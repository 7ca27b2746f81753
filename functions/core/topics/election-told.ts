import type { Entity } from '../schema.js';
import { type TagDocument, toldIn } from '../text/document.js';
import { sentenceTextAt } from '../text/sentences.js';

/**
 * What makes a vote an election (wild37 ★3): candidates, polls, voters, an electorate, a referendum or an election
 * itself, or ballots and turnout outside a strike. A school board that "votes to close two schools", a zoning board
 * that "voted 4-1", shareholders who "voted down the pay package", a parliament's vote on a bill and a union's
 * strike ballot with its turnout elect no one. A presidential or mayoral vote, or one "to choose a new president",
 * does (read37).
 */
const ELECTION_WORDS =
  /\b(?:(?:re-?|by-)?elect(?:ions?|oral|orate|ed)?|candida\w+|polls?|polling|voters?|referend\w+|primaries|run-?offs?|constituenc\w+|presidential|mayoral|(?:choose|elect)s? a (?:new )?(?:president|leader|mayor|parliament|governor))\b/i;
const BALLOT_WORDS = /\b(?:ballots?|turnout)\b/i;
const STRIKE_WORDS = /\b(?:strikes?|walkouts?|industrial action)\b/i;

const PROTEST_WORDS =
  /\b(?:protest\w*|demonstrat\w*|against|police|tear gas|water cannon|riot\w*|marche[sd]|marchers|opposition supporters)\b/i;

/**
 * Rallies held in a story of an election and of no protest are the candidates' campaign rallies, no demonstration
 * (topics41: "The two main candidates held rallies across the country on Friday, the final day of campaigning").
 * A rally against a result, or one the police disperse, stays a demonstration.
 */
export function protestRally(doc: TagDocument): boolean {
  return !electionTold(doc) || toldIn(doc, PROTEST_WORDS);
}

/** The story tells of an election: one of its words in the headline or the body. */
export function electionTold(doc: TagDocument): boolean {
  return toldIn(doc, ELECTION_WORDS) || (toldIn(doc, BALLOT_WORDS) && !toldIn(doc, STRIKE_WORDS));
}

/**
 * A campaign for office (topics42, read41 ★6): US copy names a candidate's campaign by the candidate and tells its
 * money, not the election ("The Harris campaign said it raised $310 million in July ... The Trump campaign said"),
 * and a party's leadership race its candidates' campaigns ("launched her campaign to lead the Conservative Party").
 * A campaign to lead or to win an office, or a campaign's donors, is one; so is a campaign named by a person the
 * story names (a person entity's name before "campaign", "Jenrick's campaign") in a story with a party or an
 * office. A charity's, a footballer's or an army's campaign in a story of neither stays none (the campaign row
 * also keeps its sense where an election is told, `electionTold`).
 */
const RACE_CAMPAIGN =
  /\bcampaigns?\s+(?:to\s+(?:lead\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:party|country|nation|government)|become\s+(?:(?:the|a)\s+)?(?:(?:next|first|[\w-]+'s)\s+)*(?:president|prime minister|mayor|governor|party leader|leader of the \w+|chancellor|premier|senator|MP)|be\s+(?:re-?)?elected|win\s+(?:the|a|his|her|their)\s+(?:party's\s+)?(?:nomination|presidency|leadership|seat))|for\s+(?:the\s+)?(?:presidency|party leadership|leadership|nomination|White House|re-?election|office|governor(?:ship)?|mayor(?:alty)?|Senate|Congress)|donors|fund-?rais\w*|war chest|coffers)\b|\b(?:leadership|presidential|re-?election)\s+campaigns?\b/i;
/** A person's name, then "campaign": "The Harris campaign", "Robert Jenrick's campaign". */
const CAMPAIGN_AFTER_NAME = /^(?:['\u2019]s?)?\s+campaigns?\b/;
/**
 * A party or an office in the campaign's own sentence (or the headline): the person whose campaign it is runs for
 * something. Not in the story at large (read42 ★4): "Messi's campaign ends in tears" beside "President Javier Milei
 * congratulated the team", "Beckham's campaign for Hugo Boss … at a launch party" run for nothing.
 */
const PARTY_OR_OFFICE =
  /\b(?:vice-?president|president|senators?|governors?|mayors?|congress\w*|MPs|part(?:y|ies)(?<!\b(?:birthday|dinner|garden|leaving|house|launch|title|victory|wedding|tea) part(?:y|ies))|Democrat\w*|Republican\w*|Conservatives?|Tor(?:y|ies)|nominee|nomination|White House|Downing Street)\b/i;

/** The party, written with its capital (labour is work). */
const LABOUR_PARTY = /\bLabour\b/;

export function campaignOfElection(doc: TagDocument, entities: readonly Entity[]): boolean {
  if (electionTold(doc)) return true;
  if (toldIn(doc, RACE_CAMPAIGN)) return true;
  if (!toldIn(doc, PARTY_OR_OFFICE) && !toldIn(doc, LABOUR_PARTY)) return false;
  const forOffice = (told: string) => PARTY_OR_OFFICE.test(told) || LABOUR_PARTY.test(told);
  const titleForOffice = forOffice(doc.title.text);
  return entities.some(
    (e) =>
      e.type === 'person' &&
      e.mentions.some((m) => {
        const field = m.field === 'title' ? doc.title : doc.body;
        return (
          CAMPAIGN_AFTER_NAME.test(field.text.slice(m.end, m.end + 16)) &&
          (titleForOffice || forOffice(sentenceTextAt(field, m.start) ?? field.text))
        );
      }),
  );
}
