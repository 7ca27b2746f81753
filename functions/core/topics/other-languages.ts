import type { Entity, Topic } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { speaksForCountry } from './signals.js';
import { TAXONOMY, TOP_LEVEL } from './taxonomy.js';

/**
 * Top-level topics of an article in French, German, Spanish, Italian, Portuguese, Dutch or Polish, from a
 * short list of words per desk that name its subject in that language and little else (the English lexicon
 * reads English only). An entry is a whole word ("vote"), a word's opening ("gouvernement*": any ending, as
 * these languages inflect) or, for German compounds, a part anywhere in the word ("~regierung":
 * "Bundesregierung"). Words that also name another desk's subject are left out: Spanish "partido" (a
 * party and a match), German "Gewinn" (a profit and a win), French "but" (a goal and "but").
 */
type Desk = keyof typeof TOP_LEVEL;
type Lexicon = Readonly<Partial<Record<Desk, string>>>;

const LEXICONS: Readonly<Record<string, Lexicon>> = {
  fr: {
    politics:
      'accord accords gouvernement* ministre* ministère* élection* électora* parlement* député* sénat* diplomat* sommet* politique* parti partis scrutin* opposition coalition ambassad* président* présidentiel*',
    economy:
      'économ* entreprise* banque* bancaire* bourse* marché marchés inflation croissance bénéfice* investiss* euros dollar* pib budget* export* import* commerc* tarif* douan* industri* pétrol* milliard*',
    sport:
      'match matchs buteur* championnat* football* footballeur* tennis rugby cyclisme joueur* joueuse* entraîneur* équipe* tournoi* olympi* ligue stade* sélectionneur* médaille*',
    conflict:
      'guerre* armée* militaire* soldat* frappes bombard* missile* drone* cessez-le-feu combats combattant* offensive* troupe* otan rebelle* terroris*',
    crime:
      'police* policier* tribunal* procès justice juge* arrêté* interpellé* enquêteur* crime* criminel* meurtre* prison* condamn* avocat* fraude* corruption gendarm* accusé* inculp* parquet',
    health:
      'santé hôpita* médecin* médica* maladie* patient* vaccin* épidémi* pandémi* virus cancer* infirmi* covid*',
    disaster:
      'séisme* tremblement* inondation* incendie* ouragan* éruption* catastrophe* accident* secour* sinistré* explosion* naufrage* effondr* crue crues inondé inondés inondée inondées évacu* pompier* éboulement* avalanche* intempéries sécheresse* glissement* magnitude épicentre',
    weather:
      'météo météorolog* pluie pluies pluvieu* diluvien* orage orages orageu* tempête* canicule* grêle neige enneigé* précipitations températures rafales vents',
    environment:
      'climat* climatique* environnement* pollution émission* carbone réchauffement biodiversité renouvelable* écolog* déforestation',
    science:
      'scientifique* chercheur* chercheuse* technolog* numérique* artificielle logiciel* informatique* internet spatial* spatiale* satellite* fusée* astronom*',
    arts: 'film* cinéma* musique* musicien* chanteu* chanson* concert* album* festival* théâtre* acteur* actrice* réalisat* exposition* musée* artiste*',
  },
  de: {
    politics:
      '~abkommen ~regierung ~minister wahl wahlen wahlkampf* ~wahlen ~parlament bundestag* ~kanzler partei* ~partei abgeordnet* präsident* ~präsident diplomat* gipfel* koalition* opposition* ~botschafter',
    economy:
      '~wirtschaft unternehm* ~konzern vorstandsvorsitz* bank banken bankensektor* ~zentralbank ~notenbank börse* ~börse markt märkte ~aktienmarkt ~finanzmarkt ~arbeitsmarkt ~binnenmarkt inflation* zins* ~zinsen wachstum* umsatz* ~investition* euro milliarde* aktie* ~aktie konjunktur* ~industrie ~export ~import ~zölle zoll haushalt*',
    sport:
      '~fußball fussball* spieler* spielerin* trainer* ~mannschaft ~meisterschaft turnier* finale* olympi* ~liga stadion* tennis ~pokal weltmeister* medaille* tor tore torschütze*',
    conflict:
      '~krieg armee* militär* soldat* angriff* ~rakete drohne* waffenruhe* waffenstillstand* truppe* kämpf* offensive* nato rebell* terror*',
    crime:
      '~polizei ~gerichtshof amtsgericht* landgericht* ~gerichtsverfahren richter* festgenommen festnahme* ermittl* verbrech* mord ~mord mörder* gefängnis* verurteil* ~anwalt betrug* korruption* angeklagt* ~kriminal',
    health:
      '~gesundheit ~krankenhaus klinik* ~klinik arzt ärzt* ~ärzte medizin* ~krankheit patient* impf* ~impfung epidemi* pandemi* virus ~virus krebs* covid*',
    disaster:
      '~erdbeben ~überschwemm ~hochwasser waldbr* hurrikan* vulkan* ~katastrophe unglück* ~unfall rettungskr* explosion* flugzeugabsturz* hubschrauberabsturz* eingestürzt evakuier* ~evakuierung ~feuerwehr ~erdrutsch ~murgang murgänge ~bergsturz ~felssturz ~lawine verschütt* ~gletscherabbruch ~gletschersturz ~sturmflut flutwelle* sturzflut* dürre dürren dürreperiode* zivilschutz* deich deiche ~deichbruch geräumt',
    weather:
      'wetter ~wetterdienst unwetter* ~unwetter regen regenfälle* starkregen* dauerregen* niederschl* gewitter* sturmböen* ~sturmtief sturmwarnung* orkan* hagel* schneefall* ~schneefall hitzewelle* ~hitzewelle meteorolog* temperaturen',
    environment:
      'klima klimawandel* klimaschutz* ~klimaschutz klimaziel* klimakrise* umwelt* ~umwelt emission* co2 kohlendioxid* erderwärmung* artenvielfalt erneuerbar* ökolog*',
    science:
      '~wissenschaft forscher* forschung* technolog* digital* künstliche software internet raumfahrt* ~satellit astronom* computer*',
    arts: '~film kino* ~musik musiker* sänger* ~konzert album* festival* theater* schauspieler* regisseur* ausstellung* museum* ~museum künstler*',
  },
  es: {
    politics:
      'acuerdo* gobierno* ministr* ministerio* elecciones elección electoral* parlament* congreso* senado* diputad* diplomát* cumbre* política* oposición coalición embajad* presidente* presidenta* votación*',
    economy:
      'económic* economía empresa* banco* bancari* bolsa* mercado* inflación crecimiento beneficio* inversi* euros dólar* pib presupuest* exporta* importa* comerci* arancel* industri* petróle* millones',
    sport:
      'gol goles goleador* campeonato* fútbol* futbolista* tenis jugador* jugadora* entrenador* torneo* olímpic* liga estadio* selección medalla*',
    conflict:
      'guerra* ejército* militar* militares soldado* bombarde* misil* dron* combat* ofensiva* tropa* otan rebelde* terroris*',
    crime:
      'policía* policial* tribunal* juicio* justicia juez jueza detenid* detención delito* crimen* criminal* asesinato* cárcel* prisión condena* abogad* fraude* corrupción narcotráfic* acusad*',
    health:
      'salud hospital* médic* enfermedad* paciente* vacun* epidemi* pandemi* virus cáncer sanitari* covid*',
    disaster:
      'terremoto* sismo* inundacion* inundación incendio* huracán huracan* erupción catástrofe* accidente* rescat* explosión naufragio* derrumbe* damnificad* inundad* anegad* evacu* desalojad* bomberos bombero* socorrist* deslave* deslizamiento* alud aludes avalancha* riada* crecida* desbordamiento* desborde* sequía* emergencias magnitud epicentro',
    weather:
      'lluvia* lluvioso* torrencial* precipitaci* tormenta* granizo granizada* nevada* meteorolog* aemet dana borrasca* ciclón ciclones vientos rachas temperaturas',
    environment:
      'clima climático* climática* medioambient* ambiental* contaminación emision* emisión carbono calentamiento biodiversidad renovable* ecológic* deforestación',
    science:
      'científic* ciencia* investigador* tecnolog* digital* artificial software internet espacial* satélite* cohete* astronom*',
    arts: 'película* cine cineasta* música* músico* cantante* canción* concierto* álbum* festival* teatro* actor actriz novela* exposición museo* artista*',
  },
  it: {
    politics:
      'accordo* governo* ministr* elezion* elettoral* parlament* senato* deputat* partito partiti diplomati* vertice* politic* opposizion* coalizion* ambasciat* presidente* premier',
    economy:
      'econom* aziend* banca banche bancari* borsa* mercat* inflazion* crescita investiment* euro dollar* pil bilancio esporta* importa* commerci* dazi* industri* petroli* miliard*',
    sport:
      'partita* gol calcio calciator* campionato* coppa* tennis giocator* allenator* squadra* finale* torneo* olimpi* stadio* medaglia*',
    conflict:
      'guerra* esercito* militar* soldat* attacc* bombard* missil* dron* cessate combatt* offensiva* trupp* nato ribell* terroris*',
    crime:
      'polizia* carabinieri tribunal* giustizia giudic* arrest* indagin* reato* crimin* omicidi* carcer* condann* avvocat* frode* corruzione procura* accusat*',
    health:
      'sanità sanitari* ospedal* medic* malatti* pazient* vaccin* epidemi* pandemi* virus cancro* tumor* covid*',
    disaster:
      'terremoto* sisma* alluvion* inondazion* incendi* uragano* eruzione* catastrof* incidente* soccors* esplosion* naufragi* crollo* sfollati',
    environment:
      'clima climatic* ambiental* inquinament* emission* carbonio riscaldamento biodiversità rinnovabil* ecologic*',
    science:
      'scientific* scienz* ricercator* tecnolog* digital* artificiale software internet spazial* satellit* razzo* astronom*',
    arts: 'film cinema* musica* musicist* cantante* canzon* concerto* album* festival* teatro* attore* attrice* regista* romanzo* museo* artista*',
  },
  pt: {
    politics:
      'acordo* governo* ministr* eleição eleições eleitora* parlament* congresso* senado* deputad* partido partidos diplomat* cúpula* política* oposição coalizão embaixad* presidente* presidenta*',
    economy:
      'econôm* económ* economia empresa* banco* bancári* bolsa* mercado* inflação juros crescimento lucro* investiment* euros dólar* pib orçamento* exporta* importa* comérci* tarifa* industri* petróle* bilhões bilião',
    sport:
      'partida* gol gols golo* campeonato* copa* futebol* tênis ténis jogador* jogadora* treinador* torneio* olímpic* liga estádio* seleção medalha*',
    conflict:
      'guerra* exército* militar* militares soldado* ataque* atacaram atacou atacar armados insurgente* jihadista* bombarde* míssil mísseis drone* cessar-fogo combat* ofensiva* tropa* otan rebelde* terroris*',
    crime:
      'polícia* policial* tribunal* julgamento* justiça juiz juíza prisão detid* crime* criminos* assassinato* homicídio* condena* advogad* fraude* corrupção acusad*',
    health:
      'saúde hospita* médic* doença* paciente* vacina* epidemi* pandemi* vírus câncer cancro sanitári* covid*',
    disaster:
      'terremoto* sismo* inundaç* enchente* incêndio* furacão erupção catástrofe* acidente* resgat* explosão naufrágio* desabamento* desabrigad* cheias alagad* alagament* inundad* evacu* desalojad* calamidade* deslizament* soterrad* escombros bombeiro* estiagem* avalanche* seca magnitude epicentro',
    weather:
      'chuva* chuvoso* tempestade* meteorolog* ipma inmet precipitaç* granizo trovoada* ventos neve nevão ciclone* temperaturas',
    environment:
      'clima climátic* ambiental* poluição emiss* carbono aquecimento biodiversidade renováve* ecológic* desmatamento',
    science:
      'científic* ciência* pesquisador* tecnolog* digital* artificial software internet espacial* satélite* foguete* astronom*',
    arts: 'filme* cinema* música* músico* cantor* cantora* canção* concerto* álbum* festival* teatro* ator atriz exposição* museu* artista*',
  },
  nl: {
    politics:
      'akkoord* regering* minister* ministerie* verkiezing* parlement* kamerle* premier* partij* president* diplomat* coalitie* oppositie* kabinet* ambassad*',
    economy:
      'economi* economisch* bedrijf* bedrijven bank* banken beurs* markt* inflatie* rente* groei* investe* euro miljard* begroting* export* import* handel* heffing* industrie*',
    sport:
      'wedstrijd* doelpunt* kampioen* beker* voetbal* tennis speler* spelers trainer* ploeg* elftal* toernooi* olympisch* competitie* stadion* medaille* eredivisie',
    conflict:
      'oorlog* leger* militair* soldat* aanval* bombard* raket* drone* staakt-het-vuren gevecht* offensief* troepen* navo rebel* terror*',
    crime:
      'politie* rechtbank* rechter* justitie gearresteerd arrestatie* aangehouden misdrijf* misdaad* moord* gevangenis* veroordeel* advocaat* fraude* corruptie verdacht*',
    health:
      'gezondheid* ziekenhui* artsen medisch* ziekte* patiënt* vaccin* epidemi* pandemi* virus kanker* covid*',
    disaster:
      'aardbeving* overstroming* bosbrand* orkaan* uitbarsting* ramp rampen ongeluk* ongeval* redding* explosie* neergestort* ingestort*',
    environment: 'klimaat* milieu* vervuiling* uitstoot* co2 opwarming* biodiversiteit duurzam* hernieuwbar*',
    science:
      'wetenschap* wetenschapper* onderzoeker* technolog* digita* kunstmatige software internet ruimtevaart* satelliet* astronom*',
    arts: 'film* bioscoop* muziek* muzikant* zanger* concert* album* festival* theater* acteur* actrice* regisseur* tentoonstelling* museum* kunstenaar*',
  },
  pl: {
    politics:
      'porozumie* rząd rządu rządzie rządem rządow* minist* wybory wyborów wyborach wyborcz* parlament* sejm* senat* poseł posłowie posłów prezydent* premier* partia partii partie dyplomat* szczyt* koalicj* opozycj* ambasad*',
    economy:
      'gospodar* ekonom* firma firmy spółk* bank* giełd* rynek rynku rynk* inflacj* wzrost* zysk* inwesty* euro dolar* pkb budżet* eksport* import* handl* handel przemysł* złotych mld',
    sport:
      'mecz* gol gola gole bramk* mistrzost* puchar* piłk* piłkar* tenis* zawodni* trener* drużyn* reprezentac* turniej* olimpi* liga ligi lidze stadion* medal*',
    conflict:
      'wojn* armi* wojsk* żołnierz* atak* bombard* rakiet* dron* rozejm* ofensyw* nato rebeli* terror*',
    crime:
      'policj* sąd sądu sądzie sądy sądów sądow* prokurat* aresztowa* przestęp* zbrodni* morderstw* zabójstw* więzien* skazan* adwokat* oszustw* korupcj* oskarż*',
    health:
      'zdrowi* szpital* lekarz* lekarsk* medyc* chorob* pacjen* szczepi* epidemi* pandemi* wirus* nowotw* covid*',
    disaster:
      'trzęsieni* powódź powodzi pożar* huragan* erupcj* katastrof* wypadek wypadku ratown* eksplozj* zawal*',
    environment:
      'klimat* środowisk* zanieczyszcz* emisj* co2 dwutlen* ocieplen* bioróżnorod* odnawial* ekolog*',
    science: 'nauk* naukow* technolog* cyfrow* sztuczn* oprogramowan* internet* kosmiczn* satelit* astronom*',
    arts: 'film* kino kina kinie muzyk* piosenk* koncert* album* festiwal* teatr* aktor* aktork* reżyser* powieś* muze* artyst*',
  },
};

