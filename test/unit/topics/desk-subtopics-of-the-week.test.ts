import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

/**
 * Twenty stories of the kinds a news desk filters on most (topics18): each must carry its desk's subtopics.
 * `absent` lists topics a word of another sense used to add (an election's seats,
 * talks that ran into overtime).
 */
const STORIES: readonly {
  desk: string;
  title: string;
  body: string;
  subtopics: string[];
  absent: string[];
}[] = [
  {
    desk: 'economy > tariff / trade dispute',
    title: 'EU hits back with duties on US whiskey and motorcycles',
    body: 'The European Union will impose retaliatory duties of 25% on \u20ac21 billion of American goods, including bourbon, motorcycles and orange juice, from next month, the European Commission said on Wednesday, after Washington raised levies on European steel and aluminium.\n\nThe trade commissioner said the bloc remained open to negotiations but would not accept tariffs that broke World Trade Organization rules. US exporters warned the measures could cost thousands of jobs.',
    subtopics: ['medtop:20000384', 'medtop:20000376'],
    absent: [],
  },
  {
    desk: 'economy > trade agreements',
    title: 'India and Britain sign trade deal cutting tariffs on cars and whisky',
    body: 'India and Britain signed a free trade agreement on Thursday that will cut Indian import tariffs on British cars and Scotch whisky and remove British duties on most Indian textiles and footwear.\n\nOfficials said the deal, three years in the making, would raise bilateral trade by \u00a325 billion a year. Exporters welcomed the pact, though farm groups said dairy had been left out.',
    subtopics: ['medtop:20000374', 'medtop:20000384'],
    absent: [],
  },
  {
    desk: 'politics > election',
    title: 'Opposition leads as Chileans vote in presidential run-off',
    body: "Chileans voted on Sunday in a presidential run-off between a conservative former lawmaker and the governing coalition's candidate, with early results showing the opposition ahead.\n\nWith 60% of ballots counted, the conservative had 56% of the vote, the electoral service said. Turnout was high after voting was made compulsory. Both candidates urged supporters to wait for the final count before celebrating.",
    subtopics: ['medtop:20000574'],
    absent: [],
  },
  {
    desk: 'politics > election',
    title: "Japan's ruling party loses upper house majority",
    body: "Japan's ruling coalition lost its majority in the upper house of parliament in Sunday's election, exit polls showed, a blow to the prime minister that could fuel calls for him to step down.\n\nA small populist party that campaigned against immigration won more than a dozen seats. The prime minister told reporters he would stay on to handle tariff negotiations with the United States.",
    subtopics: ['medtop:20000574'],
    absent: ['medtop:20000209'],
  },
  {
    desk: 'conflict > armed conflict/war',
    title: "Sudan's paramilitary forces shell displacement camp in Darfur",
    body: "The paramilitary Rapid Support Forces shelled a camp for displaced people near El Fasher in Sudan's Darfur region on Friday, killing at least 40 people, local aid workers said.\n\nThe army and the RSF have been at war since April 2023. Fighting around El Fasher, the army's last stronghold in Darfur, has intensified in recent weeks, and drone attacks have hit the city's main hospital.",
    subtopics: ['medtop:20000056', 'medtop:20000645'],
    absent: [],
  },
  {
    desk: 'conflict > armed conflict',
    title: 'Ukraine says it downed 80 Russian drones overnight',
    body: "Ukraine's air force said on Tuesday it had shot down 80 of 112 drones and two of four ballistic missiles launched by Russia overnight, as attacks on energy infrastructure continued.\n\nDebris fell on a residential building in Kharkiv, injuring five people. Russia's defence ministry said its forces had captured another village in the eastern Donetsk region.",
    subtopics: ['medtop:20000056'],
    absent: [],
  },
  {
    desk: 'crime > fraud / court',
    title: 'Former bank executive jailed for seven years over loan fraud',
    body: 'A former senior executive at a regional bank was sentenced to seven years in prison on Monday for fraud after a jury found he had approved fake loans worth $40 million to shell companies he secretly controlled.\n\nProsecutors said he used the money to buy property in Miami and a yacht. His lawyers said he would appeal the conviction.',
    subtopics: ['medtop:20000097', 'medtop:20000107'],
    absent: [],
  },
  {
    desk: 'crime > police/arrest, drug trafficking',
    title: 'Police seize two tonnes of cocaine hidden in banana shipment',
    body: 'Police in Antwerp seized more than two tonnes of cocaine hidden in a shipment of bananas from Ecuador, and arrested six people suspected of belonging to a drug trafficking gang, prosecutors said on Thursday.\n\nThe drugs, with a street value of about \u20ac150 million, were found in 40 containers at the port. Belgian investigators believe the gang also laundered money through car dealerships.',
    subtopics: ['medtop:20000096', 'medtop:20000133'],
    absent: [],
  },
  {
    desk: 'economy > market and exchange / stocks',
    title: 'Wall Street closes at record as tech rally broadens',
    body: 'U.S. stocks closed at record highs on Friday as gains in chipmakers spread to banks and industrial companies, and investors bet the Federal Reserve would cut interest rates next month.\n\nThe S&P 500 rose 0.8% and the Nasdaq Composite gained 1.1%. Treasury yields fell after data showed slower hiring in July. Oil prices slipped and gold rose to $3,400 an ounce.',
    subtopics: ['medtop:20000396', 'medtop:20000350'],
    absent: [],
  },
  {
    desk: 'economy > market/currency',
    title: 'Yen slides to 34-year low as Bank of Japan holds rates',
    body: 'The yen fell to its weakest level against the dollar in 34 years on Friday after the Bank of Japan left interest rates unchanged, and traders said they were watching for intervention by the finance ministry.\n\nThe Nikkei share average rose 1% as the weak currency lifted exporters such as Toyota.',
    subtopics: ['medtop:20000391', 'medtop:20000350'],
    absent: [],
  },
  {
    desk: 'economy > energy / oil and gas',
    title: 'OPEC+ agrees to raise output again in September',
    body: 'OPEC+ agreed on Sunday to raise oil production by 547,000 barrels per day in September, completing the reversal of its largest cut two years ahead of schedule, as the group seeks to regain market share.\n\nBrent crude fell 1% to $68 a barrel on Monday. Analysts said the extra supply could push prices lower later in the year as demand slows.',
    subtopics: ['medtop:20001243', 'medtop:20000386'],
    absent: [],
  },
  {
    desk: 'economy > energy / alternative energy; environment',
    title: 'Britain approves its largest offshore wind farm',
    body: 'The British government approved on Tuesday the construction of a 3-gigawatt offshore wind farm off the Yorkshire coast, which developers say will power 3 million homes when it is completed in 2030.\n\nThe energy secretary said the project would cut household bills and create 2,000 jobs. The developer, a Danish utility, said it had secured turbines and cables from suppliers.',
    subtopics: ['medtop:20000257', 'medtop:20000436'],
    absent: [],
  },
  {
    desk: 'environment > climate change',
    title: 'Last year was the first to breach 1.5C warming limit, scientists say',
    body: "Global temperatures last year were 1.6C above pre-industrial levels, the first calendar year to exceed the limit set in the Paris Agreement, the EU's Copernicus climate service said on Friday.\n\nScientists said greenhouse gas emissions from burning fossil fuels were the main cause, with the El Nino weather pattern adding to the heat. Sea surface temperatures also reached record levels.",
    subtopics: ['medtop:20000418'],
    absent: [],
  },
  {
    desk: 'environment > climate change; politics',
    title: 'Countries agree climate finance deal at COP talks after overtime',
    body: 'Nearly 200 countries agreed early on Sunday that rich nations should provide at least $300 billion a year by 2035 to help poorer countries cope with global warming, after climate talks ran two days into overtime.\n\nDeveloping countries called the sum far too small. The deal also sets rules for trading carbon credits between countries.',
    subtopics: ['medtop:20000418', 'medtop:20000638'],
    absent: ['medtop:09000000'],
  },
  {
    desk: 'health > disease/epidemic',
    title: 'Cholera cases rise in Sudan as rainy season begins',
    body: "Cholera has spread to 12 of Sudan's 18 states, with more than 2,000 cases and 65 deaths recorded in the past month, the World Health Organization said on Wednesday.\n\nThe outbreak is linked to contaminated water in camps for people displaced by the war. Health workers have begun a vaccination campaign in the worst-hit areas.",
    subtopics: ['medtop:20000448', 'medtop:20000449'],
    absent: [],
  },
  {
    desk: 'health > health care / government health care',
    title: 'NHS waiting list falls for fifth month in a row',
    body: "The number of people waiting for routine hospital treatment in England fell to 7.4 million in June, the fifth monthly fall, NHS figures showed on Thursday.\n\nThe health secretary said the government's plan was working, but doctors' leaders said patients were still waiting too long for cancer care and A&E departments remained under pressure.",
    subtopics: ['medtop:20000480'],
    absent: [],
  },
  {
    desk: 'arts/media > social media; tech',
    title: "Australia's under-16 social media ban takes effect",
    body: "Australia's ban on social media accounts for children under 16 took effect on Wednesday, requiring platforms such as TikTok, Instagram, Snapchat and YouTube to remove young users or face fines of up to A$49.5 million.\n\nThe government said the law would protect children from harmful content and online bullying. Some teenagers said they would find ways around the age checks.",
    subtopics: ['medtop:20001182'],
    absent: [],
  },
  {
    desk: 'media > social media / disinformation',
    title: 'X fined by EU regulators over blue checkmarks and ad transparency',
    body: "The European Commission fined Elon Musk's X 120 million euros on Friday for breaching the Digital Services Act, saying the platform's paid blue checkmarks misled users and that it had failed to give researchers access to data on disinformation.\n\nIt is the first penalty under the law, which requires large online platforms to tackle illegal content and be open about their advertising.",
    subtopics: ['medtop:20001182', 'medtop:20000636', 'medtop:20001319'],
    absent: [],
  },
  {
    desk: 'economy/tech > computing IT sector, AI',
    title: "Nvidia's quarterly revenue jumps 56% on AI chip demand",
    body: "Nvidia reported on Wednesday that revenue rose 56% to $46.7 billion in its second quarter, driven by demand for its artificial intelligence chips from cloud computing companies, and forecast sales above analysts' estimates.\n\nThe chipmaker's data centre business made up nearly 90% of sales. Its shares fell 3% in extended trading as some investors had hoped for a bigger forecast.",
    subtopics: ['medtop:20000225', 'medtop:20000178', 'medtop:20001298'],
    absent: [],
  },
  {
    desk: 'economy/tech > software / IT sector',
    title: 'Microsoft to cut 9,000 jobs as it spends billions on AI',
    body: 'Microsoft said on Wednesday it would cut about 9,000 jobs, less than 4% of its workforce, in its latest round of layoffs as the software company pours money into data centres for artificial intelligence.\n\nThe cuts will hit its Xbox gaming division and sales teams. The company has said it expects to spend $80 billion on AI infrastructure this financial year.',
    subtopics: ['medtop:20000231', 'medtop:20000189', 'medtop:20001298'],
    absent: [],
  },
];

describe('desk subtopics on twenty stories of the week (topics18)', () => {
  it.each(STORIES)('gives "$title" its desk subtopics ($desk)', ({ title, body, subtopics, absent }) => {
    const topics = topicIds(title, body);

    for (const id of subtopics) expect(topics, id).toContain(id);
    for (const id of absent) expect(topics, id).not.toContain(id);
  });
});
