/**
 * The part of the IPTC Media Topics vocabulary (http://cv.iptc.org/newscodes/mediatopic/, CC BY 4.0) that
 * the tagger scores: all 17 top levels and the subtopics a news desk asks for most.
 *
 * Each row is [id, label, parent, level]. `level` is the depth in the full IPTC tree (1 = top level);
 * `parent` is the nearest ancestor kept here, so a level-4 topic may hang directly under a level-2 one
 * when the level-3 node in between is not scored. Ids and the tree shape were checked against a copy of the
 * IPTC tree (see docs/topics.md); labels are IPTC's en-GB preferred labels, lower case.
 */
export type TaxonomyRow = readonly [id: string, label: string, parent: string | null, level: number];

const A = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const DIS = 'medtop:03000000';
const ECO = 'medtop:04000000';
const EDU = 'medtop:05000000';
const ENV = 'medtop:06000000';
const HEA = 'medtop:07000000';
const HUM = 'medtop:08000000';
const LAB = 'medtop:09000000';
const LIF = 'medtop:10000000';
const POL = 'medtop:11000000';
const REL = 'medtop:12000000';
const SCI = 'medtop:13000000';
const SOC = 'medtop:14000000';
const SPO = 'medtop:15000000';
const WAR = 'medtop:16000000';
const WEA = 'medtop:17000000';

/** The 17 top levels by subject, for code that names one (topic senses, the sports page's pairs). */
export const TOP_LEVEL = {
  arts: A,
  crime: CRIME,
  disaster: DIS,
  economy: ECO,
  education: EDU,
  environment: ENV,
  health: HEA,
  humanInterest: HUM,
  labour: LAB,
  lifestyle: LIF,
  politics: POL,
  religion: REL,
  science: SCI,
  society: SOC,
  sport: SPO,
  conflict: WAR,
  weather: WEA,
} as const;

const m = (n: string) => `medtop:${n}`;

