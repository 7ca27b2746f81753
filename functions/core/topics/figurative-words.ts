import { roughSentenceEnd } from '../text/sentences.js';

/**
 * Words of a disaster that business news borrows for markets and money (review31 T5): goods that "flood
 * the market", "cheap Chinese steel floods European market", investors who "flooded into gold funds",
 * orders that "flooded in", shares that "sank 20%". Told this way they are no flood and no shipwreck; the
 * matcher skips them as it skips a word inside a quoted title (match.ts `NAME_OTHER_SENSE`).
 *
 * A flood of water keeps its sense: "water flooded into the mine", "homes flooded in the storm", "floods hit
 * the market town", "the ferry sank off Crete". So does a crowd's word for filling a place (read34 ★5): "millions of
 * people are expected to flood its streets for Carnival", "Fans flood streets as Argentina celebrate", "protesters
 * flooded the streets of Belgrade" gave a dengue story, a victory parade and a protest a flood.
 */

/** A flood word before the market it fills: up to two determiners or names, then at most one noun. */
const FLOOD_MARKET =
  /\b[Ff]lood(?:s|ed|ing)?\s+(?:(?:the|its|their|a|an|this|global|domestic|local|world|home|[A-Z][\w-]*|[\w-]+(?:'s|\u2019s))\s+){0,2}(?:[a-z-]+\s+)?markets?\b/g;
/**
 * A flood word that pours "into" something, or "in" at a clause's end or before the time or reason ("Orders
 * flooded in after the price cut"): people, money and orders, unless water or mud is the subject.
 */
const FLOOD_INTO =
  /(?<!\b(?:[Ww]ater|[Ww]aters|[Ff]loodwaters?|[Ss]eawater|[Rr]ainwater|[Ss]ea|[Rr]ivers?|[Rr]ain|[Mm]ud|[Ss]ewage|[Ss]now|[Ll]ava)\s+)\b[Ff]lood(?:s|ed|ing)?\s+(?:into\b|in(?=\s*[,.;:!?]|\s*$|\s+(?:after|as|from|for|when|since|once|within|over|on)\b))/g;
/** A price, a share or an index that "sank 20%", "sank by a third", "sank to a record low". */
const SANK_BY =
  /\b[Ss]ank\s+(?:(?:by|as much as|nearly|almost|about|around|more than|some)\s+)*(?:[\d$\u20ac\u00a3]|a (?:third|quarter|fifth|half)|half\b)|\b[Ss]ank\s+to\s+(?:an?\s+|its\s+|their\s+|the\s+lowest\b|the\s+\w+est\b|[\d$\u20ac\u00a3]|record\b)/g;

/**
 * A crowd that floods a place: the crowd's word as the subject (its "of" phrase and auxiliaries between: "millions
 * of people are expected to flood"), then the street, square, city or stadium it fills. "Thousands fled as a
 * typhoon flooded the streets" names the typhoon as the subject and keeps its flood.
 */
const CROWD_FLOOD =
  /\b(?:people|crowds?|fans|protesters|demonstrators|supporters|tourists|visitors|revellers|shoppers|pilgrims|mourners|worshippers|thousands|millions)(?:\s+(?:of\s+[\w-]+|are|were|will|would|could|may|might|be|been|expected|set|due|about|to|have|has|had|again|also|then))*\s+(flood(?:s|ed|ing)?)\s+(?:(?:the|its|their|[\w-]+(?:'s|\u2019s))\s+)?(?:streets?|squares?|city|centre|center|capital|town|beaches|stadiums?|stands|venues?|avenues?|boulevards?|roads)\b/gi;

/** Water as the subject just before a flood word ("rain flooded the main market", "Rains flooded"): read32 F13. */
const WATER_BEFORE =
  /\b(?:[Ww]ater|[Ww]aters|[Ff]loodwaters?|[Ss]eawater|[Rr]ainwater|[Ss]ea|[Rr]ivers?|[Rr]ains?|[Mm]ud|[Ss]ewage|[Ss]now|[Ll]ava)\s+$/;
/** A distance or a time after "sank" ("sank about 3 km off the coast", "sank half an hour after"): read32 F13. */
const SANK_MEASURE =
  /^[Ss]ank\s+(?:(?:about|around|nearly|almost|some|more than)\s+)*(?:[\d.,]+\s*(?:km|kilomet|miles?\b|nautical|met(?:re|er)s?\b|m\b|feet\b|ft\b|yards\b|hours?\b|minutes?\b)|half\s+an?\s+(?:hour|mile)\b)/;

/**
 * A judgement, not an event: results that "were a disaster", a launch "proved a commercial disaster", a quarter
 * an analyst "called a disaster", sales a 'disaster' in quotation marks (the quote closing right after the word, or the
 * word in lower case). The earthquake that "was a disaster for the region" keeps its own words, and so does a quoted
 * sentence that opens with the word ('"Disaster has struck our village," an official said': read32 F9).
 */
const DISASTER_JUDGED =
  /(?:\b(?:was|were|is|are|been|be|being|proved|proving|prove|looks like|called it|call it|calls it|calling it|called|described as|describes it as|described it as)\s+(?:a|an)\s+(?:(?:total|complete|absolute|unmitigated|utter|financial|commercial|public relations|PR|real|bit of a)\s+)?|['\u2018"\u201c](?=[Dd]isasters?[,.!]?['\u2019"\u201d]|disaster))[Dd]isasters?\b/g;

/**
 * A wager as a firm's or a government's choice (lead's probe, session 37): Samsung "betting on premium devices", a
 * carmaker that "bets heavily on" hybrids, investors "betting that" rates will fall, a firm "betting its future on"
 * robotaxis. The verb is no gambling where
 * the text has no word of gambling itself (punters, odds, bookmakers, a casino, a wager). topics44 (wild44 ★2): so is
 * "gambling its future on", "gambled on", "gambles that" (the lexicon's "gambling" is an exact form, so a "gamble" is
 * none: "the snap election was a gamble that failed").
 */
// wild39a ★6 kind (mendT39): also a stake named before "on": "Tesla is betting its future on robotaxis".
const BET_ON =
  /\b(?:[Bb]etting|[Bb]ets|[Bb]et|[Gg]ambl(?:ing|es|ed))\s+(?:(?:big|heavily|hard)\s+|(?:its|their|his|her|our|the)\s+(?:\w+\s+)?(?:future|house|farm|reputation|company|business|career|presidency|fortunes?|strategy)\s+)?(?:on|that)\b/g;
const GAMBLING =
  /\b(?:bookmakers?|bookies|punters?|odds|gambl\w*|casinos?|wager\w*|lotter\w*|poker|betting (?:firm|compan|shop|industry|site|market|slip|exchange)\w*|placed? (?:a )?bets?)\b/i;

/**
 * The verb "shares" (wild41 ★1): a country "which shares a border with Venezuela", the Dominican Republic "which
 * shares the island of Hispaniola", a squad that "shares the same hunger", everyone who "shares responsibility". The
 * lexicon's "=shares" is the stock; the verb is read after a relative pronoun or a subject pronoun when an object
 * follows (a determiner, a possessive, "with"), or before a possessive or what is shared (a border, an island, the same
 * ..., responsibility). The noun keeps its sense: "Shares of Exxon rose 2%", "sold 2 million shares a day", "the price
 * at which shares will be offered", "shares in the company".
 */
const SHARES_VERB =
  /(?<=\b(?:[Ww]hich|[Ww]ho|[Ii]t|[Hh]e|[Ss]he|[Aa]lso)\s+)shares(?=\s+(?:its|their|his|her|our|my|your|with|a|an|the|this|these|those|some|many|much|similar|common)\b)|\bshares(?=\s+(?:its|their|his|her|our|my|your|responsibility|power|custody|credit|blame|borders?|frontiers?|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:border|borders|frontier|island|name|surname|view|views|concern|concerns|passion|vision|belief|goal|goals|aim|lead|blame|responsibility|language|culture|history|heritage|faith|roots|home|house|flat|stage|podium|platform|title)\b|(?:the|a)\s+(?:same|common|similar)\b))/g;
/**
 * "shares" before the first letters of one of SHARES_VERB's objects ("a" and "the" open "an", "these"): a text
 * without it skips that pattern, whose look-behind makes it slow to compile (V8 does it on first use, ~1 ms;
 * "bank shares rose" needed it compiled).
 */
const SHARES_BEFORE_OBJECT =
  /shares\s+(?:its|their|his|her|our|my|your|with|a|the|this|those|some|many|much|similar|common|responsibility|power|custody|credit|blame|border|frontier)/;

/**
 * Physics and discovery as figures of speech (wild42 ★3): a reform or a deal "a quantum leap", talks that "ended
 * without a breakthrough", "no breakthrough" in a dispute, a "diplomatic breakthrough". The word is the science desk's
 * only where something is discovered or invented ("a breakthrough in battery chemistry", "quantum computing").
 */
const QUANTUM_LEAP = /\b[Qq]uantum(?=[\s-]+(?:leaps?|jumps?)\b)/g;
/** A breakthrough missed or hoped for: "without a breakthrough", "no major breakthrough", "hopes of a breakthrough". */
const BREAKTHROUGH_MISSED =
  /\b(?:no|without(?:\s+(?:a|any))?|(?:fail(?:s|ed|ing)?|unable)\s+to\s+(?:make|achieve|produce|reach|yield|deliver|secure)\s+(?:a|any)|short\s+of\s+a|hopes?\s+(?:of|for)\s+a|sign\s+of\s+a)\s+(?:(?:major|big|real|significant|clear|diplomatic|political|decisive)\s+)?([Bb]reakthroughs?)\b/gi;
/** A breakthrough in a sentence of talks, a deal or a dispute: a political or business one, no discovery. */
const BREAKTHROUGH = /\b[Bb]reakthroughs?\b/g;
const TALKS =
  /\b(?:talks|negotiat\w+|ceasefire|truce|peace|mediat\w+|diplomat\w*|summit|deal|agreement|dispute|standoff|stand-off|impasse|stalemate|deadlock\w*|row|strike)\b/i;

/**
 * Stocks that are goods held, not shares (wild42 ★4): "U.S. crude stocks fell by 3 million barrels", "wheat
 * stocks", "European gas stocks are 83% full", "its stock of highly enriched uranium", "stocks were at a record
 * high" said with the tonnes of rice, "ending stocks", "a draw in oil stocks". Shares keep their word: "oil stocks
 * rallied", "energy stocks", "bank stocks" (a trade's firms, named by a word that is no goods held in store).
 */
const GOODS_STOCKS =
  /\b(?:crude|gasoline|petrol|distillates?|diesel|heating\s+oil|jet\s+fuel|fuel|(?:natural\s+)?gas|LNG|coal|wheat|grains?|corn|maize|barley|oats|sorghum|rye|soybeans?|soya?|soymeal|oilseeds?|rice|sugar|coffee|cocoa|tea|cotton|wool|jute|rubber|palm\s+oil|oils|fats|tallow|lard|butter|cheese|milk\s+powder|beef|pork|cod|herring|mackerel|haddock|hake|salmon|tuna|sardines?|anchov(?:y|ies)|food|copper|aluminium|aluminum|zinc|nickel|tin|uranium|plutonium|ammunition|munitions|weapons?|arms|vaccines?|blood|seeds?|fertili[sz]ers?|warehouse|LME|Comex|inventory|buffer|ending|beginning|carryover|carry-over|visible|certificated|certified|end-\w+)\s+(stocks?)\b/gi;
/** "stock(s) of" what is stored, up to three words between: "its stock of highly enriched uranium". */
const STOCKS_OF =
  /\b([Ss]tocks?)\s+of\s+(?:[a-z\d][\w.,-]*\s+){0,3}?(?:uranium|plutonium|grains?|wheat|rice|corn|maize|barley|food|fuel|oils?|fats|crude|gas|coal|tallow|rubber|sugar|coffee|cocoa|tea|cotton|timber|fish|copper|zinc|nickel|aluminium|aluminum|metals?|weapons|arms|ammunition|munitions|missiles|shells|vaccines?|medicines?|drugs|blood|water|seeds?|fertili[sz]ers?|cash|gold)\b/g;
/** A bare "stocks" in a sentence that counts stored goods (barrels, tonnes, bushels, bales) and names no shares. */
const BARE_STOCKS = /\b[Ss]tocks\b/g;
const ANY_STOCK = /\b(?:stocks?|Stocks?|STOCKS?)\b/g;
const STORED_UNITS =
  /\b(?:barrels|tonnes|tons|bushels|bales|bags|lbs|hundredweight|cwt|gallons|litres|liters|cubic\s+(?:metres|meters|feet)|bcm|full|days\s+of\s+(?:supply|cover|consumption))\b/i;
/**
 * Stocks drawn down or built up: "a draw in oil stocks", "oil stocks were building", "stocks held by refiners" (or by
 * brokers: a tea auction's), stocks that "ran low", "are running out", "run dry", "depleted" (topics47, wild46 item
 * 19). Not stocks that "ran out of steam" or "dwindled in thin trade", a market's idioms (read47 on 09beddb2).
 */
const STORE_VERBS =
  /\b(?:(?:a|the)\s+draw\s+(?:in|on|of)|drawn\s+(?:down|on)|drawdowns?|replenish\w*|in\s+storage|held\s+by\s+(?:the\s+)?(?:refiners|mills|producers|growers|farmers|merchants|government|importers|exporters|state|brokers|traders|dealers|wholesalers|retailers|shops|warehouses))\b|\bstocks\s+(?:were\s+|are\s+|have\s+been\s+)?building\b|\b(?:r[au]n(?:s|ning)?\s+(?:low|dry)|r[au]n(?:s|ning)?\s+out\b(?!\s+of\b)|depleted)\b/i;
const EQUITY_WORDS =
  /\b(?:shares?|shareholders?|equit(?:y|ies)|stock\s+(?:market|exchange|index|indices|prices)|bourse|investors?|Dow|Nasdaq|S&P|FTSE|Nikkei|DAX|CAC|Hang\s+Seng|Wall\s+Street|market\s+value|valuations?|IPO|rall(?:y|ied|ies)|funds?|portfolios?|preferred|preference|common\s+stock|dividends?)\b/;

/**
 * A team's headline verb (wild42 item 9): "Morocco book World Cup place", "Norway, Portugal book places", "Leeds
 * book semi-final spot", "to book a place in the final". The word is no book where a name or "to" stands before it
 * and a place, spot, berth or ticket follows; "The book places the reader" keeps its noun (a determiner before it).
 */
const BOOK_PLACE =
  /(?<!\b(?:The|A|An|His|Her|Their|Its|This|That|My|Our|Your|New)\s+)(?<=(?:\b[A-Z][\w'\u2019-]*|\bto|\bthey|\bwe|\bwill|\bcould|\bcan|\bmust)\s+)book(?:s|ing)?\s+(?:(?:a|an|the|their|his|her|its|our)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:place|places|spot|spots|berth|berths|ticket|tickets|passage|slot|date|clash|showdown|semi-final|semi-finals|semifinal|final|finals|quarter-final|quarter-finals|last-16|last-eight)\b/g;

/**
 * A plan, talks or a campaign that are derailed (wild43 ★4): "the killing derailed peace talks", "a row has derailed
 * the government's housing plan", "the musical whose campaign was derailed by old posts", "threatens to derail the
 * reform". The railway accident's word is figurative where what is derailed is no train: an undertaking after the
 * verb (up to three words between: determiners, possessives, adjectives), one before "was derailed", a
 * "derailment of" one, or a derailing only threatened or sought ("could derail", "threatens to derail", "sought to
 * derail"). "A passenger train derailed", "wagons were derailed", "it derailed on a bend" keep the accident.
 */
const DERAIL = /\b[Dd]erail(?:s|ed|ing|ment)?\b/g;
const UNDERTAKINGS =
  'talks|negotiations?|peace|process|plans?|deals?|agreements?|accord|ceasefire|truce|campaigns?|bids?|candidacy|nomination|reforms?|bills?|legislation|budget|agenda|projects?|programmes?|programs?|proposals?|efforts?|recovery|economy|growth|momentum|progress|careers?|hopes|chances|ambitions?|season|title|presidency|relations|rapprochement|dialogue|mergers?|takeover|acquisition|IPO|listing|sale|launch|rollout|vote|elections?|inquiry|investigation|hearing|summit|meeting|visit|strategy|policy|timetable|transition|comeback|initiative|approval|ratification';
/** After the verb (or "derailment of"): up to three words, then the undertaking. */
const UNDERTAKING_AFTER = new RegExp(
  `^\\s+(?:of\\s+)?(?:(?!(?:during|in|on|at|near|after|before|while|by|with|for|from|into|outside|as|over|under|through|between|across|amid|ahead)\\b)(?:[\\w-]+(?:'s|\\u2019s)|[a-z-]+)\\s+){0,3}?(?:${UNDERTAKINGS})\\b`,
);
/** Before "derailed": the undertaking, then auxiliaries and adverbs ("the plan was all but derailed"). */
const UNDERTAKING_BEFORE = new RegExp(
  `\\b(?:${UNDERTAKINGS})(?:\\s+(?:was|were|is|are|has|have|had|been|being|be|could|would|might|may|will|nearly|almost|all\\s+but|effectively|completely|partly|later|then|also|not))*\\s+$`,
);
/** A railway's words: in the derailing's sentence they keep the accident. */
const RAIL_WORDS =
  /\b(?:trains?|railways?|railroads?|rail|rails|tracks?|wagons?|carriages?|coaches|locomotives?|trams?|freight|passengers?|express|metro|subway)\b/i;
/** A derailing threatened or sought: "could derail", "threatens to derail", "risks derailing". */
const DERAIL_THREATENED =
  /\b(?:could|would|might|may|threat(?:en|ens|ened|ening)\s+to|sought\s+to|seeks?\s+to|seeking\s+to|tr(?:y|ies|ied|ying)\s+to|attempts?\s+to|bid\s+to|aim(?:s|ed)?\s+to|designed\s+to|risks?|risked|risking)\s+$/;

/**
 * Words of force and of peace told of politics and of families (wild43 item 14): a decree called "an assault on
 * democracy", "an assault on press freedom", a party's "assault on the constitution" are no crime; a prince who would
 * "love a reconciliation" with his family, or seeks "reconciliation with his father", makes no peace process. An
 * assault on a town, on troops or on a woman keeps its word, and so does the reconciliation of two peoples.
 */
const ASSAULT_ON_RIGHTS =
  /\b([Aa]ssaults?)\s+on\s+(?:(?:the|our|their|its|his|her|this|[\w-]+(?:'s|\u2019s))\s+)?(?:[a-z-]+\s+){0,2}?(?:democracy|democratic\s+(?:institutions|norms|values|order|process)|freedoms?|liberty|liberties|constitution|rule\s+of\s+law|judiciary|free\s+speech|free\s+expression|rights|truth|science|reason|decency|values|institutions|sovereignty|dignity|civil\s+society)\b/g;
const RECONCILIATION_IN_FAMILY =
  /\b([Rr]econciliations?)['"\u2019\u201d]?\s+with\s+(?:(?:his|her|their|my|our|your|the)\s+)?(?:(?:estranged|own|royal|late|elder|older|younger)\s+)?(?:family|father|mother|dad|mum|mom|parents|brothers?|sisters?|sons?|daughters?|wife|husband|ex-wife|ex-husband|relatives|siblings|uncle|aunt|grandfather|grandmother|grandparents)\b/g;
/**
 * A subhead in capitals that asks who (wild43 item 19): "WHO REGULATES THEM?", "WHO IS AFFECTED?" in an explainer are
 * no World Health Organization. A line of at most ten words in capitals that opens with "WHO" and ends with "?";
 * "WHO warns of new outbreak" keeps the body.
 */
const WHO_ASKED = /^[^\S\n]*(WHO)(?=(?:[^\S\n]+[^a-z\s]+){0,9}[^\S\n]*\?[^\S\n]*$)/gm;
/** The sign and the constellation (wild43 item 21): "the constellation Cancer", "the Tropic of Cancer" are no illness. */
const CANCER_SIGN =
  /\b(?:[Cc]onstellations?(?:\s+of)?|[Tt]ropic\s+of|(?:star|zodiac|astrological)\s+sign(?:\s+of)?|[Ss]ign\s+of)\s+(?:the\s+)?(Cancer)\b/g;

/**
 * A deal struck, not a strike (wild56): a country that may "strike its own deal", firms that "strike a deal", a
 * speech that "strikes a conciliatory tone", "strike up a friendship". A walkout "to strike a better deal" keeps its
 * word elsewhere in the story ("workers went on strike").
 */
const STRIKE_DEAL =
  /\b([Ss]trik(?:e|es|ing))\s+(?:up\b|(?:(?:a|an|the|its|their|his|her|our|my|your|own|separate|new|quick|better|fresh|first|second|trade|side|similar|last-minute|bilateral|conciliatory|defiant|cautious|positive|different|[\w-]+(?:'s|\u2019s))\s+){0,3}(?:deals?|agreements?|pacts?|bargains?|balance|chords?|tones?|notes?|partnerships?|compromises?|accords?|truces?|alliances?|poses?)\b)/g;

/**
 * A clergy member's style before the name (review57): "Rev. Al Sharpton", "Rev Jesse Jackson" are no revenue line,
 * which a results table writes before a figure ("Rev 24.5 mln"). "Rt Rev", "Most Rev" are the lexicon's own phrases.
 */
const REV_STYLE = /(?<!\b(?:Rt|Right|Most|Very)\.?\s)\b(Revd?)\.?\s+(?=[A-Z][a-z])/g;

/**
 * A market's or a party's heavyweights (wild57, review58): "heavyweight miners BHP and Rio Tinto", "index
 * heavyweights", "banking heavyweights" are the biggest firms, "party heavyweights" its senior figures, no boxers. A
 * boxer's weight stays: "heavyweight champion", "heavyweight bout".
 */
const FIGURATIVE_HEAVYWEIGHT =
  /\b([Hh]eavyweights?)\s+(?:[\w-]+\s+)?(?=(?:miners|banks|lenders|stocks|shares|companies|firms|exporters|insurers|retailers|carmakers|automakers|chipmakers|producers|refiners|utilities|conglomerates)\b)|\b(?:[Ii]ndex|[Mm]arket|[Ss]ector|[Bb]lue-chip|[Tt]ech|[Bb]anking|[Mm]ining|[Ee]nergy|[Oo]il|[Ff]inancial|[Ii]ndustry|[Cc]orporate|[Pp]arty|[Pp]olitical|[Cc]abinet|[Oo]pposition|Tory|Labour|Labor|Conservative|Republican|Democratic)\s+(heavyweights?)\b/g;

/**
 * The centre of something other than a quake (wild58): "the Sahel is now the epicentre of jihadist violence", "the
 * epicentre of terrorism", "the epicenter of the outbreak". A quake's keeps its word: "the epicentre of the quake", "the
 * epicentre of Monday's magnitude 6.1 earthquake", "the epicentre was 10 km south of the town".
 */
const EPICENTRE_OF =
  /\b([Ee]picent(?:re|er)s?)\s+of\s+(?!(?:[\w'\u2019.,-]+\s+){0,4}?(?:quakes?|earthquakes?|tremors?|temblors?|aftershocks?|shocks?|eruptions?)\b)/g;

/** India's communist parties (wild57): "the CPI(M)", "CPI (Maoist)", "CPI-M", "CPI(ML)" are no consumer price index. */
/**
 * Disasters as figures of speech (review62 ★2): "a tsunami of cheap Chinese steel", "an avalanche of lawsuits", "a
 * deluge of complaints", "a political earthquake", "an electoral tsunami", news that "spread like wildfire", a scandal
 * or a row that "erupted", a crowd that "erupted in cheers", a deal that would "flood Europe with cheap beef". The
 * real ones keep their words: "a tsunami of 10 metres", "an avalanche of snow and rock", "the volcano erupted", "rains
 * flooded the town with mud".
 */
const DISASTER_OF =
  /\b(?:a|an|the)\s+(?:(?:veritable|real|new|fresh|growing|huge|massive|perfect|political|digital)\s+)?([Tt]sunamis?|[Aa]valanches?|[Dd]eluges?|[Ff]irestorms?|[Tt]idal\s+waves?)\s+of\s+(?!(?:up\s+to|about|around|nearly|more\s+than|some|over)\b|[\d.,]|(?:[\w-]+\s+){0,2}?(?:water|waters|mud|lava|rain|snow|ice|rocks?|debris|seawater|floodwater|sea|waves)\b)/g;
const DISASTER_OF_POLITICS =
  /\b(?:[Pp]olitical|[Ee]lectoral|[Dd]iplomatic|[Ff]inancial|[Ee]conomic|[Cc]ultural|[Cc]orporate|[Mm]arket|[Ss]ocial)\s+([Ee]arthquakes?|[Tt]sunamis?|[Aa]valanches?|[Ff]irestorms?|[Tt]ornado(?:es|s)?|[Hh]urricanes?|[Vv]olcano(?:es)?)\b|\blike\s+(?:a\s+|an\s+)?([Ww]ildfire|[Tt]sunami|[Aa]valanche|[Tt]ornado|[Hh]urricane|[Ee]arthquake|[Tt]idal\s+wave)\b/g;
/** Who erupts: a scandal, a row, violence or a crowd (auxiliaries and adverbs between), or what they erupt in. */
const ERUPTED_FIGURE =
  /\b(?:scandals?|rows?|disputes?|controvers(?:y|ies)|crisis|crises|protests?|violence|fighting|clashes|feuds?|fury|anger|outrage|debates?|tensions?|chaos|cheers|applause|laughter|furore|furor|unrest|riots?|rioting|arguments?|crowds?|stadium|fans|audience|chamber|(?:social\s+)?media)\s+(?:(?:has|have|had|that|which|first|again|finally|quickly|soon|then|openly|later|briefly|suddenly|once)\s+){0,2}([Ee]rupt(?:ed|s|ing)?)\b|\b([Ee]rupt(?:ed|s|ing)?)\s+(?:in|into)\s+(?:[\w-]+\s+)?(?:applause|laughter|cheers|protests?|violence|anger|chaos|celebrations?|fury|jubilation|rage|rows?|scandal|controversy|song|boos|jeers)\b/gi;
/** Goods, money or messages that flood a place or a market "with": "flood Europe with cheap South American beef". */
const FLOOD_WITH =
  /\b([Ff]lood(?:s|ed|ing)?)\s+(?:(?:the|its|their|our|his|her|[A-Z][\w-]*|[\w-]+(?:'s|\u2019s))\s+){1,2}(?:[a-z-]+\s+)?with\s+(?!(?:[\w-]+\s+)?(?:water|mud|sewage|seawater|rainwater|floodwater|sea|rain)\b)/g;
/** Weather as the flood's subject ("Storm Babet flooded the Midlands with rain"): the flood is water's. */
const WEATHER_BEFORE =
  /\b(?:[Ss]torms?|[Tt]yphoons?|[Hh]urricanes?|[Cc]yclones?|[Dd]ownpours?|[Rr]ainfall|[Mm]onsoon|[Tt]ides?|[Ss]urges?)\b(?:\s+[A-Z][\w-]*)?\s+$/;

/**
 * A leader who "charges" people to do something urges them (review62 ★2, Nigerian and Ghanaian headlines): "Tinubu
 * swears in new ministers, charges them to deliver", "Governor charges new commissioners on service delivery",
 * "charged corps members to be good ambassadors". No offence is named: "charged them with fraud", "charged the men
 * to court" keep the crime.
 */
const CHARGES_URGED =
  /\b([Cc]harg(?:es|ed|ing|e))\s+(?:(?:the|his|her|their|its|all|new|newly|[\w-]+(?:'s|\u2019s))\s+){0,2}(?:[a-z-]+\s+)?(?:ministers|commissioners|appointees|officials|aides|staff|members|graduates|students|youths?|leaders|them|him|her|you|us|workers|journalists|players|officers|judges|governors|delegates|Nigerians|Ghanaians|Kenyans|citizens|stakeholders|councillors|chairmen|envoys|ambassadors|secretaries|heads|chiefs|commanders|directors|agencies|troops|soldiers|police|parents|teachers|clerics|traders|farmers|residents|supporters)\s+(?:to\s+(?!(?:court|trial|jail|prison)\b)|on\s+)/g;

/**
 * A government that "sanctioned" a sum, posts or a project approved them (review62 ★2, Indian and Pakistani English):
 * "The Centre has sanctioned 2,000 crore rupees for new highways", "sanctioned Rs 500 crore", "sanctioned 1,200 new
 * posts of teachers", "sanctioned funds for the bridge". "The US sanctioned 12 officials" and "sanctioned three Russian
 * banks" keep the penalty.
 */
const SANCTIONED_SUM =
  /\b([Ss]anction(?:ed|s|ing)?)\s+(?:(?:a|an|the|its|over|nearly|about|another|additional|a\s+total\s+of|an\s+amount\s+of|a\s+sum\s+of)\s+)*(?:(?:Rs\.?|INR|PKR|Tk\.?|KSh|Sh|N|\u20a6|\u20b9|\$|\u00a3|\u20ac)\s?\d|\d[\d.,]*\s*(?:crores?|lakhs?|million|billion|mn|bn|rupees|taka|naira|shillings)\b|(?:[\w,-]+\s+){0,2}?(?:crores?|lakhs?|funds|posts|loans?|grants?|budget|scheme|projects?)\b(?!['\u2019]s))/g;

/**
 * A party's workers are its activists, no employees (review62 ★2, South Asian and African copy): "BJP workers
 * celebrated outside the party office", "the party PTI said its workers would hold protests" — an acronym's or its
 * workers only in a sentence that names a party, an election, a rally or a campaign and no employer, pay or strike:
 * "GM workers voted to strike" are a carmaker's. ("Party workers" and a "Workers' Party" are the lexicon's phrases.)
 */
const PARTY_WORKERS = /\b(?:[A-Z]{2,6}|[Ii]ts|[Tt]heir)\s+(workers?|cadres?)\b/g;
const PARTY_TOLD =
  /\b(?:part(?:y|ies)|elections?|polls|rally|rallies|campaign\w*|votes?|voters|candidates?)\b/i;
/** A firm's or a union's words: "its workers" of a sentence with them are employees. */
const EMPLOYER_TOLD =
  /\b(?:compan(?:y|ies)|firms?|plants?|factor(?:y|ies)|unions?|pay|wages?|salar(?:y|ies)|staff|employ\w*|strikes?|jobs?|layoffs?|laid\s+off|contracts?)\b/i;

const COMMUNIST_PARTY = /\b(CPI)(?:\s?\((?:M|ML|Maoist|M-L)\)|-M\b|-ML\b)/g;

/** [start, end) of each borrowed word of the text (the verb alone), in text order. */
export function figurativeWords(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (text.includes('lood')) {
    for (const pattern of [FLOOD_MARKET, FLOOD_INTO]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        if (pattern === FLOOD_MARKET && WATER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
          continue;
        spans.push([m.index, m.index + verbLength(m[0])]);
      }
    }
    FLOOD_WITH.lastIndex = 0;
    for (let m = FLOOD_WITH.exec(text); m !== null; m = FLOOD_WITH.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (WATER_BEFORE.test(before) || WEATHER_BEFORE.test(before)) continue;
      spans.push([m.index, m.index + (m[1] ?? '').length]);
    }
    CROWD_FLOOD.lastIndex = 0;
    for (let m = CROWD_FLOOD.exec(text); m !== null; m = CROWD_FLOOD.exec(text)) {
      const verb = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(verb, m[0].length - 1);
      spans.push([start, start + verb.length]);
    }
  }
  if (text.includes('ank')) {
    SANK_BY.lastIndex = 0;
    for (let m = SANK_BY.exec(text); m !== null; m = SANK_BY.exec(text)) {
      if (SANK_MEASURE.test(text.slice(m.index, m.index + 60))) continue;
      spans.push([m.index, m.index + 4]);
    }
  }
  if (text.includes('isaster')) {
    DISASTER_JUDGED.lastIndex = 0;
    for (let m = DISASTER_JUDGED.exec(text); m !== null; m = DISASTER_JUDGED.exec(text)) {
      const end = m.index + m[0].length;
      spans.push([end - (m[0].endsWith('s') ? 9 : 8), end]);
    }
  }
  if (SHARES_BEFORE_OBJECT.test(text)) {
    SHARES_VERB.lastIndex = 0;
    for (let m = SHARES_VERB.exec(text); m !== null; m = SHARES_VERB.exec(text))
      spans.push([m.index, m.index + 6]);
  }
  if (text.includes('uantum')) {
    QUANTUM_LEAP.lastIndex = 0;
    for (let m = QUANTUM_LEAP.exec(text); m !== null; m = QUANTUM_LEAP.exec(text))
      spans.push([m.index, m.index + 7]);
  }
  if (text.includes('reakthrough')) spans.push(...breakthroughsInTalks(text));
  if (/stock/i.test(text)) spans.push(...storedStocks(text));
  if (text.includes('book')) {
    BOOK_PLACE.lastIndex = 0;
    for (let m = BOOK_PLACE.exec(text); m !== null; m = BOOK_PLACE.exec(text))
      spans.push([m.index, m.index + verbLength(m[0])]);
  }
  if (text.includes('erail')) {
    DERAIL.lastIndex = 0;
    for (let m = DERAIL.exec(text); m !== null; m = DERAIL.exec(text)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const noun = m[0].endsWith('ment');
      if (
        (noun ? /^\s+of\s/.test(text.slice(end, end + 4)) : true) &&
        // read43 ★3: a train, a track or wagons in the sentence keep the railway's sense ("saboteurs tried to derail a
        // passenger train", "a freight train carrying grain under the Black Sea deal was derailed").
        !RAIL_WORDS.test(sentenceAround(text, m.index)) &&
        (UNDERTAKING_AFTER.test(text.slice(end, end + 80)) ||
          (!noun && (UNDERTAKING_BEFORE.test(before) || DERAIL_THREATENED.test(before))))
      )
        spans.push([m.index, end]);
    }
  }
  if (text.includes('orker')) {
    PARTY_WORKERS.lastIndex = 0;
    for (let m = PARTY_WORKERS.exec(text); m !== null; m = PARTY_WORKERS.exec(text)) {
      const sentence = sentenceAround(text, m.index);
      if (!PARTY_TOLD.test(sentence) || EMPLOYER_TOLD.test(sentence)) continue;
      const word = m[1] ?? '';
      const start = m.index + m[0].lastIndexOf(word);
      spans.push([start, start + word.length]);
    }
  }
  for (const [pattern, cue] of [
    [ASSAULT_ON_RIGHTS, 'ssault'],
    [RECONCILIATION_IN_FAMILY, 'econciliation'],
    [WHO_ASKED, 'WHO'],
    [CANCER_SIGN, 'Cancer'],
    [STRIKE_DEAL, 'trik'],
    [COMMUNIST_PARTY, 'CPI'],
    [REV_STYLE, 'Rev'],
    [FIGURATIVE_HEAVYWEIGHT, 'eavyweight'],
    [EPICENTRE_OF, 'picent'],
    [DISASTER_OF, ' of '],
    [DISASTER_OF_POLITICS, ''],
    [ERUPTED_FIGURE, 'rupt'],
    [CHARGES_URGED, 'harg'],
    [SANCTIONED_SUM, 'anction'],
  ] as const) {
    if (!text.includes(cue)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const word = m[1] ?? m[2] ?? m[3] ?? '';
      const start = m.index + m[0].indexOf(word);
      spans.push([start, start + word.length]);
    }
  }
  // The wagers first: most texts hold none, and the scan for a word of gambling is the longer one.
  const wagers: [number, number][] = [];
  BET_ON.lastIndex = 0;
  for (let m = BET_ON.exec(text); m !== null; m = BET_ON.exec(text))
    wagers.push([m.index, m.index + verbLength(m[0])]);
  // The wagers' own verbs are no word of gambling: "gambling its future on" names no casino (topics44).
  if (wagers.length > 0 && !GAMBLING.test(withoutSpans(text, wagers))) spans.push(...wagers);
  return dedupe(spans.sort((a, b) => a[0] - b[0]));
}

/** The text with each span blanked out (same length, so offsets hold). */
function withoutSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** Spans in text order without a repeated start (two patterns may find one word). */
function dedupe(spans: [number, number][]): [number, number][] {
  return spans.filter((span, i) => i === 0 || span[0] !== spans[i - 1]?.[0]);
}

/** [start, end) of each "breakthrough" missed or hoped for, or told in a sentence of talks, a deal or a dispute. */
function breakthroughsInTalks(text: string): [number, number][] {
  const spans: [number, number][] = [];
  BREAKTHROUGH_MISSED.lastIndex = 0;
  for (let m = BREAKTHROUGH_MISSED.exec(text); m !== null; m = BREAKTHROUGH_MISSED.exec(text)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    spans.push([start, start + word.length]);
  }
  const missed = new Set(spans.map(([s]) => s));
  BREAKTHROUGH.lastIndex = 0;
  for (let m = BREAKTHROUGH.exec(text); m !== null; m = BREAKTHROUGH.exec(text)) {
    if (missed.has(m.index)) continue;
    if (TALKS.test(sentenceAround(text, m.index))) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** [start, end) of each "stock"/"stocks" that names goods held in store. */
function storedStocks(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of [GOODS_STOCKS, STOCKS_OF]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      // A goods word in Title Case inside a sentence names a firm: "Iowa-Illinois Gas stock".
      if (
        pattern === GOODS_STOCKS &&
        /^[A-Z][a-z]/.test(m[0]) &&
        !/(?:^|[.!?:;"\u201c]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))
      )
        continue;
      const word = m[1] ?? '';
      const start = m.index + m[0].indexOf(word, pattern === GOODS_STOCKS ? m[0].length - word.length : 0);
      spans.push([start, start + word.length]);
    }
  }
  const found = new Set(spans.map(([s]) => s));
  BARE_STOCKS.lastIndex = 0;
  for (let m = BARE_STOCKS.exec(text); m !== null; m = BARE_STOCKS.exec(text)) {
    if (found.has(m.index)) continue;
    const sentence = sentenceAround(text, m.index);
    if ((STORED_UNITS.test(sentence) || STORE_VERBS.test(sentence)) && !EQUITY_WORDS.test(sentence))
      spans.push([m.index, m.index + 6]);
  }
  // A field that counts goods in store and names no shares anywhere: its other stocks are the same goods ("However,
  // stocks were well below the 2.82 mln held at the end of January", "the stocks fell").
  if (spans.length > 0 && !EQUITY_WORDS.test(text)) {
    ANY_STOCK.lastIndex = 0;
    const held = new Set(spans.map(([s]) => s));
    for (let m = ANY_STOCK.exec(text); m !== null; m = ANY_STOCK.exec(text))
      if (!held.has(m.index)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * The sentence around `at`: from the last full stop (or blank line) before it to the next full stop, within 400
 * characters either side. A single line break ends no sentence: wire copy wraps its lines.
 */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, at - 400);
  let start = from;
  for (const m of text.slice(from, at).matchAll(/[.!?]\s+|\n\s*\n/g)) start = from + m.index + m[0].length;
  return text.slice(start, roughSentenceEnd(text, at, { blankLines: true }));
}

/** The first word of a match: the verb ("flooded" of "flooded into"). */
function verbLength(match: string): number {
  const space = match.search(/\s/);
  return space < 0 ? match.length : space;
}