/** A lexicon entry as read: its desk and the entry itself, so that two forms of one word count once. */
interface Hit {
  readonly desk: Desk;
  readonly entry: string;
}

interface Matcher {
  readonly words: ReadonlyMap<string, Hit>;
  readonly openings: ReadonlyMap<string, Hit>;
  readonly parts: readonly (readonly [string, Hit])[];
  readonly shortestOpening: number;
}

const matchers = new Map<string, Matcher | undefined>();

function matcherFor(language: string): Matcher | undefined {
  if (matchers.has(language)) return matchers.get(language);
  const lexicon = LEXICONS[language];
  let matcher: Matcher | undefined;
  if (lexicon) {
    const words = new Map<string, Hit>();
    const openings = new Map<string, Hit>();
    const parts: [string, Hit][] = [];
    let shortestOpening = Number.POSITIVE_INFINITY;
    for (const [desk, list] of Object.entries(lexicon) as [Desk, string][])
      for (const entry of list.split(' ')) {
        const hit = { desk, entry };
        if (entry.startsWith('~')) parts.push([entry.slice(1), hit]);
        else if (entry.endsWith('*')) {
          openings.set(entry.slice(0, -1), hit);
          shortestOpening = Math.min(shortestOpening, entry.length - 1);
        } else words.set(entry, hit);
      }
    matcher = { words, openings, parts, shortestOpening };
  }
  matchers.set(language, matcher);
  return matcher;
}

