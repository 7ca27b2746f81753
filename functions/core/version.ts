/**
 * Bumped whenever tagging output, or the records written from it, can change; ingest, `newstag reprocess`
 * and the backfill re-tag records of an older version. 0.2.0: country index items carry `focus`. 0.3.0:
 * entity, country and topic rules of 2026-11-30 (company names, leaders' countries, word senses). 0.4.0:
 * later rules of 2026-11-30 (regions and movements, sports-page and coordinated pairs, topic senses for
 * business news, pronoun and company cues for entities). 0.5.0: rules of 2026-11-30 11:10–13:10 (sports
 * venues and matches, language detection by function words, more topic senses, brands named by ordinary
 * words, party labels, nationality nouns, things named like people). 0.6.0: rules of 2026-11-30
 * 13:30–15:20 (today's firm names, firms taken up by "it", prizes and programmes, office holders and
 * government speakers in short stories, short stories in other languages, international given names,
 * product models). 0.7.0: rules of 2026-11-30 15:50–18:00 (one id across articles for listed
 * newsmakers and bodies and without a company's legal form, credit ratings and products, party leaders,
 * namesake cities, hosts of sports events, the lead in topic scoring, evidence as written). 0.8.0: rules
 * of 2026-11-30 18:25–20:30 (titles and party labels before names no list knows, parties named by their
 * members, possessive countries out of body names, web-address firms, clubs and journals, place ids only
 * from named countries, given-name country words, two-bureau datelines, agency credits, word senses,
 * names inside names and deadly disasters in topics). 0.9.0: rules of 2026-11-30 21:10–23:45 (politicians
 * and institutions that speak for a country, list-mate pairs scored low, office holders' pairs, venue
 * heads, seas and demonyms, local titles, tickers and party-state tags, kinds of firm, missions and clubs, wire slugs,
 * press-release datelines and boilerplate, page titles and bylines, word senses and desk vocabulary). 0.10.0:
 * rules of 2026-12-01 (today's city spellings, war and arms pair cues, dishes and home offices, the lead's
 * country in focus, agency and colon datelines, page labels, name lists in English, quoted titles, prizes,
 * results-list nationalities, seats, rivers, storms, office titles, weather leads, leaders meeting). 0.11.0:
 * rules of 2026-12-01 04:20–06:15 (countries by name in eight non-Latin scripts and big cities in other
 * Latin-script languages, short foreign briefs, national bodies and Nigeria's states, the lead's linked
 * countries in focus, dateline and seat weights, one New York City id, family-name-first names, towns
 * before a state, dateline credits no entity, shared surnames, honorifics, wire trailers, military strikes,
 * abductions, golf, names inside country names, borrowed desk words and idioms in topics; a .json
 * article's own id, nav-only pages EMPTY). 0.12.0: rules of 2026-12-01 07:30–09:30 (market wraps pair no
 * markets, attack/arms/visit cues for a country named once, buyers listed together unpaired, surveys
 * dominated by one country, medal tables; grounds, bases, districts, Scottish and Irish counties, ~130
 * ministers and leaders as voices, a dominant country in focus; politicians' and cities' countries in
 * other languages, country names in 20 more languages, Spanish "y"; clubs at a sentence start, market-wrap
 * junk, initials, roads, products, table columns, honorifics, office styles, wire credits without a city;
 * victims in business frames, club and brand names, quoted titles, weather depressions, visas, water
 * cannon, diplomatic idioms; regional web furniture and release "About" sections). 0.13.0: rules of
 * 2026-12-01 10:20–12:20 (a list sentence is one report, list-only pairs add nothing, counterparts, vote
 * roll calls, results lines and currency quotes; firms' home countries, "PH", Punjab, seats of international
 * bodies; listed football clubs, editing notes and bylines blanked, ids folding ø/ł/æ, line breaks of
 * unwrapped text, speaker labels and role words, headline surnames without accents; the first subtopic
 * under the first top level, strikes, shootings, missiles and state media, today's clubs, words inside
 * titles and names). 0.13.1: names ending in "d'Or" are no persons (Palme d'Or, Ballon d'Or). 0.14.0: rules
 * of 2026-12-01 13:15–15:05 (capitals flashes, "PM"/"CM" and Malay titles, clubs before a plural verb,
 * spacecraft, case names, stage names, bond and rate names, countries joined by "and", "on X."; currencies,
 * "Canada-U.S.", Canadian provinces, one-sentence surveys, treaty names, Punjab under a Pakistani dateline,
 * central banks, three leaders, "X says it has…"; shootings before their setting, leaders' calls,
 * political rallies, "Corps", weight-loss drugs, sources named in passing, desk subtopics). 0.14.1: a body
 * that repeats its given dateline ("BENGALURU, Nov 5 (Reuters) -") reads it as the dateline (no credit name).
 * 0.15.0: rules of 2026-12-01 16:05–17:50 (quoted nicknames inside names, calendar words opening names,
 * names no list knows typed by their context, festivals, accents kept in listed names, names not split by an
 * inner word or joined by "and", acronym aliases; world company desks' datelines, both sides of a border,
 * popes, firms under sanctions, currencies and parties of one country, two results in one sentence, hosts of a
 * later event, overseas departments; word senses decided by the story in topics). 0.15.1: "Al Qaeda",
 * "Al-Shabaab", "Al Jazeera" and "Al Arabiya" are listed bodies, no persons named Al. 0.16.0: rules of
 * 2026-12-01 18:50–20:35 (a country's bodies one id per country, missions and doubled names, titles alone,
 * regions, laws, towns before "man"; acronyms and tickers in brackets as aliases, company endings; absent and
 * excluded countries, go-betweens, market roundups, results away, pacts named after cities; famine appeals,
 * heat deaths, fashion, antitrust and word senses in topics; agency sign-offs blanked). 0.17.0: rules of
 * 2026-12-01 21:30–23:05 (HTML in JSON fields read as text; headlines over ISO datelines, sports leagues and
 * club towns, results-summary clubs, OPEC and the European Community; names opening in lower case, a
 * person whose surname is a firm's, a one-word firm before a longer name, Apple's i-products, particle
 * surnames at a sentence start; courts' seats, US tickers, coordinated countries acting on a third, objects
 * of one preposition, money words after owners; legislative votes, labour offices, devolved governments,
 * conflict idioms and words inside names in topics). 0.18.0: rules of 2026-12-02 00:15–02:40 (HTML escaped
 * twice; credited datelines over capitals lines, ISO datelines on the first body line, clubs named by ordinary
 * words, press digests, portfolios before a minister's title, capitals title words the body never capitalises;
 * a one-word name joining a longer one, plurals of things, headline capitals and particles joining the full
 * name; a third country in a two-country story, "US$" money, a sports dateline's host; results reports,
 * words of office, corruption, local elections, palm oils and senses of war words in topics). 0.19.0: rules
 * of 2026-12-02 03:05–05:20 (Markdown bodies of JSON articles, joint press-release datelines, a later bureau's
 * country, Indonesian told from Malay and its titles out of names; bodies named with "and", newspapers by
 * calendar words, places by place nouns, an earnings brief's headline firm, table abbreviations; a surname
 * to the person named first and not to a relative, blended and initial names of firms, Disney-like surnames,
 * tickers and initials of laws; table rows, brokers, fixtures and "ties" in pairs; named works, box office,
 * bills, words inside names and URLs, troops in battle and wild tigers in topics). 0.20.0: rules of
 * 2026-12-02 05:45–08:05 (HTML table rows, other languages' sentence openers, particles, institutions and
 * Turkish case endings; town namesakes and "PARIS, Texas" datelines; works by their kind or maker, press-release
 * shapes, bodies before a title, "General" bodies, kinds of firm; glued titles, firms joined by "and", "X
 * Corp's Y", nicknames in brackets, monarchs' numerals, "X's party"; deals and climate talks in headlines,
 * capitals headlines, crashes, tanker attacks, obituaries, contracts and court words in topics). 0.21.0: rules of
 * 2026-12-02 09:30–11:50 (place entities of other languages from the country stage, clubs named by a city;
 * sentence cues for unknown names (bands, malls, operators, "a spokesman for"), appositions over person shapes,
 * Fitch and Temasek; possessive owners, "the Bank", portfolio lists, shared surnames, "To Lam", Korean hyphened
 * given names, "Trinidad and Tobago's"; team nicknames, Brussels as the EU, digests, UK offices and
 * broadcasters, allocations; policy stories, film takings, storms striking and "fed funds" in topics). 0.22.0:
 * rules of 2026-12-02 12:40–14:50 (names in other languages ("al", "van", acronym compounds, Arabic surnames) and
 * newsmakers as other languages' press spells them; scorers in results lines, clubs before "have"/", whose", a
 * speaker over "a spokesman for"; index names with their number, run-together firms written apart, firms named
 * with "and", royal titles and "the Bank"; the filing country as the lead's subject ranked first, Britain's clubs
 * and grounds, "St." places; deal, clash and talks partners paired, rosters anchored on the headline's country;
 * parts sold, central banks, rates, commodities and jobless figures in topics; names and idioms as no evidence).
 * 0.23.0: rules of 2026-12-02 15:40–18:00 (short Swedish/Polish items, country names declined in Polish, Czech,
 * Croatian, Bosnian and Polish cities, international bodies named in other languages; firms named like people,
 * "X Hill" persons, Hun Sen; names through "on"/"to", patronymics, accents, royal styles, party ids by country;
 * namesake cities beside the country's, venue datelines after the actors, clash partners in focus, marked
 * dollars; a trip's stops not paired with each other; topics' reasons up the tree, borrowed words, deals first).
 * 0.24.0: rules of 2026-12-02 19:55–21:35 (top-level topics in seven other languages, places shown by English or
 * unmarked names, declined people's names in Polish/Czech, bodies with a lower-case word; sites, space, events and
 * regions' peoples typed, bookmakers and Red Cross bodies, Houthis, royal styles by holder; disaster struck over aid
 * senders, region headlines' lists, visitors first, Wimbledon; trip hosts, money demonyms, trade restrictions,
 * agenda lists and pressure verbs in pairs; sanctions and state visits in headlines, words of context in topics).
 * 0.25.0: rules of 2026-12-03 03:30–05:35 (lists a story reports on in focus, late-named countries as background,
 * focus countries listed first, capitals acting together, aid senders with the struck country; ships, judges' given
 * names, Toyota the carmaker, Man City; maritime piracy, courting, medicine; other-language datelines, French
 * honorifics and parties, Spanish EE.UU., Polish/Czech women's declined names and the fleeting e).
 * 0.26.0: rules of 2026-12-03 06:35–08:45 (plain-text output tables and long lists in focus, a body's seat over two
 * dominant parties, venues-only countries unpaired, trade rounds, faint thirds, state codes in datelines, people
 * "of COUNTRY" and club matches, the Panama Canal; wire credits (PA), hyphenated peoples, Georgia the state, clubs
 * of a dateline's city, firms read as people, Pope Leo, parties and unions of Spain, Italy, Germany, the Sejm;
 * elections, strikes, Nobel fields, competition fines, migrants' small boats). 0.27.0: rules of 2026-12-03
 * 09:00–11:10 (list members and monies unpaired, sanction subjects and leaders "between" paired, league clubs,
 * misspelled datelines, host cities of summits, EU fines' firms, other-language nationality adjectives, initials
 * in sentences; national sides, "X of PLACE Ltd", parties before acronyms, firms after role nouns, craft models,
 * Dal parties, body acronyms; disaster, accident and festival subtopics, deadly collapses, walkouts, cyberattacks,
 * other-language flood words; JSON date fields). 0.28.0: rules of 2026-12-03 11:45–14:00 (passing countries
 * scored below every focus country, a city left in the past, an unnamed home government under a dateline, joint
 * datelines as desks, language words; threats of force, medal tables, "a state to come", plain-text tables,
 * ceremony guests, one-country stories' army or government acting, hosts as co-objects; headline names taking
 * the body's reading, regnal names, mountains, firms in lists of examples, museums, words glued before names,
 * photo credits, combining forms; strikes on targets as attacks, crime and conflict subtopics, products and
 * streets off their desks; schema.org JSON, "## Title" Markdown). 0.29.0: rules of 2026-12-03 14:45–16:40
 * (state firms' home countries, jointly made things, sanctions on a one-country story's target, players'
 * countries and cancelled trips pair nothing, round-up pairs at the list cap, Cypriot communities, a summit's
 * venue and namesake officials out of focus, half salience for once-named surveyed countries; firms and
 * places no list knows, plural titles, aid groups, a person's body after the possessive, short forms of banks
 * and UN agencies, "Japan-U.S."; desk words that vouch for one another, attacks before their setting,
 * obituaries, words in another desk's sense; labour, religion, lifestyle and education desks and more sport,
 * arts and disaster words in seven other languages; HTML meta boxes). 0.30.0: rules of 2026-12-03 17:35–20:05
 * (a filed-from country that heads the headline or lead, or an unnamed home ministry, first; Italian nationality
 * words; airlines as home firms; "Athens, Georgia" the US state; firms acted on abroad no implicit targets; guests
 * of a thing others made; a country reacting to a one-country story's event; journeys' destinations, race grounds
 * and settlements as places, sentence-opening common nouns no person, agency heads, developers, UN programmes,
 * courtesy titles in other languages, trades as titles, nationality words at half salience; Indonesian language,
 * entities and desks; figurative disaster words, diplomatic protests, walkouts, provinces merged, protests that
 * topple a leader; datelines on their own line and under other JSON names). 0.31.0: rules of 2026-12-03 22:15 to 2026-12-04 07:15
 * (event towns, outlet-credited and spaced datelines, Dutch and Polish nationality words with their languages and
 * set phrases, nuclear sites, people named like countries, the headline's subject and the dateline's leader first,
 * foreign firms that are a side of a takeover, sports players' peoples' words and race hosts; pairs of earlier
 * attacks that hit "its" things, no losing bidders from rejected offers, go-betweens and meeting hosts below the
 * sides, ties by headline parties and salience, stand-ins below a lead's list; colon datelines no speakers, seasons
 * before event names, parties and institutions named like countries or words, bands, teams driven for, titles in
 * other languages; walkouts from meetings no strike, blocs joined by states, territories' protests as unrest,
 * disasters and outbreaks that head the headline first, takeover bids as mergers, general strikes as labour).
 * 0.32.0: rules of 2026-12-04 12:15-14:30 (countries in a headline's closing "as/amid" clause as background, the
 * headline's opening subject first wherever filed from, the sides of headline talks in focus; recorders as judges'
 * titles, Sahel and Indo-Pacific places, Hong Kong landlords, medicines by apposition and list, offices of places,
 * names taken up as bands or firms, countries named like injured players, sailing syndicates, other-language nouns
 * before clubs, winners after a defeat's "by", Royal courses and clubs; other-language ties by distinct entries,
 * martial arts, Michelin stars, turkey pardons, attacks' death tolls, layoffs at schools and hospitals, firefighters
 * at crashes, the euro zone as economy; HTML nested deeper than 512 elements read as browsers build it).
 * 0.33.0: rules of 2026-12-04 15:17-17:15 (the place of a headline's talks ranked below their sides, a deal signed in
 * a country names its place, every country of a closing-clause list as background, a talks headline's "on" country
 * as its topic, an issuer's home out of focus in a securities brief filed abroad, the Fed and capitals-headline
 * cities and firms as a last resort, a currency opening a headline; bowlers, clubs "of" a country, team nicknames in
 * capitals headlines, "van <country>" after a full name, bodies spelled by a bracketed acronym, match minutes as
 * ordinals, campaign tacticians, Euromarket instruments, "Human Rights in China", a dateline's state no club,
 * players named like clubs on the sports page, a headline's town-club surname as the person; a firm's studios bought as a
 * takeover, wellness and toy words, the UN in other-language politics, American football on the sports page, a
 * team's rally or demands no unrest, performers in court as arts; htmlparser2 holding at most 4,096 open elements,
 * <noscript> content as raw text in one pass, Markdown links and tags that open nothing kept as text).
 * 0.34.0: rules of 2026-12-04 18:10-20:25 ("N.Z.", a firm's Inc/Corp/Co or a US market as the last resort for a
 * story that names no place, a country inside a closed who/which clause no party, "Poland and Baltic states", a
 * closing clause's country below the sides, a side clause's or a study's list of countries out of focus, "la
 * Maison Blanche"; US datelines with state codes and towns named like foreign cities, a tournament's host kept in
 * focus; two ordinary words a person by age or pronoun, works' towns after "its", grounds, legal forms before a
 * firm's name, titles glued to names, sports prose, long agency names, constituencies, a seat after a member's
 * "for"; everyday words of other desks, people's rallies, 18 sport disciplines and 8 crime kinds, travel guides,
 * "depression", coups only when a ruler falls, votes that are no elections, incidental economy words, street
 * names, other languages' tax, crime and defence words, other football codes, two states agreeing in a headline).
 * 0.34.1: a rally a market staged is no demonstration ("Wall Street staged a rally").
 * 0.35.0: rules of 2026-12-04 21:05-23:00 (a short story's later countries paired with the lead's subject only, a
 * trip's stops after "then", reacting and ranked countries unpaired, market wraps, a disease's places side by side,
 * briefings, states recognising states; ambiguous country words a headline reads as the state (title case and
 * labels too), small capitals speaking for their governments, region-opened leads, gulfs and seas, "Name, Place"
 * header lines, towns after another country's possessive; firms' cues after "said", tickers, titles, authorities,
 * courts and cases, ranks, clubs and venues, long bodies, bands, districts, models, tables, transcripts; utility
 * tariffs, chairmen, claims and forecasts, shipping names, river banks, recognitions, press curbs; a page's lists
 * of links, tags and share lines, feed footers).
 * 0.36.0: rules of 2026-12-04 23:45 to 2026-12-05 01:50 (one id across articles for a listed newsmaker written
 * with a middle initial or a second surname, a common surname under its holder's title, firms without their
 * descriptor words, "Department of X" and "X Department", a party's members; US federal bodies and a US county's
 * offices place the US; a union seat governing is the union; listed country funds and "Cyprus Minerals Co" no
 * country; a transfer "from", shares given out in turn; research bodies' full names, firms by their officers and
 * customers, honorary roles, "Taylor, Texas", "REDMOND, Washington"; acronyms spelled, not stemmed ("BoE"), word
 * senses of trial, beating, minerals and attacks in words, terse air strikes, review labels, a firm's fiscal
 * year, architecture; a topic's evidence lists its own words).
 * 0.37.0: rules of 2026-12-05 02:45-04:35 (long stories: a list of places with no figures, a survey without
 * figures and co-mentions of passing countries no longer fill the focus or tie the main pair; columns and
 * explainers pair only what a sentence links, a life's stations and a body's seat named in the body pair
 * nothing; CJK and Hindi sentence ends, one-character country abbreviations, own-script datelines, Hindi-belt
 * languages as Hindi, Russian genitive countries out of names; spaced initials, titles alone, page furniture,
 * small places a disaster strikes or a traveller goes to, craters and shrines, competitions, day-named clubs and
 * town tournaments; an armed movement's war deaths, "the Fund", cyber attacks, minerals harming nature, sources
 * counting a toll, German quotes no evidence).
 * 0.38.0: rules of 2026-12-05 05:30-07:40 (pairs bounded: the best 300 a story, evidence spans of at most 1,000
 * characters around the countries; a range of examples links neither end, long-form paragraph links need adjacent
 * sentences, "such as X and Y" and "as did X and Y" join neither; US towns named like countries in US datelines,
 * the Rio Grande, suburbs abroad, shoals, "NSW"; newsmakers in full, halls, guilds, sport bodies, brands before a
 * firm's officer, a title word ending a sentence; drones in war stories, travel features, the verb "shares", club
 * towns, AP obituaries, Nobel epithets, American football, word senses of regional wire; a sport body's sport word).
 * 0.39.0: rules of 2026-12-05 08:45-10:50 (a candidate's campaign, drones and battles only in war, weak travel words,
 * trials, a former president's obituary; figurative science words, stocks in store, a government's protest, headline
 * verbs, Hong Kong's executive; Hall of Famers, "Arsenio Hall", "the St. Louis Fed", grounds, chess and tennis given
 * names, place-word given names, Irish parties, local towns; Georgia beside countries, a body's seat; foreign forces
 * and treaty allies, a later meeting's venue; read42's battles and campaigns).
 * 0.40.0: rules of 2026-12-05 12:00-13:55 (short Portuguese items; drones by sentence, heat that kills people, a trial
 * of someone, tourism, a firm's "President", summits of heights, figurative derailing, Lunar New Year, rock of
 * geology, assaults on democracy; players named like teams, halls that speak, Tanaiste, saints' clubs, grounds named
 * after people, a firm's units, group adjectives, eponymous illnesses, ships, Henry Hub, "Le"; old country names,
 * every name of a capital a capital, a lead after an opener, a digest under a heading).
 * 0.41.0: rules of 2026-12-05 15:10-16:45 (stolen elections, Euro tournaments, hackers' claims, disrupted travel,
 * fact-check verdicts, numbered designations, Turkish desks, festivals of trade, figurative gambles, crashes only
 * risked, drones flown for fun; firms opening sentences, parents and units, players named like teams, ships named then
 * described, German briefs and noun phrases, Indian Wells, Polish and Indonesian runs, firms and unions beside a
 * body's cue, car models, UKIP, clubs and family-name-first players, "Guns N' Roses"; seats of government, fire two
 * sides exchange, Rome in a Holy See story, short news leads, Perth in Scotland, passive agents in short stories).
 * 0.42.0: rules of 2026-12-05 18:15-20:10 (relays, denied events, crashes out of contests and markets, loans of no
 * money, stakes of no holding, teams named for weather, casino gaming, joined portfolios, surnames of people, currencies
 * before the euro, peace accords named after places, leagues that are parties, crowds in a protest headline; "Roman" the
 * people, firms shaped like people, host towns, the Masters, horses, bodies opening sentences, car models, clubs,
 * ships, towns after "played in"; the venue of a past meeting, regions within a state, focus from a next sentence,
 * places inside a longer name in other languages, England's metropolitan counties).
 * 0.43.0: rules of 2026-12-05 21:25-23:20 (match results told with their sides, sport's words other desks read, one
 * list of gambling words; peoples' words before names the lists lack, plural openers, bodies named with "and", firms
 * that "its" gives away and founders who stay people, what the Crown grants; towns before "said", movements between
 * countries, Palestinian leaders, autonomous regions and islands, ships' names, troops stationed abroad, Iceland the
 * chain, past venues in capitals; twelve more languages by their trigrams and function words, with their country
 * names).
 * 0.44.0: rules of 2026-12-06 00:40-02:55 (union congresses, sports trades, states of emergency over unrest, goods in
 * store, hospital bosses, results with seeds in brackets, shared leads, club websites, names that are no topic
 * evidence, other desks' words in sport and sanctions, stage races' climbs; products and doctors, tournament groups,
 * plural weekdays, towns named like given names, portfolios joined by "and", founders' possessives, transfer clubs,
 * firms named by their trade, the Lib Dems, "-trained" surnames, capitals headline surnames; Greek, Cyrillic, Danish,
 * Norwegian and Finnish datelines and place names, England's counties and towns with namesakes abroad).
 * 0.45.0: rules of 2026-12-06 03:45-05:50 (sport words several disciplines share, racehorses and jumps races, tolls
 * and landslides by their sentence, adviser banks, cricket collapses, AFC/NFC, union federations; line-ups, scorer
 * lists and scorecards, grounds on results lines, firms opening with a title, generational suffixes, descriptors
 * before a town's mayor, congresses and bodies named through "of"/"and", "Hamas-run"; Cyrillic languages by their
 * letters, British towns of 20,000-100,000, headline towns the body places abroad, Georgia the US state, reactions
 * and meeting sides, the Republic of Congo).
 * 0.46.0: rules of 2026-12-06 06:50-08:55 (firms bought with the verbs of buying, job cuts with their number,
 * office-holders' trips and tours, recounts told, strikes on boats and energy, attacks on energy or a city told first,
 * weapons and hacking groups named like the weather, walkouts and launches that are no attack, summits that are
 * heights, shared seeds, plural possessives in phrases; a state's body after its owner's possessive, capitals acronyms
 * opening a sentence, country acronyms, long bodies through "of"/"and"/"ng", "<Word> Bio", Metro/Greater towns,
 * members' titles before firms; hyphenated and combining-form pairs, capitals acted on, objects of one verb of effect,
 * England's shire counties, Colombia's departments, tech towns, a headline athlete's attached country, a city inside
 * a longer name).
 * 0.47.0: rules of 2026-12-06 09:50-12:10 (leaders of the 1980s-2010s and of smaller countries today as newsmakers
 * and voices of their countries; descriptors opening a sentence before a name, one-word names beside a person's life,
 * universities named by one word, release labels, big states' capitals as their governments, long names through
 * particles and "of", sides in short sports briefs; PNG the image format, venues after their town, one-sentence trade
 * items, parallel acts, navies' ships, Georgia plants, capitals speaking after the day, briefs' speakers and
 * attacks, coordinated briefs, deals and incursions, town airports, "<Name> of the <Country>"; concerts told by
 * their nights, defence-stock moves, drones launched in waves, a state's strikes, "take charge").
 * 0.48.0: rules of 2026-12-06 12:50-14:40 (pre-tokenised possessives "Arsenal 's" read as attached; speakers after an
 * inverted "said" and lone surnames before an apposition; players a sports page names by one word; two-word people's
 * words before a name; capitals headlines' short forms of the story's names; brands opening a sentence before a firm's
 * deed, sides before a plural verb, firms read from "its" officers and share moves, dotted initials, "West German";
 * Saudi Arabia's oil minister by full name only; quantity purchases "200,000 tonnes of wheat from France", the
 * "REUTER" sign-off, demonym one-liners, monarchs as their countries' voices, the Bengaluru desk, firms named like
 * capitals; millions before a currency no race distance, a club changing hands and an antitrust case as business).
 * 0.49.0: rules of 2026-12-06 15:48-17:55 (soft hyphens and zero-width characters read around; unlisted firms in their
 * own company news, brokers that raise or cut their ratings, bracketed town initials on sports pages only, clubs that
 * score, agencies after an inverted "said", "Jan" opening a name, a spokesman's titled principal, Cantonese, Taiwanese
 * and Korean family names before a hyphened given name; monarchs' names inside longer names, peoples' words naming a
 * tongue or a dish, a treasury's money words, state and province abbreviations in prose; race distances before
 * "won"/"marks", firms bought in stories with no lexicon word, competition cases, video games, Formula 1, calendar
 * names, vague job cuts).
 * 0.50.0: rules of 2026-12-06 18:46-20:35 (Windows line ends read as line feeds; owners acting in their own name stay
 * persons, firms that say "it" in their own news, legal forms Oy/Rt/KK; unknown towns in war reports and storm tracks,
 * undotted initials after a role, "People 's Daily", compass initials before a place; AP state abbreviations keep their
 * period, Kenya's counties and islands' datelines, "met the French president"; members of a round-up of five or more
 * countries paired with its focus countries; money lists and loans keep their millions, a family's house is no
 * takeover, storms told as weather keep weather).
 * 0.51.0: rules of 2026-12-06 21:56-23:45 (players by set scores, month surnames, ministers' portfolios without a
 * comma, leaders' visits in briefs, sponsored cups, race names, captured people stay persons; takeover targets, trade
 * appositions, a firm's own statement, legislatures, listing labels, no-break spaces; compass short forms "N. Ireland",
 * official names with a possessive, Philippine provinces and storm lists, county datelines, Title Case headlines of one
 * capitalised word; weather stories' police and closures, drug firms, road and rail accidents).
 * 0.52.0: rules of 2026-12-07 01:02-02:50 (page layout: bullets open sentences, date/byline/role/caption lines over the
 * lead, live timestamps, page sections, unknown dateline towns; Title Case headlines name what sentence case names;
 * fixture and result lists without a slug, home towns in local news, unknown towns in place frames, clubs before
 * squad roles; papers, "told X", brands named like people, "AT & T", tickers; twin towns placed by a US state;
 * heads of state in obituaries, public-service strikes, desk words).
 * 0.53.0: rules of 2026-12-07 03:57-05:50 (captions over the story, dated datelines after a town and state, regions
 * several countries hold, bare datelines placed by the lead, digest items labelled by a dash, Georgians of the state;
 * firms as objects and after "said it", likened towns, firms' short and long names, headline slugs; datelines under a
 * story's heading lines, aggregator titles' papers, page strips, JSON-LD-only pages; clubs' short names, local
 * forecasts, baseball, basketball and ice hockey words; "(Origin: UK)" keeps Britain).
 * 0.54.0: rules of 2026-12-07 07:08-09:10 (common words of today opening a sentence, word senses and desks: sharks,
 * fires, golf, horse racing, mining, cricket; bare datelines of small capitals and long names, expansion markets,
 * agency datelines, cents of another currency, diseases named after countries, results lines, central banks and
 * parties; serial-comma place lists, exchange codes, link labels; places after places, troops' captures; Ireland's
 * provinces, Brazil's states, renamed cities, small regional capitals).
 * 0.55.0: rules of 2026-12-07 10:04-11:53 (regions named like cities abroad, places read by their bodies: counties,
 * gardaí, Victoria; short names of long-named cities, names of other languages with lower-case words, armed forces and
 * intelligence services; agency credits without brackets, Brazilian and capitals datelines, a bare dateline's
 * namesake placed by its own state, a headline's meeting city, amounts in another country's money; typing slips: "in
 * Levi", a person after "from TOWN,", brand towns owning holdings, table columns of places, countries named like
 * people of the story; one list of result verbs; topics: Australia's Labor, labor phrases, clubs named for their
 * players, market and party heavyweights, racecourses, epicentres, diplomacy's visits and calls; link labels of
 * other languages).
 * 0.56.0: rules of 2026-12-07 13:08-15:03 (nationality adjectives of French, German, Spanish and Portuguese news,
 * German genitives, Brazil's "Irã", US city forces beside English counties, whole-size suburban namesakes, national
 * sides by nickname and agencies by acronym; a bare dateline's town placed by its namesake's home bodies and by its
 * province's government or police, agencies' home countries as priors; a country word read as the state beside a
 * person named like it, outlets, legal forms and leaders' middle names in ids; a release's securities legends; topics:
 * American "Labor", passive results, cricket chases, podcasts, Pakistan's Rangers, telecom tariffs, bandhs, flood
 * control projects).
 * 0.57.0: rules of 2026-12-07 16:21-18:20 (a town's office names its country only when no namesake abroad is a tenth
 * of its size; namesakes' states and provinces abroad from GeoNames' first-level names; Greater Sudbury, German names
 * with umlauts written out, "the two Koreas"; "CHINA—INDIA flights" under a countryless headline, a state's own police
 * placing a bare dateline; a country beside a country read as the state, a capital closing a first-person quote as a
 * person, office initials out of names; Markdown's raw HTML furniture dropped; topics: planets and plurals that name firms, legs of
 * trips and officials' tours, street drugs, the world's stock indexes, candidates declared winners, terms of office).
 * 0.58.0: rules of 2026-12-07 19:40-21:52 (a port goods pass through is a route, not a party; a short brief's place of
 * the event; embassies, arrivals, territorial claims and recognising lists pair; a ship's flag or a birthplace in a
 * headline is a label; "Dar es Salaam", "The mayor of X said", "Dubai:" and day-first PR Newswire datelines, Korean
 * "-si"/Japanese "-shi" and "City" names, oblasts and prefectures, San Jose in valley firm copy; listed firms and
 * title-case acronyms as bodies, bracketed acronyms of other languages, romanised newsmakers' ids, obituary kin, county
 * offices; topics: probes, one-day moves, headline figures, the BSE, contracts ratified, squash, sumo, derbies, AFL/NRL,
 * rallies, load shedding; input: feature-switch and WordPress tag classes no furniture).
 * 0.59.0: rules of 2026-12-07 22:57 - 2026-12-08 01:00 (towns of 20-50k and up in IE/AU/NZ/US/CA, British home copy,
 * "<name> Province" divisions, Bangalore; a private person's origin no side of where a brief happens, a plant's
 * markets, a curb's owner, seats of bodies; one-name people opening a sentence, Amber Alerts, universities of a
 * town, royal titles in facility names, unions joined by "and"; topics: inquiry probes, one-day captains, sets of
 * results, written scores, gunmen by the leading desk; input: bylines with towns, blogs' meta and share lines,
 * science-page tails, archive captions, side columns, tag lists, social embeds, camel-case and data-component names).
 * 0.60.0: rules of 2026-12-08 02:11 - 04:30 (towns of 20-50k and up in PK/UG/KE/LK/IN/PH/NG, short official city
 * names, landmarks, namesakes beside their state; a list's members alike in focus, separate wars side by side, attacks
 * launched at a country, titled leaders and ministries speaking for their country; office holders apposed after a
 * state, state titles before initials, English lines trigrams took for another language, party names, dela/delos, CS,
 * AMLO, storms' landfalls; topics: a one-word lexicon sweep with context cues, deadly explosions and fires, robberies,
 * idioms and local senses; input: writers' names and towns, undated first-line datelines, stories in furniture-named
 * boxes, related boxes by their heading, link-less promotions, JSON arrays, WordPress posts, live-blog updates).
 */
export const TAGGER_VERSION = '0.60.0';