export const TAXONOMY: readonly TaxonomyRow[] = [
  [A, 'arts, culture, entertainment and media', null, 1],
  [CRIME, 'crime, law and justice', null, 1],
  [DIS, 'disaster, accident and emergency incident', null, 1],
  [ECO, 'economy, business and finance', null, 1],
  [EDU, 'education', null, 1],
  [ENV, 'environment', null, 1],
  [HEA, 'health', null, 1],
  [HUM, 'human interest', null, 1],
  [LAB, 'labour', null, 1],
  [LIF, 'lifestyle and leisure', null, 1],
  [POL, 'politics', null, 1],
  [REL, 'religion', null, 1],
  [SCI, 'science and technology', null, 1],
  [SOC, 'society', null, 1],
  [SPO, 'sport', null, 1],
  [WAR, 'conflict, war and peace', null, 1],
  [WEA, 'weather', null, 1],

  // arts, culture, entertainment and media
  [m('20000002'), 'arts and entertainment', A, 2],
  [m('20000005'), 'film', m('20000002'), 3],
  // IPTC's parent, festival (20001181), is not scored.
  [m('20000006'), 'film festival', m('20000002'), 4],
  [m('20000007'), 'dance', m('20000002'), 3],
  [m('20000011'), 'fashion', m('20000002'), 3],
  [m('20000013'), 'literature', m('20000002'), 3],
  [m('20000018'), 'music', m('20000002'), 3],
  [m('20000029'), 'theatre', m('20000002'), 3],
  [m('20000031'), 'visual arts', m('20000002'), 3],
  [m('20000038'), 'culture', A, 2],
  [m('20000045'), 'mass media', A, 2],
  [m('20000046'), 'news media', m('20000045'), 3],
  [m('20000050'), 'radio', m('20000045'), 3],
  [m('20000051'), 'television', m('20000045'), 3],
  [m('20001182'), 'social media', m('20000045'), 3],
  [m('20001319'), 'disinformation and misinformation', m('20000045'), 3],

  // crime, law and justice
  [m('20000082'), 'crime', CRIME, 2],
  [m('20000084'), 'assault', m('20000082'), 3],
  [m('20000086'), 'cyber crime', m('20000082'), 3],
  [m('20000093'), 'corruption', m('20000082'), 3],
  [m('20000095'), 'drug related crimes', m('20000082'), 3],
  [m('20000096'), 'drug trafficking', m('20000095'), 4],
  [m('20000097'), 'fraud', m('20000082'), 3],
  [m('20000099'), 'homicide', m('20000082'), 3],
  [m('20000101'), 'organised crime', m('20000082'), 3],
  [m('20000103'), 'terrorism', m('20000082'), 3],
  [m('20000104'), 'robbery and theft', m('20000082'), 3],
  [m('20001283'), 'human smuggling and trafficking', m('20000082'), 3],
  [m('20000100'), 'kidnapping', m('20000082'), 3],
  [m('20000105'), 'war crime', m('20000082'), 3],
  [m('20001313'), 'shootings', m('20000082'), 3],
  [m('20000106'), 'judiciary', CRIME, 2],
  [m('20000107'), 'court', m('20000106'), 3],
  [m('20000111'), 'trial (court)', m('20000107'), 4],
  [m('20000118'), 'prosecution and prosecutors', m('20000106'), 3],
  [m('20000121'), 'law', CRIME, 2],
  [m('20000129'), 'law enforcement', CRIME, 2],
  [m('20000130'), 'arrest', m('20000129'), 3],
  [m('20000133'), 'police', m('20000129'), 3],
  [m('20000131'), 'investigation (criminal)', m('20000129'), 3],

  // disaster, accident and emergency incident
  [m('20000139'), 'accident and emergency incident', DIS, 2],
  [m('20000141'), 'industrial accident and incident', m('20000139'), 3],
  [m('20000143'), 'transportation accident and incident', m('20000139'), 3],
  [m('20000144'), 'air and space accident and incident', m('20000143'), 4],
  [m('20000145'), 'maritime accident and incident', m('20000143'), 4],
  [m('20000146'), 'railway accident and incident', m('20000143'), 4],
  [m('20000147'), 'road accident and incident', m('20000143'), 4],
  [m('20000148'), 'disaster', DIS, 2],
  [m('20000149'), 'famine', m('20000148'), 3],
  [m('20000150'), 'fire', m('20000148'), 3],
  [m('20001202'), 'wildfire', m('20000150'), 4],
  [m('20000151'), 'natural disaster', m('20000148'), 3],
  [m('20000152'), 'drought', m('20000151'), 4],
  [m('20000153'), 'earthquake', m('20000151'), 4],
  [m('20000154'), 'flood', m('20000151'), 4],
  [m('20000155'), 'landslide', m('20000151'), 4],
  [m('20001353'), 'tsunami', m('20000151'), 4],
  [m('20000159'), 'volcanic eruption', m('20000151'), 4],
  // IPTC's parent, meteorological disaster (20000157), is not scored.
  [m('20000158'), 'windstorms', m('20000151'), 5],
  [m('20000168'), 'emergency response', DIS, 2],

  // economy, business and finance
  [m('20000170'), 'business information', ECO, 2],
  [m('20000171'), 'business finance', m('20000170'), 3],
  [m('20000174'), 'bankruptcy', m('20000171'), 4],
  [m('20000177'), 'corporate dividends', m('20000171'), 4],
  [m('20000178'), 'earnings', m('20000171'), 4],
  [m('20000189'), 'layoffs and downsizing', m('20000170'), 4],
  [m('20000204'), 'merger or acquisition', m('20000170'), 4],
  [m('20000209'), 'economic sector', ECO, 2],
  [m('20000210'), 'agriculture', m('20000209'), 3],
  [m('20000223'), 'pharmaceutical', m('20000209'), 4],
  [m('20000225'), 'computing and information technology', m('20000209'), 3],
  [m('20000230'), 'semiconductors and active components', m('20000225'), 4],
  [m('20000231'), 'software', m('20000225'), 4],
  [m('20000233'), 'telecommunication service', m('20000225'), 4],
  [m('20000235'), 'construction and property', m('20000209'), 3],
  [m('20000252'), 'retail', m('20000209'), 3],
  [m('20000256'), 'energy and resource', m('20000209'), 3],
  [m('20000257'), 'alternative energy', m('20000256'), 4],
  [m('20001243'), 'oil and gas industry', m('20000256'), 4],
  [m('20000265'), 'nuclear power', m('20000256'), 4],
  [m('20000271'), 'financial and business service', m('20000209'), 3],
  [m('20000274'), 'banking', m('20000271'), 4],
  [m('20000279'), 'insurance', m('20000271'), 4],
  [m('20000294'), 'manufacturing and engineering', m('20000209'), 3],
  [m('20000295'), 'aerospace', m('20000294'), 4],
  [m('20000296'), 'automotive', m('20000294'), 4],
  [m('20000304'), 'media', m('20000209'), 3],
  [m('20000320'), 'mining', m('20000209'), 4],
  [m('20000337'), 'transport', m('20000209'), 3],
  [m('20000338'), 'air transport', m('20000337'), 4],
  [m('20000344'), 'economy', ECO, 2],
  [m('20000346'), 'economic trends and indicators', m('20000344'), 3],
  [m('20000350'), 'central bank', m('20000344'), 4],
  [m('20000355'), 'currency', m('20000344'), 4],
  [m('20001279'), 'cryptocurrency', m('20000355'), 5],
  [m('20000357'), 'economic growth', m('20000346'), 4],
  [m('20000359'), 'gross domestic product', m('20000346'), 5],
  [m('20000365'), 'employment statistics', m('20000346'), 4],
  [m('20000368'), 'government debt', m('20000344'), 4],
  [m('20000370'), 'inflation', m('20000346'), 4],
  [m('20000371'), 'interest rates', m('20000344'), 4],
  [m('20000373'), 'international trade', m('20000344'), 4],
  [m('20000374'), 'trade agreements', m('20000373'), 5],
  [m('20000376'), 'trade dispute', m('20000373'), 5],
  [m('20000379'), 'monetary policy', m('20000346'), 4],
  [m('20000383'), 'recession', m('20000346'), 4],
  [m('20000384'), 'tariff', m('20000344'), 4],
  [m('20000385'), 'market and exchange', ECO, 2],
  [m('20000386'), 'commodity market', m('20000385'), 3],
  [m('20000391'), 'foreign exchange market', m('20000385'), 3],
  [m('20000396'), 'stocks', m('20000385'), 3],

  // education
  [m('20000400'), 'school', EDU, 2],
  [m('20000415'), 'students', EDU, 2],
  [m('20000416'), 'teachers', EDU, 2],
  [m('20001338'), 'education policy', EDU, 2],

  // environment
  [m('20000418'), 'climate change', ENV, 2],
  [m('20000419'), 'global warming', m('20000418'), 3],
  [m('20000420'), 'conservation', ENV, 2],
  [m('20000424'), 'environmental pollution', ENV, 2],
  [m('20000430'), 'natural resources', ENV, 2],
  [m('20000436'), 'renewable energy', m('20000430'), 3],
  [m('20000441'), 'nature', ENV, 2],
  [m('20000443'), 'endangered species', m('20000441'), 3],

  // health
  [m('20000446'), 'diseases and conditions', HEA, 2],
  [m('20000447'), 'cancer', m('20000446'), 3],
  [m('20000448'), 'communicable disease', m('20000446'), 3],
  [m('20000449'), 'epidemic', m('20000448'), 4],
  [m('20000458'), 'mental health', m('20000446'), 3],
  [m('20000461'), 'health facility', HEA, 2],
  [m('20000464'), 'health treatment', HEA, 2],
  [m('20000467'), 'medical drugs', m('20000464'), 3],
  [m('20000477'), 'vaccines', m('20000464'), 4],
  [m('20000480'), 'government health care', HEA, 2],
  [m('20000485'), 'medical profession', HEA, 2],

  // human interest
  [m('20000498'), 'award and prize', HUM, 2],
  [m('20000499'), 'record and achievement', HUM, 2],
  [m('20000500'), 'animal', HUM, 2],
  [m('20000504'), 'high society', HUM, 2],
  [m('20000506'), 'royalty', m('20000504'), 3],
  [m('20000505'), 'celebrity', HUM, 2],

  // labour
  [m('20000509'), 'employment', LAB, 2],
  [m('20000518'), 'wages and benefits', m('20000509'), 3],
  [m('20000524'), 'labour relations', LAB, 2],
  [m('20000530'), 'labour strike', m('20000524'), 4],
  [m('20000531'), 'retirement', LAB, 2],
  [m('20000532'), 'pension', m('20000531'), 3],
  [m('20000533'), 'unemployment', LAB, 2],
  [m('20000536'), 'unions', LAB, 2],

  // lifestyle and leisure
  [m('20000538'), 'leisure', LIF, 2],
  // IPTC's parent, game (20000540), is not scored.
  [m('20000541'), 'board game', m('20000538'), 4],
  [m('20000548'), 'video game', m('20000538'), 4],
  [m('20000549'), 'gaming and lottery', m('20000538'), 3],
  [m('20000563'), 'travel and tourism', m('20000538'), 3],
  [m('20000565'), 'lifestyle', LIF, 2],
  [m('20001339'), 'wellness', LIF, 2],

  // politics
  [m('20000574'), 'election', POL, 2],
  [m('20000579'), 'national elections', m('20000574'), 3],
  [m('20000578'), 'local elections', m('20000574'), 3],
  [m('20000580'), 'political campaigns', m('20000574'), 3],
  [m('20000584'), 'referenda', m('20000574'), 3],
  [m('20000586'), 'voting', m('20000574'), 3],
  [m('20000587'), 'fundamental rights', POL, 2],
  [m('20000120'), 'civil rights', m('20000587'), 3],
  [m('20000588'), 'censorship and freedom of speech', m('20000587'), 3],
  [m('20000591'), 'freedom of the press', m('20000587'), 3],
  [m('20000592'), 'human rights', m('20000587'), 3],
  [m('20001300'), 'privacy', m('20000587'), 3],
  [m('20000593'), 'government', POL, 2],
  [m('20000598'), 'defence', m('20000593'), 3],
  [m('20000599'), 'armed forces', m('20000598'), 4],
  [m('20000605'), 'espionage and intelligence', m('20000593'), 3],
  [m('20000607'), 'government budget', m('20000593'), 3],
  [m('20000610'), 'heads of state', m('20000593'), 3],
  [m('20000612'), 'local government and authority', m('20000593'), 3],
  [m('20000613'), 'minister and secretary (government)', m('20000593'), 3],
  [m('20000614'), 'national government', m('20000593'), 3],
  [m('20000615'), 'legislative body', m('20000593'), 3],
  [m('20000621'), 'government policy', POL, 2],
  [m('20000345'), 'economic policy', m('20000621'), 3],
  [m('20000423'), 'environmental policy', m('20000621'), 3],
  [m('20000479'), 'healthcare policy', m('20000621'), 3],
  [m('20000620'), 'taxation', m('20000621'), 3],
  [m('20000627'), 'data protection policy', m('20000621'), 4],
  // IPTC's parent, interior policy (20000626), is not scored.
  [m('20000628'), 'housing and urban planning policy', m('20000621'), 4],
  [m('20000634'), 'migration policy', m('20000621'), 3],
  [m('20000636'), 'regulation of industry', m('20000621'), 3],
  [m('20000638'), 'international relations', POL, 2],
  [m('20000639'), 'diplomacy', m('20000638'), 3],
  [m('20000640'), 'summit meetings', m('20000639'), 4],
  [m('20000641'), 'treaty', m('20000639'), 4],
  [m('20000642'), 'economic sanction', m('20000638'), 3],
  [m('20000643'), 'foreign aid', m('20000638'), 3],
  [m('20000644'), 'international organisation', m('20000638'), 3],
  [m('20000645'), 'refugees and internally displaced people', m('20000638'), 3],
  [m('20000647'), 'political crisis', POL, 2],
  [m('20000648'), 'political dissent', POL, 2],
  [m('20000649'), 'political process', POL, 2],
  [m('20000651'), 'political parties and movements', m('20000649'), 3],

  // religion
  [m('20000657'), 'belief systems', REL, 2],
  [m('20000659'), 'Christianity', m('20000657'), 3],
  [m('20000677'), 'Islam', m('20000657'), 3],
  [m('20000679'), 'Judaism', m('20000657'), 3],
  [m('20000688'), 'religious conflict', REL, 2],
  [m('20000690'), 'religious festival and holiday', REL, 2],
  [m('20000697'), 'religious facility', REL, 2],
  [m('20000703'), 'religious leader', REL, 2],
  [m('20000704'), 'pope', m('20000703'), 3],

  // science and technology
  [m('20000710'), 'biomedical science', SCI, 2],
  [m('20000717'), 'natural science', SCI, 2],
  [m('20000718'), 'astronomy', m('20000717'), 3],
  [m('20000731'), 'physics', m('20000717'), 3],
  [m('20000735'), 'scientific research', SCI, 2],
  [m('20000737'), 'medical research', m('20000735'), 3],
  [m('20000739'), 'space exploration', m('20000735'), 4],
  [m('20000742'), 'social sciences', SCI, 2],
  [m('20000756'), 'technology and engineering', SCI, 2],
  [m('20000763'), 'information technology and computer science', m('20000756'), 3],
  [m('20001298'), 'artificial intelligence', m('20000763'), 4],

  // society
  [m('20000768'), 'communities', SOC, 2],
  [m('20000770'), 'demographics', SOC, 2],
  [m('20000771'), 'immigration', SOC, 2],
  [m('20000775'), 'discrimination', SOC, 2],
  [m('20000780'), 'family', SOC, 2],
  [m('20000792'), 'LGBTQ', SOC, 3],
  [m('20000799'), 'social condition', SOC, 2],
  [m('20000801'), 'poverty', m('20000799'), 3],
  [m('20000802'), 'social problem', SOC, 2],
  [m('20000804'), 'addiction', m('20000802'), 3],
  [m('20000817'), 'welfare', SOC, 2],

  // sport
  [m('20000822'), 'competition discipline', SPO, 2],
  [m('20000823'), 'American football', m('20000822'), 3],
  [m('20000827'), 'athletics', m('20000822'), 3],
  [m('20000849'), 'baseball', m('20000822'), 3],
  [m('20000851'), 'basketball', m('20000822'), 3],
  [m('20000856'), 'boxing', m('20000822'), 3],
  [m('20001157'), 'martial arts', m('20000822'), 3],
  [m('20001231'), 'mixed martial arts', m('20001157'), 4],
  [m('20000888'), 'cricket', m('20000822'), 3],
  [m('20000892'), 'cycling', m('20000822'), 3],
  [m('20000940'), 'golf', m('20000822'), 3],
  [m('20000960'), 'horse racing', m('20000822'), 3],
  [m('20000965'), 'ice hockey', m('20000822'), 3],
  [m('20000991'), 'motor car racing', m('20000822'), 3],
  [m('20001065'), 'soccer', m('20000822'), 3],
  [m('20001071'), 'swimming', m('20000822'), 3],
  [m('20001085'), 'tennis', m('20000822'), 3],
  [m('20001176'), 'rugby', m('20000822'), 3],
  [m('20001104'), 'drug use in sport', SPO, 2],
  [m('20001108'), 'sport event', SPO, 2],
  [m('20001177'), 'Olympic Games', m('20001108'), 3],
  [m('20001148'), 'sports transaction', SPO, 2],
  [m('20001323'), 'sports coaching', SPO, 2],

  // conflict, war and peace
  [m('20000053'), 'act of terror', WAR, 2],
  [m('20000055'), 'bombings', m('20000053'), 3],
  [m('20000056'), 'armed conflict', WAR, 2],
  [m('20000062'), 'war', m('20000056'), 3],
  [m('20000063'), 'civil war', m('20000062'), 4],
  [m('20000065'), 'civil unrest', WAR, 2],
  [m('20000066'), 'demonstration', m('20000065'), 3],
  [m('20000069'), 'riot', m('20000065'), 3],
  [m('20000070'), "coup d'etat", WAR, 2],
  [m('20000071'), 'massacre', WAR, 2],
  [m('20000073'), 'peace process', WAR, 2],
  [m('20000076'), 'peace talks', m('20000073'), 3],

  // weather
  [m('20001128'), 'weather forecast', WEA, 2],
  [m('20001129'), 'weather phenomena', WEA, 2],
  [m('20001131'), 'weather warning', WEA, 2],
];