function hitOf(word: string, m: Matcher): Hit | undefined {
  const whole = m.words.get(word);
  if (whole) return whole;
  for (let n = word.length; n >= m.shortestOpening; n--) {
    const hit = m.openings.get(word.slice(0, n));
    if (hit) return hit;
  }
  for (const [part, hit] of m.parts) if (word.includes(part)) return hit;
  return undefined;
}

/**
 * French and Italian elide an article or a preposition into the next word: "l'ambassadeur", "d'Israël",
 * "dell'Italia", "all'Ucraina". The word after the apostrophe is the one the lists hold.
 */
const ELISION = lazyPattern(() => /^\p{Ll}{1,5}['\u2019](?=\p{L})/u);

function withoutElision(word: string): string {
  return word.includes("'") || word.includes('\u2019') ? word.replace(ELISION, '') : word;
}

/**
 * A desk is listed only with two different entries of it ("Klimaanlage" and "Klimaanlagen" are one word twice),
 * and with a third of the leading desk's weight.
 */
const MIN_DISTINCT_ENTRIES = 2;
const MIN_SHARE = 1 / 3;
const MAX_EVIDENCE = 5;

/**
 * The top-level topics of an article not in English, highest first, each with the words that named it;
 * none for English (the lexicon of topics/score.ts reads it) or a language without a list here.
 */
export function otherLanguageTopics(doc: TagDocument, entities: readonly Entity[] = []): Topic[] {
  const matcher = matcherFor(doc.language);
  if (!matcher) return [];
  const weight = new Map<Desk, number>();
  const entries = new Map<Desk, Set<string>>();
  const seen = new Map<Desk, Set<string>>();
  for (const [field, times] of [
    [doc.title, 2],
    [doc.body, 1],
  ] as const)
    for (const token of field.tokens) {
      const word = withoutElision(token.text.toLocaleLowerCase(doc.language));
      const hit = hitOf(word, matcher);
      if (!hit) continue;
      const { desk, entry } = hit;
      weight.set(desk, (weight.get(desk) ?? 0) + times);
      entries.set(desk, (entries.get(desk) ?? new Set<string>()).add(entry));
      seen.set(desk, (seen.get(desk) ?? new Set<string>()).add(word));
    }
  // A leader or minister the lists know ("Meloni", "Zelensky") is a word of politics in any language, once
  // per person: a story of leaders meeting may hold few of the language's words for politics.
  for (const person of entities)
    if (speaksForCountry(person)) {
      weight.set('politics', (weight.get('politics') ?? 0) + 1);
      entries.set('politics', (entries.get('politics') ?? new Set<string>()).add(person.id));
      seen.set('politics', (seen.get('politics') ?? new Set<string>()).add(person.name));
    }
  let top = 0;
  const enough = (desk: Desk) => (entries.get(desk)?.size ?? 0) >= MIN_DISTINCT_ENTRIES;
  for (const [desk, w] of weight) if (enough(desk)) top = Math.max(top, w);
  if (top === 0) return [];
  const topics: Topic[] = [];
  for (const [desk, w] of weight) {
    if (!enough(desk) || w < top * MIN_SHARE) continue;
    const words = seen.get(desk)!;
    const id = TOP_LEVEL[desk];
    topics.push({
      id,
      // The top levels open TAXONOMY: a find over its first rows, no table built at import for English articles.
      label: TAXONOMY.find(([row]) => row === id)?.[1] ?? id,
      level: 1,
      score: Math.round((w / top) * 1000) / 1000,
      evidence: [...words].slice(0, MAX_EVIDENCE),
    });
  }
  return topics.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
