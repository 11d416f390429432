// Accusations and denials: someone is accused of wrongdoing, or denies a claim — with or without the words
// "accuse" and "deny" ("said staff had falsified the accounts", "that is just not the case").
import { hitSpans, isQuestion, isQuoted, oncePerSentence, quote, wordSpan, type SentenceView } from './claimSentence';
import { SAYING, claimsAThing, phraseAfter, subjectOf, type SourcePhrase } from './claimSources';
import { BE, NEGATORS, all, find, sourceName, type Hit } from './claimMatch';
import { ANIMALS, FINITE_AUX, GROUPS, ORG_NOUNS, PRONOUNS, hasTag, isPeoplePlural, isRoleWord } from './lexicon';
import { canSpeakNoun, isNounLike, isPastVerb } from './attributionCues';
import type { WordRange } from './phrases';
import type { Token } from './text';
import type { TextSpan } from './types';

// ── Allegation: someone is accused of wrongdoing.
const ALLEGATIONS = all(
  'accuse|accused|accuses|accusing … of',
  'accusation|accusations|allegation|allegations|alleged|allegedly|alleges|allege|alleging',
  // ("charged under the national security law": the law as the charge.)
  'charged|indicted with|over|in|under',
  // "arrested on charges of terrorism", "held on a charge of murder".
  'on a? charge|charges of',
  // "was arrested on murder and child abuse charges", "booked on a felony charge".
  'arrested|held|detained|booked|jailed on … charges|charge',
  // "Dr Balakrishnan had charged that …".
  'charged|charges|charge|charging that',
  'charged|indicted him|her|them|us|me with|over|in',
  'indicted',
  // "face a 13-count indictment", "faces three counts of fraud", "is facing multiple corruption charges".
  // (…or a regulator's fine for a wrong: "is facing the biggest fine issued by the regulator for failing to …".)
  'faces|facing|face|faced … charges|charge|indictment|counts|lawsuit',
  'faces|facing|face|faced … fine|fines|penalty|penalties for|over',
  // "was arraigned on 11 counts", "had been sued by its own investor": brought before a court on someone's charge.
  'is|are|was|were|been|being|be recently|also|later|since|previously|already|first|twice|again|subsequently? arraigned|sued',
  'on suspicion of',
  'suspected of',
  // "has come under scrutiny for accepting flights", "is under investigation over the payments".
  'under formal|criminal|federal|police|official? scrutiny|investigation|suspicion for|over',
  // "prosecutors investigated Alemanno for suspected involvement", "arrested for suspected drug trafficking".
  'for|over suspected',
  // "charged 18 activists over their roles", "the other 15 face trial for sedition", "filed charges of lese majeste
  // against 14 leaders", "have been hit with several charges", "fresh arrest warrants are out for three suspects".
  'charged|indicted … over',
  'face|faces|facing|faced trial|prosecution',
  'filed|brought|pressed|laid|lodged charges|charge',
  'hit|slapped with … charges|charge|lawsuit|lawsuits|indictment',
  // "after his arrest for financial crimes", "was arrested for fraud", "investigated for bribery".
  'arrest|arrested|investigated|probed for|over',
  // "were arrested in connection with the attack", "put … on a wanted list", "wanted for questioning".
  // (…with the one arrested between: "Police have arrested a second man in connection with the deaths".)
  'arrested|detained|held|questioned|charged … in connection with',
  // "Police arrested three men for smuggling a tiger skin", "booked under the Wildlife Protection Act" (the one arrested
  // between is checked below; not "booked for a bad foul", a referee’s card).
  'arrested|detained … for',
  'booked under',
  // "Northern Territory Police charged one of their own with murder": an active charge, its object between.
  'charged|indicted … with',
  'wanted list',
  'wanted for questioning',
  // "acted in bad faith", "the election was marked by irregularities".
  'in bad faith',
  'irregularities',
  'blame|blamed|blames|blaming … for',
  // "filed a paternity lawsuit against Bieber", "the new charge against Denning".
  'filed|brought|lodged|launched a|an … lawsuit|suit|complaint|case|claim against',
  'charge|charges|lawsuit|lawsuits|complaint|complaints|case|claim|claims against',
  // "The lawsuits were filed against chef …", "a complaint lodged against him": whatever is filed is a charge.
  'is|are|was|were|been|being filed|lodged against',
  // "filed a lawsuit in the U.S. District Court … against the FTC", "filed a complaint that …": the court or the
  // clause between the suit and its target.
  'filed|files|filing a|an … lawsuit|suit|complaint',
  'criticised|criticized|criticises|criticizes|condemned|condemns|slammed|slams … for',
  // "a rebuke from the statistics watchdog for making misleading claims", "stop spreading what he describes as lies".
  'rebuke|rebuked|rebukes|reprimand|reprimanded|censure|censured … for',
  'spreading|spread|spreads|peddling|peddled … lies|falsehoods|misinformation|disinformation',
  'sued|sues|suing … for|over',
  'claimed|claims|claiming that',
  // ("They claim that …": the plain form, after a personal pronoun.)
  'i|we|they|you also|further|still|now? claim that',
  // "claimed Sunday that", "claimed on Tuesday that": the day between the verb and its clause.
  'claimed|claims|claiming on? monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|recently|repeatedly|publicly|again that',
  // "reiterated his claim that …", "claims made by the minister that …": the claim as a noun, made by someone.
  'reiterated|repeated|renewed|restated|made|making|make|makes his|her|their|its|the|a claim|claims|allegation|allegations that',
  'claim|claims made|levelled|leveled|voiced by',
  // "called off after claims the council had refused to support it", "amid claims that a vessel was fishing": the
  // claims a story's event followed, which someone made.
  'amid|after|following|despite|over claims|allegations',
  // "…, claiming it has led to theft", "the resident claims it's worse": a claim's clause without "that" (not
  // "claimed the title", nor a past "who had claimed he was …" told apart from a hedge).
  'claims|claiming it|it\'s|he|she|they|there has|have|had|was|were|is|are|would|will|caused|led',
  // "the resident claims it’s a situation that has got worse": the contraction holds the verb.
  'claims|claiming it\'s|it’s|there\'s|there’s|that\'s|that’s',
);
// "charged with" is a charge after "was"/"has been"; "a group charged with beautifying downtown" is a task.
const CHARGED = /^(?:charged|indicted)$/;
/** Crimes a charge names: "charged with sedition", "charged with first-degree murder". */
const CRIMES = /^(?:murder|manslaughter|homicide|sedition|treason|fraud|corruption|bribery|terrorism|rape|assault|theft|robbery|burglary|arson|kidnapping|abduction|espionage|spying|conspiracy|embezzlement|extortion|blackmail|perjury|obstruction|incitement|inciting|subversion|subverting|trafficking|smuggling|harassment|stalking|defamation|libel|contempt|lese|attempted|aggravated|criminal|sexual|first-degree|second-degree|third-degree|money|drug|drugs|war|crimes|offences|offenses|counts|violating|breaching|possession|possessing|causing|endangering|misconduct|abuse|insulting|rioting|unlawful|illegal|illegally)$/;
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const DENYING = /^(?:deny|denies|denied|denying|reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|dispute|disputes|disputed|refute|refutes|refuted)$/;
// Wrongdoing a speaker lays at someone's door, inside a quotation ("proceeded to lie to Daniel").
const WRONGDOING = all(
  'lied|lying|lie to|about',
  'lied',
  'are|were|is|was lies',
  'interrogated|coerced|bribed|stole|kidnapped|tortured|harassed|assaulted|defrauded|extorted|blackmailed|framed|fabricated|smeared|conspired|conspiracy',
  // Stolen by someone or from someone ("stolen by the hackers", "could have been stolen from the fund"), not goods
  // called stolen ("the stolen coat") or a loss told ("customer data was stolen").
  'stolen by|from',
  'incited|inciting|incites',
  // Crimes of war laid at someone's door, and a record twisted: "a heinous massacre committed by the RSF", "condemned
  // the attack as “a full-fledged war crime”", "The report wholly misrepresents minutes of meetings".
  'massacre|massacres|atrocity|atrocities|genocide',
  'war crime|crimes',
  'ethnic cleansing',
  'crimes against humanity',
  'misrepresents|misrepresented|misrepresenting|misrepresentation',
  'terrorized|terrorised|terrorizing|terrorising',
  // Laying hands on someone (checked below: done to a person), and cooking the books or the story.
  'grabbed|punched|slapped|groped|shoved|manhandled|bullied|intimidated',
  'manipulate|manipulated|manipulating|falsified|falsifying|doctored|mislead|misled|misleading|deceived|deceiving|cheated|cheating',
  'covered|cover up',
  'cover-up',
  'misuse|misused|misusing|misuses',
  // "Google abused its dominant position": power turned to wrong ends.
  'abused|abusing|abuses its|his|her|their dominant|market? position|power|powers|office|authority',
  // "expose his client and her lies", "the person responsible for the multiple deadly shootings".
  'his|her|their|its lies',
  'responsible for the|a|an|these|those? … shooting|shootings|attack|attacks|killing|killings|murder|murders|bombing|bombings|stabbing|stabbings|deaths',
  // "a clear breach of collective responsibility", "a massive breach of the party's information" (not "a data breach").
  'breach|breaches of',
  // An election said to be stolen: "the fictionalised results of a flawed election" ("rigged" is among the deeds
  // below, which a mere belief does not lay at anyone's door).
  'flawed|fraudulent|sham|bogus election|elections|vote|poll|polls|results|count|outcome|figures',
  'fictionalised|fictionalized results|figures|count',
);
/** The wrongdoing words of a sentence, less a lie only supposed ("I'd be lying to you if I said I sleep well") and
 *  one's own owned ("I meant when I lied"). */
const wrongdoing = (s: SentenceView): WordRange[] =>
  find(s, WRONGDOING, false).filter((r) => !(s.words[r.start].norm === 'lying' && s.words.slice(r.end, r.end + 3).some((w) => w.norm === 'if')) && !/^(?:i|we)$/.test(s.words[r.start - 1]?.norm ?? ''));

// Censure: a speaker charging someone with bad conduct or bad faith in so many words ("his ministers are selfish",
// "incompetent, careless with user data", "failed to pay members of the cast", "the Prime Minister's mistruths"). Only
// in someone's words (quoted, or reported after a verb of saying); in the writer's voice such words are opinion.
// ("illegal", "unlawful", "unauthorised" are left out: they class things — "illegal U-turns", "an unauthorised party"
// — more often than they charge anyone.)
const CENSURING = 'corrupt|incompetent|careless|negligent|reckless|lax|greedy|selfish|dishonest|deceitful|hypocritical|unaccountable|unethical|unscrupulous|malicious|abusive|racist|sexist|discriminatory|unlawfully';
const CENSURING_WORDS = new Set(CENSURING.split('|'));
const CENSURE = all(
  CENSURING,
  'corruption|incompetence|negligence|greed|hypocrisy|dishonesty|mismanagement|misconduct|malpractice|impunity|mistruths|untruths|falsehoods|malice|nepotism|cronyism|bribery|embezzlement|fraud|harassment|intimidation|brutality|racism|sexism|discrimination|exploitation|sabotage|propaganda|ploy|scheming|betrayal|betrayed|betraying|hoodwinked|exploited|exploiting|sabotaged|sabotaging|liar|liars',
  'without authorization|authorisation|permission|consent',
  'witch hunt',
  'failed|fails|fail|failing to adequately|properly|fully|even? pay|warn|protect|act|disclose|inform|deliver|provide|deposit|honour|honor|comply|investigate|prevent|stop|consult|safeguard|report',
  // "its inability to deliver on its promises", "the industry's refusal to meaningfully address safety issues".
  'inability|failure|refusal to meaningfully|properly? deliver|pay|act|address|protect|negotiate|bargain',
  'hiding|hid|hide|hides from accountability|scrutiny',
  'hiding|hid|hide|hides the truth',
  'bad|inappropriate|unacceptable behaviour|behavior|conduct',
);
/** Censure words naming a cause or a charge already laid, not charging anyone: "the fight against corruption", "on
 *  trial for corruption", "harassment victims", "not corrupt". */
const CAUSE_BEFORE = /^(?:against|fight|fighting|fights|combat|combating|combatting|tackle|tackling|tackles|prevent|preventing|end|ending|eradicate|eradicating|stamp|stamping|root|rooting|zero|curb|curbing|reduce|reducing|report|reports|reported|reporting|victims?|allegations?|accusations?|claims?|charges?|suspicion|accused|alleged|allegedly|trial|tried|jailed|convicted|sentenced|guilty|relating|related)$/;
const CAUSE_AFTER = /^(?:victims?|survivors?|laws?|polic(?:y|ies)|training|prevention|awareness|units?|squads?|agency|commission|watchdog|office|department)$/;
/** The censure words of a sentence that charge someone (none in a question: "Were you subject to … fraud?" asks).
 *  (Read once per sentence: testing for the question at every word found was quadratic in a long sentence.) */
function censure(s: SentenceView): WordRange[] {
  if (isQuestion(s)) return [];
  return find(s, CENSURE, false).filter((r) => censures(s, r));
}
function censures(s: SentenceView, r: WordRange): boolean {
  if (CAUSE_AFTER.test(s.words[r.end]?.norm ?? '')) return false;
  // "it would be reckless to close the library", "hypocritical to criticise": an act judged, not a wrong charged.
  if (s.words[r.end]?.norm === 'to' && CENSURING_WORDS.has(s.words[r.end - 1].norm)) return false;
  // "reckless driving", "a selfish driver", "a racist attack": a kind of conduct or of person, which charges no one
  // in particular ("has been reckless with public money", "discriminatory towards the elderly" do).
  if (r.end - r.start === 1 && CENSURING_WORDS.has(s.words[r.start].norm) && classifies(s, r.end)) return false;
  if (verbDenied(s, r.start)) return false;
  // (Within three words, in the clause: "charges relating to grand theft".)
  for (let k = r.start - 1; k >= Math.max(0, r.start - 3) && !s.stops[k + 1] && !/,/.test(s.marksBefore[k + 1]); k--) if (CAUSE_BEFORE.test(s.words[k].norm)) return false;
  return true;
}

/** Whether word `k` is the noun an adjective before it classes: a content word, unbroken by punctuation. */
function classifies(s: SentenceView, k: number): boolean {
  const next = s.words[k];
  if (!next || s.marksBefore[k] || s.quoted[k] !== s.quoted[k - 1]) return false;
  return !FUNCTION_WORD.test(next.norm) && !/ly$/.test(next.norm) && !hasTag(next.norm, 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Copula', 'Modal');
}
const FUNCTION_WORD = /^(?:and|or|but|nor|to|than|as|enough|too|with|towards?|in|of|about|for|at|on|by|if|when|because|while|so|is|are|was|were|be|been|being|has|have|had)$/;

// Crimes and abuses told of someone on another's word ("Police said the suspect stabbed the man", "The council
// said the landlord ignored repeated warnings"): an agent's deed, so active or with "by" — "a man was stabbed" is an
// event, and accuses no one.
const DEEDS = all(
  // (Past forms, and present ones that are no noun: "attacks", "abuses", "breaches" are mostly nouns.)
  'stabbed|murdered|raped|robbed|robs|strangled|molested|abducted|abused|ambushed|looted|torched|poisoned|embezzled|laundered|smuggled|trafficked|extorted',
  'breached|violated|violates|flouted|flouts|ignored|ignores|neglected|concealed|suppress|suppressed|suppresses|discriminated|dumped|rigged',
  'shot|shoots|killed|attacked|beat|threatened|threatens',
  'opened fire',
  // War reported by one side: "Ukrainian forces have struck a village", "fired hundreds of artillery shells on".
  'shelled|bombed|bombarded|invaded',
  'struck a|an|the village|town|city|hospital|school|market|convoy|camp|building|residential',
  'fired … shells|rockets|missiles|mortars|drones at|on|into',
);
/** Deeds that are wrongdoing only when done to a person ("grabbed me", "shot a man", "framed him", not "grabbed the
 *  headlines", "shot a video", "beat Arsenal", "framed laws"). */
const HANDS = /^(?:grabbed|punched|slapped|groped|shoved|manhandled|bullied|intimidated|shot|shoots|killed|attacked|beat|threatened|threatens|framed)$/;
const OBJECT_PERSON = /^(?:me|him|her|them|us|you|by|dead|at)$/;
const PERSON_NOUN = /^(?:man|woman|men|women|people|person|civilians?|child|children|boy|girl|teenagers?|officers?|protesters?|staff|victims?|neighbou?rs?|wife|husband|partner|customers|residents|patients|workers|employees|detainees|prisoners|students|journalists|pupils|villagers|worshippers)$/;
// What can kill without blame ("the storm killed three people"), and what one can ignore without wrongdoing ("ignored
// the noise") — only warnings, rules and pleas are ignored culpably.
const EVENTS = /^(?:storm|storms|crash|crashes|blast|explosion|fire|fires|flood|floods|flooding|quake|earthquake|virus|disease|accident|collision|bomb|bombing|strike|strikes|landslide|heat|heatwave|illness|cancer|outbreak|hurricane|typhoon|cyclone|tornado|avalanche|tsunami|wave|waves|pandemic|infection|drought|famine|eruption)$/;
const IGNORED = /^(?:warnings?|advice|concerns?|complaints?|calls|pleas?|requests?|orders?|rules?|law|laws|regulations?|evidence|reports?|letters?|emails?|guidance|protocols?|safeguards?|alarms?|red|signs)$/;
function doneToPerson(s: SentenceView, r: WordRange): boolean {
  const verb = s.words[r.start].norm;
  if (/^(?:killed|attacked)$/.test(verb)) {
    let b = r.start - 1;
    while (b >= 0 && /^(?:has|have|had|reportedly|allegedly)$/.test(s.words[b].norm)) b--;
    if (b >= 0 && EVENTS.test(s.words[b].norm)) return false;
    // "was attacked by his dog", "it attacked him", "the dog killed two sheep": an animal's doing, no one's wrong.
    if (b >= 0 && (ANIMALS.has(s.words[b].norm) || s.words[b].norm === 'it')) return false;
    if (s.words[r.end]?.norm === 'by' && s.words.slice(r.end + 1, r.end + 5).some((w) => ANIMALS.has(w.norm))) return false;
  }
  if (/^ignor/.test(verb)) return s.words.slice(r.start + 1, r.start + 5).some((w) => IGNORED.test(w.norm));
  // "a church lawyer interrogated him for two hours" lays a deed at someone's door; "suspects … being interrogated" is
  // police work.
  if (verb === 'interrogated') return OBJECT_PERSON.test(s.words[r.start + 1]?.norm ?? '') && s.words[r.start + 1]?.norm !== 'by';
  if (!HANDS.test(verb)) return true;
  const before = s.words.slice(Math.max(0, r.start - 2), r.start);
  if (before.some((w) => BE.has(w.norm)) && !DEEDS_ACTIVE.test(verb)) return true;
  if (OBJECT_PERSON.test(s.words[r.start + 1]?.norm ?? '')) return true;
  // "shot a man", "killed two people", "bullied staff": a person within the object's first words.
  for (let k = r.start + 1; k < Math.min(s.words.length, r.start + 4) && !s.stops[k] && !/[,;:]/.test(s.marksBefore[k]); k++) if (PERSON_NOUN.test(s.words[k].norm)) return true;
  return false;
}
/** The deeds that accuse only an agent: "a man was shot" names no one who did it, "was shot by police" does. */
const DEEDS_ACTIVE = /^(?:stabbed|murdered|raped|robbed|strangled|molested|abducted|abused|ambushed|looted|torched|poisoned|shot|killed|attacked|beat|beaten|threatened)$/;
function byAgent(s: SentenceView, r: WordRange): boolean {
  if (!DEEDS_ACTIVE.test(s.words[r.start].norm)) return true;
  const before = s.words.slice(Math.max(0, r.start - 2), r.start);
  if (!before.some((w) => BE.has(w.norm))) return true;
  for (let k = r.end; k < Math.min(s.words.length, r.end + 4) && !s.stops[k]; k++) if (s.words[k].norm === 'by') return true;
  return false;
}

// Verbs of a contested assertion: with a negated complement a denial.
const CONTESTED = /^(?:assert|asserts|asserted|asserting|insist|insists|insisted|insisting|contend|contends|contended|contending|maintain|maintains|maintained)$/;

// A charge the same sentence says was admitted or proved ("charged with contempt and pleaded guilty") is no longer
// an allegation to check; nor is one laid on no one in particular ("where a person has been charged").
const SETTLED = all('pleaded|pled|pleads|admitted|admits guilty?', 'found|been|was|were guilty', 'convicted', 'sentenced|jailed');
const ANYONE = /^(?:a|any|anyone|someone|somebody|people|those|whoever)$/;
const isCount = (w: Token | undefined) => !!w && (/^\d+$/.test(w.norm) || hasTag(w.norm, 'Cardinal', 'Value'));
/** A word naming a person, a role ("councillors" too), a body or a group. */
const namesSomeone = (s: SentenceView, w: Token) => !!s.personAt(w) || isRoleWord(w.norm) || isRoleWord(w.norm.replace(/(?<=[^s])s$/, '')) || ORG_NOUNS.has(w.norm) || GROUPS.has(w.norm);
/** Whether the clause before word `k` names someone who can be blamed: a pronoun for people, a name, a role, a body. */
function someoneBefore(s: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8) && !s.stops[j + 1]; j--) {
    const w = s.words[j];
    // (The clause only: "Breakwell said a severe winter was to blame" stops at "said".)
    if (w.norm === 'that' || SAYING.has(w.norm)) return false;
    if (/^(?:he|she|they|we|i|you|who)$/.test(w.norm) || namesSomeone(s, w)) return true;
    if (w.cap && j > 0) return true;
  }
  return false;
}

/** Whether words [from, to) name someone who can be blamed: a person, a role, a body, a group, "him", "them". */
function someoneIn(s: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = s.words[j];
    if (/^(?:him|her|them|us|me|you|himself|herself|themselves|others|everyone|somebody|someone|man|men|woman|women|boy|boys|girl|girls|teenager|teenagers|youths?|suspects?)$/.test(w.norm) || namesSomeone(s, w) || isPeoplePlural(w.norm) || w.cap) return true;
  }
  return false;
}

export function allegation(s: SentenceView): Hit[] {
  const hits: Hit[] = [];
  // ("pleaded not guilty" contests the charge: it settles nothing.)
  const settled = find(s, SETTLED, false).some((r) => !NEGATORS.has(s.words[r.start + 1]?.norm ?? ''));
  for (const r of find(s, ALLEGATIONS, false)) {
    if (settled && /^(?:charged|indicted|alleged|allegedly|accused|suspected|on)$/.test(s.words[r.start].norm)) continue;
    const first = s.words[r.start];
    const before = s.words[r.start - 1];
    // "they could face prosecution if they reported on it": a threat, no charge laid.
    if (/^fac/.test(first.norm) && /^(?:could|might|may|would)$/.test(before?.norm ?? '')) continue;
    // "who can blame the buyers for taking the money?": blame disclaimed, not laid.
    if (/^blame/.test(first.norm) && /^(?:can|could|cannot|can't|can’t|couldn't|couldn’t)$/.test(before?.norm ?? '')) continue;
    // "a severe winter was to blame for the epidemic", "sewage in the river is to blame": a cause named, a thing — no
    // one is charged (but "the council was to blame for the delays" charges the council).
    if (first.norm === 'blame' && before?.norm === 'to' && !someoneBefore(s, r.start - 1)) continue;
    // "Frontier took the blame", "Inquest clears doctors of blame": blame owned or lifted, not laid.
    if (first.norm === 'blame' && /^(?:the|of|no)$/.test(before?.norm ?? '')) continue;
    // "The bank has blamed dwindling footfall for the move", "The center blames the weather": a cause named, no one
    // charged — nor a thing blamed in the passive ("Parking charges blamed for drop in visitors").
    // (A lawsuit's blame is a charge whatever it names: "Lawsuits blame the chemicals for health problems".)
    const sued = s.words.slice(Math.max(0, r.start - 3), r.start).some((w) => /^(?:lawsuits?|suits?|complaints?)$/.test(w.norm));
    if (/^blam/.test(first.norm) && !sued && (r.end - r.start > 2 ? !someoneIn(s, r.start + 1, r.end - 1) : !someoneBefore(s, r.start))) continue;
    // "inquiries made with the alleged victim": the one who complains, named by the charge, not someone accused.
    if (/^alleged(?:ly)?$/.test(first.norm) && /^(?:victims?|complainants?|survivors?)$/.test(s.words[r.start + 1]?.norm ?? '')) continue;
    // "the claims that …", "false claims that …" are nouns; "officials claimed that …", "Trump claims that …" verbs.
    // ("claims against two councillors": a claim with its target is a charge, whoever voices it.)
    const madeBy = /^claims?$/.test(first.norm) && /^(?:made|levelled|leveled|voiced|against)$/.test(s.words[r.start + 1]?.norm ?? '');
    // "the resident also claims it's …": after an adverb "claims" is the verb, as after a name or a pronoun.
    const adverb = !!before && CLAIM_ADVERBS.test(before.norm);
    if (first.norm === 'claims' && !madeBy && !(before && (before.cap || adverb || PRONOUN_SUBJECTS.has(before.norm)))) continue;
    if (/^claim/.test(first.norm) && !madeBy && (!before || /^(?:the|these|those|his|her|their|its|such|any|all|of|our|my|your|a|an|no|this|one|every|each)$/.test(before.norm))) continue;
    // "after claims were filed by 300 customers", "following claims for compensation": claims as paperwork, not
    // as charges (those carry a clause: "after claims the council had refused").
    if (/^(?:amid|after|following|despite|over)$/.test(first.norm) && /^(?:were|was|are|is|have|had|has|from|to|by|for|on|in|under|rose|fell|increased|doubled)$/.test(s.words[r.end]?.norm ?? '')) continue;
    // ("has been arrested and charged with": the passive carried over "and".)
    // ("was arrested at the scene and later charged": past an adverb and the first participle's phrase.)
    let and = r.start - 1;
    while (and > 0 && /^(?:later|then|subsequently|since|eventually|also|formally)$/.test(s.words[and].norm)) and--;
    // (Ten words back: "was arrested at his home on Monday and charged with".)
    const passive = BE.has(before?.norm ?? '') || (s.words[and]?.norm === 'and' && s.words.slice(Math.max(0, and - 10), and).some((w) => BE.has(w.norm)));
    // (An object between "charged" and "with" makes it an active charge: "charged one of their own with murder".)
    const object = CHARGED.test(first.norm) && r.end - r.start > 2;
    // (Nor when a crime follows "with": "leaders charged with sedition" is a charge, reduced to a participle.)
    const crime = CHARGED.test(first.norm) && s.words[r.end - 1].norm === 'with' && CRIMES.test(s.words[r.end]?.norm ?? '');
    if (CHARGED.test(first.norm) && !s.words[r.start + 1]?.norm.match(/^(?:him|her|them|us|me|that)$/) && !passive && !object && !crime) continue;
    // (Not "six people": a count makes them particular.)
    if ((CHARGED.test(first.norm) || /^(?:sued|arraigned)$/.test(s.words[r.end - 1].norm)) && s.words.slice(Math.max(0, r.start - 4), r.start).some((w, k, a) => ANYONE.test(w.norm) && (w.norm !== 'a' || /^(?:person|man|woman|defendant|suspect)$/.test(a[k + 1]?.norm ?? '')) && !(w.norm === 'people' && isCount(a[k - 1])))) continue;
    // "arrested three men for smuggling": someone between the arrest and its reason — not a time ("arrested … for the
    // first time", "was detained for 12 days").
    if (/^(?:arrested|detained)$/.test(first.norm) && s.words[r.end - 1].norm === 'for') {
      const between = r.end - r.start > 2;
      const time = isCount(s.words[r.end]) || /^(?:first|second|third|last|latest)$/.test(s.words[r.end + 1]?.norm ?? '');
      if (time || (between ? !someoneIn(s, r.start + 1, r.end - 1) : first.norm === 'detained')) continue;
    }
    // "denied the allegations": the sentence is the denial.
    if (/^(?:allegations?|accusations?)$/.test(s.words[r.start].norm) && s.words.slice(Math.max(0, r.start - 4), r.start).some((w) => DENYING.test(w.norm))) continue;
    hits.push(allegationHit(hitSpans(s, r), sourceName(accuser(s, r.start))));
  }
  // "accused the transport minister in the coalition government of …": the "of" further on than a gap reaches.
  s.words.forEach((w, i) => {
    // Not "one accused", "the other accused": the noun for a defendant.
    if (!/^(?:accuse|accused|accuses|accusing)$/.test(w.norm) || hits.length || settled || /^(?:one|the|other|an|each|both|co|first|second)$/.test(s.words[i - 1]?.norm ?? '')) return;
    for (let k = i + 2; k < Math.min(s.words.length, i + 14) && !s.stops[k]; k++) {
      if (s.words[k].norm !== 'of') continue;
      hits.push(allegationHit([wordSpan(s, i, i + 1), wordSpan(s, k, k + 1)], sourceName(accuser(s, i))));
      return;
    }
  });
  // ("Lockhart admitted he “failed to provide …”": one's own fault owned is no charge against anyone.)
  const owned = s.words.some((w, i) => !s.quoted[i] && ADMITTING.test(w.norm));
  if (isQuoted(s) && !owned) {
    for (const r of wrongdoing(s)) if (r.hits.every((h) => s.quoted[h]) && doneToPerson(s, r)) hits.push(allegationHit(hitSpans(s, r), s.speaker));
    if (!hits.length) for (const r of censure(s)) if (r.hits.every((h) => s.quoted[h])) hits.push(allegationHit(hitSpans(s, r), s.speaker));
  } else if (!owned) {
    // Reported speech: "A councillor says he was shoved by a developer", "The auditor said staff had falsified the
    // accounts", "…, saying the opposition is trying to mislead the public". The wrongdoing is on the word of whoever
    // says it, in the writer's voice before it — or after it, closing the sentence ("The suspect shot a man …, White
    // said").
    // (Also "after saying that the polls had been rigged": the participle after a preposition.)
    const says = s.words.findIndex((w, i) => !s.quoted[i] && (SAYING.has(w.norm) ? !/ing$/.test(w.norm) : w.norm === 'saying' && (/,/.test(s.marksBefore[i]) || /^(?:after|before|while|by|for)$/.test(s.words[i - 1]?.norm ?? ''))));
    if (says >= 0 && !settled) {
      const sayer = impersonal(s, says) ? null : subjectOf(s, says);
      const closing = saidAtEnd(s, says, sayer);
      // ("Many believe the election was rigged" is a belief, hedged; not a deed laid at anyone's door.)
      const deeds = /^(?:believe|believes|believed|suggest|suggested|predicted|estimated)$/.test(s.words[says].norm) ? [] : find(s, DEEDS, false);
      for (const r of [...wrongdoing(s), ...deeds, ...censure(s)]) {
        // Before the closing attribution, a verb with its subject ("The suspect shot …"), not an opening modifier
        // ("Misleading signs confused drivers, the council said").
        const before = closing >= 0 && r.end <= closing && r.start > 0 && !/^(?:a|an|the|their|his|her|its|our|my|your|of|and|or)$/.test(s.words[r.start - 1].norm);
        if (!(r.start > says || before) || !doneToPerson(s, r) || !byAgent(s, r)) continue;
        hits.push(allegationHit(hitSpans(s, r), sourceName(sayer)));
      }
    }
  }
  // "he claimed Mr Thomas' family had been held prisoner": "claimed" and a clause of its own without "that" (not
  // "claimed the title", "claimed victory"); "…, they claimed." closing the sentence on what came before.
  s.words.forEach((w, i) => {
    // (An adverb between the claimant and the verb: "They further claim …", "He also claimed …".)
    const adverb = CLAIM_ADVERBS.test(s.words[i - 1]?.norm ?? '') ? 1 : 0;
    const prev = s.words[i - 1 - adverb];
    // ("They claim there were no consultations", "Environmental groups claim the UK has been overfishing": the plain
    // form after a personal pronoun, a plural noun or a name — never after "to" or a modal, which no noun is.)
    const plain = w.norm === 'claim' && !!prev && (/^(?:they|we|i|you)$/.test(prev.norm) || prev.cap || (/[^s]s$/.test(prev.norm) && isNounLike(prev.norm)));
    // ("…, with residents claiming bird nests were destroyed": the participle after "with" and its subject, which no
    // "people claiming benefits" is.)
    const withClaiming = w.norm === 'claiming' && [i - 2, i - 3].some((k) => s.words[k]?.norm === 'with');
    if (hits.length || settled || !(plain || withClaiming || /^(?:claimed|claims)$/.test(w.norm)) || s.quoted[i]) return;
    // (Past a perfect's auxiliary: "The council had claimed the crack must have closed up", a noun its subject.)
    const aux = /^(?:had|has|have)$/.test(s.words[i - 1 - adverb]?.norm ?? '') && w.norm === 'claimed' ? 1 : 0;
    const subject = s.words[i - 1 - adverb - aux];
    const noun = !!subject && !subject.cap && isNounLike(subject.norm) && !PRONOUNS.has(subject.norm) && !/^(?:who|which|that)$/.test(subject.norm);
    if (!subject || !(PRONOUN_SUBJECTS.has(subject.norm) || subject.cap || noun) || DETERMINERS_BEFORE_NOUN.has(subject.norm)) return;
    // ("He claimed he had been out of the room": an account of oneself is on the claimant's word too — the labellers
    // of the later sets flag "Munn claimed he was under the speed limit".)
    const next = s.words[i + 1]?.norm ?? '';
    const closes = i + 1 === s.words.length && /,/.test(s.marksBefore[i - 1]);
    // (A verb in the past counts too: "the animal escaped", "none of the finishers received". A figure a described
    // claimant gives, "the general claimed 16,000 troops have died", rests on their word: single-sourced, not a charge.)
    // ("claimed that …" is the phrase list's, but a plain "claim that" after a noun is not in it.)
    if (!closes && ((next === 'that' && !(plain && !PRONOUNS.has(prev.norm))) || (noun && /^\d/.test(next)) || claimsAThing(s, i) || !finiteAhead(s, i + 2, true))) return;
    // (Unnamed claimants, "Several backbenchers claimed …", are the anonymous rule's.)
    const claimant = impersonal(s, i) ? null : subjectOf(s, i);
    if (!claimant?.anonymous) hits.push(allegationHit([wordSpan(s, i, i + 1)], sourceName(claimant)));
  });
  // "insisted" mostly defends; "asserted …", "contends that …", "maintains that …" with nothing denied put a charge
  // on someone's word ("The union contends that the hospital has proposed …") — unless the verb is itself denied
  // ("nor do we contend that …").
  for (const c of contested(s)) {
    if (c.negated || !/^(?:assert|contend|maintain)/.test(s.words[c.verb].norm)) continue;
    if (verbDenied(s, c.verb)) continue;
    // ("He asserted on arrival that “this is the right time …”": the words themselves quoted, which charge no one by
    // being asserted — what they say is read for itself.)
    const that = s.words.findIndex((w, k) => k > c.verb && k <= c.verb + 5 && w.norm === 'that');
    if (that > 0 && s.quoted[that + 1]) continue;
    // (…or right after the verb: "he asserted, “I will play on for the dreams of millions.”")
    if (s.quoted[c.verb + 1]) continue;
    hits.push(allegationHit([wordSpan(s, c.verb, c.verb + 1)], sourceName(c.subject)));
  }
  if (!hits.length && !settled) hits.push(...pleadings(s));
  return hits;
}

/** Where the attribution that closes a sentence begins ("…, White said", "…,” said Chief James White"): the comma
 *  before the saying verb or its subject; -1 when the verb opens its clause. */
function saidAtEnd(s: SentenceView, says: number, sayer: SourcePhrase | null): number {
  const from = sayer && sayer.to <= says ? sayer.from : says;
  if (from === 0 || !/[,”"]/.test(s.marksBefore[from])) return -1;
  // Only the attribution after it: a few words to the sentence's end, or to a participle that carries on the sayer's
  // words ("The Philippines has breached the understanding, Wang said, adding that …").
  if (s.words.length - says <= 8) return from;
  for (let k = says + 1; k <= says + 5 && k < s.words.length; k++) {
    if (s.stops[k]) return -1;
    if (/,/.test(s.marksBefore[k])) return /^(?:adding|saying|noting|stressing|insisting|arguing|warning|explaining)$/.test(s.words[k].norm) ? from : -1;
  }
  return -1;
}

/** Papers and parties of a lawsuit or a prosecution: what they say is one side's case. */
const LEGAL_PAPERS = /^(?:lawsuit|lawsuits|suit|suits|complaint|indictment|petition|affidavit|writ|motion)$/;
/** What happens in court, which no side alleges: "the trial was adjourned", "he was sentenced". */
const PROCEDURE = /^(?:adjourned|scheduled|expected|delayed|postponed|sentenced|fined|released|granted|bailed|remanded|listed|heard|filed|lodged|brought)$/;
const PARTIES = /^(?:prosecutors?|prosecution|plaintiffs?|claimants?|petitioners?)$/;
const PLEADING = /^(?:says|said|say|claims|claimed|claim|states|stated|contends|contended|contend|argues|argued|argue|asserts|asserted|maintains|maintained|describes|described|charges|charged)$/;

/** One side's case in a court story: "The suit claims the firm knowingly sold …", "Prosecutors say Smith stabbed …".
 *  (What witnesses tell the court is left to the wrongdoing it names: labellers pass over routine testimony.) */
function pleadings(s: SentenceView): Hit[] {
  const framed = inPapers(s);
  for (let i = 0; i < s.words.length; i++) {
    if (s.quoted[i]) continue;
    const w = s.words[i].norm;
    // ("did not contend that …": the side disclaims the charge.)
    if (!PLEADING.test(w) || verbDenied(s, i)) continue;
    const subject = subjectOf(s, i);
    if (!subject) continue;
    const head = s.words[subject.head].norm;
    // What they say someone did: a verb in the past after the reporting verb ("stabbed", "sold", "ignored"), not an
    // opinion ("the sentence was fair") or a timetable ("the trial would start in May").
    if (!LEGAL_PAPERS.test(head) && !PARTIES.test(head) && !(framed && framed <= subject.from)) continue;
    // (Within the next 30 words: scanning to the sentence's end for every verb was quadratic in a long sentence.)
    // Closing the sentence ("…, the suit said"), what they say may be before it: the 30 words before too.
    const closing = saidAtEnd(s, i, subject);
    const deed = (from: number, to: number) =>
      s.words.slice(from, to).some((x, k) => !s.quoted[from + k] && !x.cap && !PROCEDURE.test(x.norm) && !/^(?:was|were|had|did|been|said|told)$/.test(x.norm) && (hasTag(x.norm, 'PastTense') || /[^e]ed$/.test(x.norm)));
    const did = deed(i + 1, i + 31) || (closing >= 0 && deed(Math.max(0, closing - 30), closing));
    if (did) return [allegationHit([wordSpan(s, subject.head, subject.head + 1), wordSpan(s, i, i + 1)], sourceName(subject))];
  }
  return [];
}

/** Where the clause after an opening "In the lawsuit," or "In court papers," begins: whoever speaks there speaks in
 *  the papers ("In the lawsuit, Costigan states that …"); 0 when the sentence opens otherwise. */
function inPapers(s: SentenceView): number {
  if (!/^(?:in|under)$/.test(s.words[0]?.norm ?? '')) return 0;
  for (let k = 1; k < Math.min(s.words.length, 5); k++) {
    if (s.stops[k] || /,/.test(s.marksBefore[k])) return 0;
    const w = s.words[k].norm;
    const paper = LEGAL_PAPERS.test(w) || /^filings?$/.test(w) || (/^(?:papers|documents|records)$/.test(w) && s.words[k - 1].norm === 'court');
    if (paper && /,/.test(s.marksBefore[k + 1] ?? '')) return k + 1;
  }
  return 0;
}

/** A negator in the three words before verb `v` ("did not contend", "nor do we say"). */
function verbDenied(s: SentenceView, v: number): boolean {
  return s.words.slice(Math.max(0, v - 3), v).some((w) => NEGATORS.has(w.norm) || /n['’]t$/.test(w.norm));
}

/** Who makes the accusation at word `v`: the subject of an active verb, the agent of a passive one ("accused by"). */
function accuser(s: SentenceView, v: number): SourcePhrase | null {
  if (!/^(?:accuse|accused|accuses|accusing|blamed|blames|blaming|sued|sues|suing|claimed|claims|claiming|charged|indicted)$/.test(s.words[v].norm)) return null;
  if (s.words.slice(Math.max(0, v - 3), v).some((w) => BE.has(w.norm)) || DETERMINERS_BEFORE_NOUN.has(s.words[v - 1]?.norm ?? '') || impersonal(s, v)) {
    // The next five words only (searching the sentence from its start for them was quadratic in a long one).
    let by = -1;
    for (let k = v + 1; k < Math.min(s.words.length, v + 6); k++) {
      if (s.words[k].norm === 'by') {
        by = k;
        break;
      }
    }
    // (An agent that can act: a name, someone or a body — not "manslaughter by gross negligence".)
    const agent = by > 0 ? phraseAfter(s, by + 1) : null;
    return agent && (agent.name || agent.pronoun || s.words.slice(agent.from, agent.to).some((w) => w.cap) || canSpeakNoun(s.words[agent.head].norm) || isPeoplePlural(s.words[agent.head].norm)) ? agent : null;
  }
  return subjectOf(s, v);
}
const DETERMINERS_BEFORE_NOUN = new Set(['a', 'an', 'the']);
/** Adverbs that may stand between a claimant and "claim": "They further claim", "he also claimed", "falsely claims". */
const CLAIM_ADVERBS = /^(?:also|still|now|even|further|again|too|later|both|all|\w+ly)$/;
/** "It's claimed …", "it is said …": a verb of saying in the impersonal passive, which no one says. */
const impersonal = (s: SentenceView, v: number) => /^(?:it|that)['’]s$/.test(s.words[v - 1]?.norm ?? '') || (BE.has(s.words[v - 1]?.norm ?? '') && s.words[v - 2]?.norm === 'it');

function allegationHit(triggers: TextSpan[], source: string | null): Hit {
  const by = source ? ` by ${source}` : '';
  return {
    category: 'allegation',
    triggers,
    source,
    note: `Allegation${by} (${quote(triggers)}): check the evidence, and that the other side's response is in the story`,
  };
}

interface Contested {
  verb: number;
  subject: SourcePhrase | null;
  negated: boolean;
}

/** "X asserted that …", "X insists …", with whether the complement is negated ("were not a factor"). */
function contested(s: SentenceView): Contested[] {
  const out: Contested[] = [];
  s.words.forEach((w, i) => {
    if (!CONTESTED.test(w.norm) || s.quoted[i]) return;
    if (/^maintain/.test(w.norm) && s.words[i + 1]?.norm !== 'that') return;
    // "brands contending with customers' frustration": coping with something, no claim made.
    if (/^contend/.test(w.norm) && s.words[i + 1]?.norm === 'with') return;
    // "insisted on paying for the parking": a demand carried out, no claim made.
    if (/^insist/.test(w.norm) && s.words[i + 1]?.norm === 'on') return;
    // "asserting their commitment to justice", "asserted its right": a thing upheld, no claim made.
    if (/^(?:their|his|her|its|our|my|your)$/.test(s.words[i + 1]?.norm ?? '') && !s.stops[i + 1] && !/[,:]/.test(s.marksBefore[i + 1]) && !finiteAhead(s, i + 2)) return;
    let negated = false;
    for (let k = i + 1; k < Math.min(s.words.length, i + 14) && !s.stops[k]; k++) {
      if (s.quoted[k]) break;
      // "insists the election will not happen", "insisted he won't resign": a vow or a forecast, nothing denied.
      if (/^(?:won['’]t|wouldn['’]t|shan['’]t)$/.test(s.words[k].norm) || (NEGATORS.has(s.words[k].norm) && /^(?:will|would|shall)$/.test(s.words[k - 1].norm))) continue;
      if (NEGATORS.has(s.words[k].norm) || /n't$/.test(s.words[k].norm)) negated = true;
    }
    out.push({ verb: i, subject: subjectOf(s, i), negated });
  });
  return out;
}

/** A finite verb in the clause from word `from` on ("his client was innocent"), before a comma or a stop. */
function finiteAhead(s: SentenceView, from: number, past = false): boolean {
  for (let k = from; k < Math.min(s.words.length, from + 6); k++) {
    if (s.stops[k] || /[,;:]/.test(s.marksBefore[k])) return false;
    const w = s.words[k];
    if (FINITE_AUX.test(w.norm)) return true;
    if (past && /^(?:and|or|but)$/.test(w.norm)) return false;
    if (past && isPastVerb(w)) return true;
  }
  return false;
}

// ── Denial: someone denies a claim (not "denied visas", a refusal).
const CLAIM_NOUNS = new Set(
  (
    'claim claims allegation allegations accusation accusations charge charges report reports reporting suggestion suggestions rumour rumours rumor rumors story stories account wrongdoing involvement responsibility knowledge it this that any everything anything having being ever ' +
    // "They deny a total of 39 counts of …": the charges by their legal name.
    'count counts offence offences offense offenses'
  ).split(' '),
);
/** What a deed disowned was: "(had not carried out) the attack", "(did not order) any killing". */
const DISOWNED_DEED = 'the|any|an|a|this|that|these|those|such? attack|attacks|shooting|killing|murder|crime|strike|strikes';
const REJECTIONS = all(
  'reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|dispute|disputes|disputed|disputing|refute|refutes|refuted|rebut|rebutted|contest|contested|rubbish|rubbishes|rubbished|rubbishing the|those|these|such|his|her|their|its|any|all|both? claim|claims|allegation|allegations|accusation|accusations|charge|charges|report|reports|suggestion|suggestions|criticism|criticisms|account|assertion|assertions|findings|remarks|comments',
  // To refute or rebut is to answer a claim, whatever it is called ("refuted the quote after it gained traction").
  'refute|refutes|refuted|refuting|rebut|rebuts|rebutted|rebutting the|this|that|these|those|his|her|their|its|a|an|any|such|claims|reports|suggestions',
  // "will vigorously defend himself against 2 lawsuits", "intends to strenuously contest the charges".
  'vigorously|strenuously|robustly defend|defends|defended|defending|contest|contests|contested|contesting',
  // "called the complaint politically motivated", "calls the lawsuit frivolous".
  'called|calls|calling the|this|these|those|it|them complaint|complaints|allegation|allegations|accusation|accusations|charges|claims|lawsuit|suit|case|investigation|probe|inquiry … baseless|false|untrue|unfounded|groundless|fraudulent|bogus|lies|nonsense|fabricated|frivolous|politically',
  // "called the verdict “unacceptable”", "I do not acknowledge or accept this verdict": a judgment rejected.
  'called|calls|calling the|this|that|his|her|their verdict|ruling|judgment|judgement|sentence|conviction|charges unacceptable|unjust|unfair|absurd|ridiculous|laughable|outrageous|baseless|politically',
  'not|n\'t|never accept|acknowledge … verdict|ruling|judgment|judgement|conviction|charges',
  // "Jiang Tianyong is innocent", "he thought he hadn't done anything wrong", "we did nothing wrong".
  'is|was|are|were|am completely|totally|entirely|absolutely? innocent',
  'done|did|doing nothing wrong|illegal|unlawful',
  'not|never|hadn\'t|hadn’t|hasn\'t|hasn’t|haven\'t|haven’t|didn\'t|didn’t done|do anything wrong|illegal|unlawful',
  'frivolous|vexatious|meritless complaint|complaints|lawsuit|lawsuits|suit|claim|claims|case|allegations',
  'claim|claims|allegation|allegations|accusation|accusations|reports|charges … as? baseless|false|untrue|unfounded|groundless|lies|nonsense|fabricated|fabrication|ridiculous|absurd|laughable',
  // "rejected the US accusations", "rejected those numbers", "dismissed this as a baseless pretext", "rejected as
  // “fraudulent” the results": what one side says, set aside by the other.
  // ("rejecting partial election results": no determiner needed.)
  'reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|dispute|disputes|disputed|disputing the|those|these|a|an? … accusations|allegations|claims|results|numbers|figures|findings|statements|version|narrative|report|suggestion|suggestions|assertion|assertions|characterisation|characterization',
  // ("described the results as bogus".)
  'rejected|dismissed|disputed|denounced|described|branded this|it|them|that|the|those … as a|an? baseless|false|untrue|unfounded|groundless|fraudulent|fake|bogus|lies|nonsense|fabricated|propaganda|one-sided|biased|laughable|absurd|ridiculous|farcical|farce|sham',
  'rejected|dismissed|disputed as baseless|false|untrue|unfounded|groundless|fraudulent|fake|lies|nonsense|fabricated|propaganda|one-sided|biased',
  // "said there was no evidence that Lipitor could cause dementia", "“We are not responsible for …”": a link or a
  // blame set aside.
  'there is|was|has|had been? no evidence that|of',
  // "said there was “no foundation” to the claims", "the allegations are without foundation".
  'there is|was|are|were no|little foundation|basis to|for',
  'without foundation|basis|merit',
  // "“I entered these pleas because I am not guilty,” he said": the speaker's own innocence.
  'i|we am|are|was|were not guilty',
  'i\'m|i’m not guilty',
  // "The actor pleaded not guilty in January to three counts of assault": the charge contested in court.
  'pleaded|pled|pleads|plead|pleading not guilty',
  // "He entered a not guilty plea", "entered pleas of not guilty".
  'entered|enters|entering|lodged a? not guilty plea|pleas',
  'entered|enters|entering|lodged a? plea|pleas of not guilty',
  'are|is|was|were|am not|n\'t|never responsible|liable|accountable for',
  'are|is|was|were|am not|n\'t|never to blame',
  // "the fake statements by the Russian Federation" (not "disinformation and false reports" in general).
  'the|these|those|such fake|false|fabricated|bogus statements|reports|claims|allegations',
  'denial|denials',
  // "The Defence Ministry was today dismissive about a media report that …".
  'was|were|is|are today|yesterday|also|later? dismissive of|about',
  // "The lawsuit is a sham", "we had nothing to hide", "fabricate … demonstrably false claims": rejections in so many words.
  'is|was|are|were a|an? sham|hoax|witch-hunt|fabrication',
  'nothing to hide',
  'false|specious|baseless|unfounded|defamatory|malicious|bogus|fabricated claims|allegations|accusations|charges',
  // "blasted untrue speculation about his relationship", "dismissed false rumours".
  'untrue|false|baseless|unfounded|groundless speculation|rumours|rumors|stories',
  // "the mayor's office has pushed back against these demands", "the Treasury are not involved in any talks": a
  // demand or a part set aside.
  'pushed|push|pushes|pushing back strongly|firmly|hard? against',
  // "Sainsbury's boss Mike Coupe immediately hit back, saying …": a retort to what was said of them.
  'hit|hits|hitting|fired|fires|firing back saying',
  // "CPB has not admitted to any wrongdoing", "settled without admitting liability".
  'has|have|had|did|does|do not|n\'t|never admit|admitted to? any? wrongdoing|liability|guilt|fault',
  'without admitting|accepting|conceding to? any? wrongdoing|liability|guilt|fault',
  // "Brown hit back at the idea that the laws were an overreach": a suggestion answered.
  'hit|hits|hitting back at the|those|these|any? idea|ideas|suggestion|suggestions|notion|claim|claims|allegation|allegations|accusation|accusations|criticism|critics',
  // (Not "was not involved in the study": a researcher's independence, stated.)
  'are|is|was|were|am not|never involved in any',
  // "he had not carried out the attack", "We did not fire": a deed disowned.
  `did|had|have|has not|never carry|carried out ${DISOWNED_DEED}`,
  `did|had|have|has not|never commit|committed|order|ordered ${DISOWNED_DEED}`,
  'did|had|have|has not|never fire|fired',
  'found no|little wrongdoing|wrongdoings|evidence|discrepancies|irregularities',
  // "found no conclusive evidence", "found no credible evidence".
  'found no|little conclusive|credible|hard|direct|firm|clear evidence',
  'no wrongdoing|wrongdoings|discrepancies|irregularities were|was found',
  // ("There were no wrongdoings found".)
  'no wrongdoing|wrongdoings found|uncovered|identified',
  'are|is|was|were absolutely|simply|completely|totally? not|n\'t true',
  // "I didn’t kill Barry Cooper", "he had not carried out the attack": the deed itself denied.
  'i|he|she|we|they did|had not|never kill|killed|murder|murdered|stab|stabbed|attack|attacked|assault|assaulted|steal|stole|hit|touch|touched',
  'i|he|she|we|they didn\'t|didn’t|hadn\'t|hadn’t kill|killed|murder|murdered|stab|stabbed|attack|attacked|assault|assaulted|steal|stole|hit|touch|touched',
  // "had not carried out the attack" (not "they didn’t carry on during the pandemic").
  'i|he|she|we|they did|had not|never carry|carried out',
  'i|he|she|we|they didn\'t|didn’t|hadn\'t|hadn’t carry|carried out',
  // "has maintained his innocence", "protests her innocence".
  'maintained|maintains|maintaining|maintain|protested|protests|protesting|protest|asserted|asserts his|her|their|my|our innocence',
  // "said the claims were without merit", "called the report inaccurate".
  'claim|claims|allegation|allegations|accusation|accusations|lawsuit|suit|report|reports|charges|story … without merit',
  'claim|claims|allegation|allegations|accusation|accusations|lawsuit|suit|report|reports|charges|story … meritless|frivolous|inaccurate|misleading|incorrect|untrue|false',
  // "We do not accept those who claim we are corrupt", "he did not accept the allegations": a rejection in two words.
  'not|n\'t|never accept|accepts|accepted the|those|these|such|any? who? claim|claims|allegation|allegations|accusation|accusations|charges|suggestion|suggestions|findings',
  // "branded suggestions he is briefing against the Health Secretary as “total nonsense”": a label that rejects.
  'branded|branding|brands|brand|labelled|labeled|labelling|labeling … … … as a|an? total|complete|utter|pure|absolute? nonsense|rubbish|lies|fabrication|falsehood|falsehoods|fiction|baseless|false|untrue|unfounded|fake',
  // "there was nothing to back up this claim", "the police did not have any evidence", "It was just hearsay": the
  // ground of a charge denied.
  'nothing|little to back|shore up|support|substantiate|corroborate',
  'no evidence at|whatsoever',
  'not|n\'t|never have|had any evidence',
  'did|does|do not|never find|found it|this|that|them|these|those to be true|credible|accurate|substantiated',
  'is|was|are|were just|only|merely|pure|mere hearsay|speculation|gossip|rumour|rumours|rumor|rumors|conjecture|fantasy|fiction',
  // "ignore the recent incorrect media reports": reports called false in passing.
  'incorrect|inaccurate media|news|press? reports|report|rumours|rumors|stories',
);

/** "impossible/hard to deny", "nobody/no one can deny": a word in the few before `i`, in its clause, that grants what
 *  "deny" would dispute. */
function granted(s: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6) && !s.stops[k + 1] && !/,/.test(s.marksBefore[k + 1]); k--) {
    const n = s.words[k].norm;
    if (/^(?:but|and|or)$/.test(n)) return false;
    if (/^(?:impossible|hard|difficult|nobody|none)$/.test(n) || (n === 'one' && s.words[k - 1]?.norm === 'no')) return true;
  }
  return false;
}

export function denial(s: SentenceView): Hit[] {
  const hits: Hit[] = [];
  s.words.forEach((w, i) => {
    if (!/^(?:deny|denies|denied|denying)$/.test(w.norm)) return;
    // "she did not deny that the units would close", "I can't deny it": a denial withheld is none.
    const before = s.words[i - 1]?.norm ?? '';
    if (/^(?:not|never)$/.test(before) || /n['’]t$/.test(before)) return;
    // "impossible to deny that badgers play a role", "no one can deny", "there is no denying": the point granted.
    if (before === 'no' || granted(s, i)) return;
    // "The report was denied by the ministry": a passive denial names its source after "by".
    const byAgent = s.words[i + 1]?.norm === 'by' && BE.has(s.words[i - 1]?.norm ?? '');
    if (!byAgent && isRefusal(s, i)) return;
    hits.push(denialHit([wordSpan(s, i, i + 1)], sourceName(byAgent ? phraseAfter(s, i + 2) : subjectOf(s, i))));
  });
  // "is absolutely refuted by the ambulance service": a passive rejection names who rejects after "by".
  s.words.forEach((w, i) => {
    if (!/^(?:refuted|rejected|dismissed|disputed|rebutted)$/.test(w.norm) || s.words[i + 1]?.norm !== 'by') return;
    let b = i - 1;
    while (b >= 0 && DEGREE.test(s.words[b].norm)) b--;
    if (b >= 0 && BE.has(s.words[b].norm)) hits.push(denialHit([wordSpan(s, i, i + 1)], sourceName(phraseAfter(s, i + 2))));
  });
  for (const r of find(s, REJECTIONS, false)) {
    // "was rejected", "is disputed": a passive rejection names its source after "by", above.
    if (BE.has(s.words[r.start - 1]?.norm ?? '') && /^(?:reject|dismiss|disput|refut|rebut|contest|denounc)/.test(s.words[r.start].norm)) continue;
    // "his false claims that he speaks for working people": the writer's verdict on someone's claims, not a denial.
    if (/^(?:false|specious|baseless|unfounded|defamatory|malicious|bogus|fabricated)$/.test(s.words[r.start].norm) && /^(?:his|her|their|its|my|your|our)$/.test(s.words[r.start - 1]?.norm ?? '')) continue;
    // "There is no evidence …", "is without merit": no verb of its own, so whoever reports the sentence denies.
    if (/^(?:there|without)$/.test(s.words[r.start].norm)) {
      hits.push(denialHit(hitSpans(s, r), sourceName(sayerOf(s, r.start)) ?? (s.quoted[r.start] ? s.speaker : null)));
      continue;
    }
    // ("“I have always maintained my innocence”": the speaker's own, not "I have always".)
    const subject = subjectOf(s, r.start);
    const own = !!subject && /^(?:i|we)$/.test(s.words[subject.from].norm);
    hits.push(denialHit(hitSpans(s, r), own ? (s.quoted[r.start] ? s.speaker : null) : sourceName(subject)));
  }
  for (const c of contested(s)) if (c.negated) hits.push(denialHit([wordSpan(s, c.verb, c.verb + 1)], sourceName(c.subject)));
  for (const d of disclaimed(s)) if (!isCondition(s, d.start)) hits.push(denialHit([wordSpan(s, d.start, d.end)], sourceName(d.subject) ?? (s.quoted[d.start] ? s.speaker : null)));
  return hits;
}

/** Who reports the words at `at`: the subject of a verb of saying before them ("Shoemaker said there was no …"), or
 *  the attribution closing the sentence after them ("…, the minister said", "…, said Jane Doe"). */
function sayerOf(s: SentenceView, at: number): SourcePhrase | null {
  const k = firstSaying(s);
  if (k < 0) return null;
  if (k < at) return subjectOf(s, k);
  if (s.words.length - k > 8) return null;
  // ("…, said Jane Doe": inverted; else the phrase from the comma to the verb.)
  if (/,|[”"]/.test(s.marksBefore[k])) return phraseAfter(s, k + 1);
  let from = k - 1;
  while (from > at && !/,|[”"]/.test(s.marksBefore[from])) from--;
  return from > at ? phraseAfter(s, from) : null;
}

/** The sentence's first verb of saying outside quotations (-1 if none), found once per sentence: a sentence of
 *  thousands of denials asks for it at each. */
const firstSaying = oncePerSentence((s) => s.words.findIndex((w, i) => !s.quoted[i] && SAYING.has(w.norm) && !/ing$/.test(w.norm)));

/** "if the figures are not accurate", "whether it was true": a condition or a question before word `at`, not a denial. */
function isCondition(s: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6) && !s.stops[k + 1]; k--) if (/^(?:if|whether|unless)$/.test(s.words[k].norm)) return true;
  return false;
}

// What a denial calls a report, in so many words: "this was not true", "the report is completely wrong and
// baseless", "not an accurate reflection", "was exaggerated".
const FALSE_WORDS = new Set('untrue false baseless unfounded groundless inaccurate incorrect wrong fabricated misleading fake nonsense rubbish lies exaggerated overblown biased one-sided'.split(' '));
// "not true", "not the case".
// (Not "fair": "That is not fair" complains, it denies nothing.)
const TRUE_WORDS = new Set('true accurate correct case'.split(' '));
// What can be true or false: the claim, the report, "this", "the reference to me".
// (…and a ruling one side contests: "Google said the commission's decision was “wrong”".)
const DISPUTABLE = new Set([...CLAIM_NOUNS, ...'news item references reference information remarks comments statement statements quote quotes controversy row figures picture depiction portrayal impression speculation rumours rumors decision ruling verdict finding findings conclusion conclusions assessment'.split(' ')]);
// Deeds and words a denial says never happened: "I never said …", "he had never offered …".
// (…or a wrong done to someone: "he never hit Heard or any other woman", "I never lied".)
const NEVER_DONE = /^(?:said|offered|proposed|asked|threatened|promised|suggested|told|took|taken|received|accepted|paid|sent|signed|claimed|wrote|written|ordered|authori[sz]ed|approved|agreed|demanded|requested|met|used|uttered|hit|struck|touched|abused|harassed|assaulted|attacked|stole|stolen|lied|cheated|bribed|groped|molested|punched|slapped|kicked|bullied)$/;
const POINTERS = new Set(['it', 'this', 'that']);
const SOME_THING = /^(?:nothing|anything|everything|something)$/;
/** "I never met such a brilliant person", "never met anyone like him": praise, nothing denied. */
const PRAISE_AFTER = /^(?:such|anyone|anybody|someone|somebody)$/;
/** "never took them for granted": praise too — "for granted" within a few words of the verb at `i`. */
const forGranted = (s: SentenceView, i: number) => s.words.slice(i + 1, i + 5).some((x, k, a) => x.norm === 'for' && a[k + 1]?.norm === 'granted');
/** "never" at `i` tells what someone has not yet done or had done to them, denying nothing: "those who have never signed
 *  on before", "customers who have never used an agency", "He's never met the young man who donated his liver", "a
 *  decision never taken lightly". */
function experienced(s: SentenceView, i: number): boolean {
  const w = s.words;
  const before = w[i - 1]?.norm ?? '';
  const perfect = /^(?:have|has|had|'ve|’ve)$/.test(before) || /['’](?:s|ve)$/.test(before);
  // (Not yet: "before" closes the clause.)
  if (w.slice(i + 2, i + 8).some((x, k) => x.norm === 'before' && !s.stops.slice(i + 2, i + 3 + k).some(Boolean))) return true;
  // A kind of people, not one denying: "those who have never …"; a thing done to something: "is never taken".
  if ((perfect && w[i - 2]?.norm === 'who') || (BE.has(before) && before !== 'be')) return true;
  // Met no one: an acquaintance, not a deed disowned ("I never met him" in the past tense still is one).
  return perfect && w[i + 1]?.norm === 'met';
}
const ADMITTING = /^(?:admit|admits|admitted|admitting|concede|concedes|conceded|conceding|acknowledge|acknowledges|acknowledged|acknowledging|confess|confessed|confesses)$/;
const DEGREE = /^(?:completely|totally|entirely|simply|absolutely|utterly|wholly|quite|clearly|just|also|plainly)$/;

/** Denials that use no verb of denying: a disputable subject called false, or "never" before a deed or a word. */
function disclaimed(s: SentenceView): { start: number; end: number; subject: SourcePhrase | null }[] {
  const out: { start: number; end: number; subject: SourcePhrase | null }[] = [];
  const w = s.words;
  // Where the first admission is, found once (looking back from each verb was quadratic in a long sentence).
  const admitted = w.findIndex((x) => ADMITTING.test(x.norm));
  for (let i = 0; i < w.length; i++) {
    const n = w[i].norm;
    // "That's not true", "it's false": the pointer and the verb in one word.
    const contracted = /^(?:it|that|this)['’]s$/.test(n);
    if (BE.has(n) || contracted) {
      // Its subject: a disputable noun among the few words before, in the same clause, or "this"/"it" right before
      // ("this was not true", not "this application is wrong"); and no admission ("he admitted that was untrue").
      let subject = false;
      for (let k = i - 1; k >= 0 && k >= i - 7 && !s.stops[k + 1]; k--) if (DISPUTABLE.has(w[k].norm) && (!POINTERS.has(w[k].norm) || k === i - 1)) subject = true;
      // "because nothing was wrong", "no hint that anything was wrong", "everything that is wrong with": a state of
      // affairs, whatever noun came earlier in the sentence.
      if (SOME_THING.test(w[i - 1]?.norm ?? '') || (w[i - 1]?.norm === 'that' && SOME_THING.test(w[i - 2]?.norm ?? ''))) continue;
      if ((!subject && !contracted) || (admitted >= 0 && admitted < i)) continue;
      let k = i + 1;
      let negated = false;
      while (k < w.length && k <= i + 4 && !s.stops[k] && (DEGREE.test(w[k].norm) || NEGATORS.has(w[k].norm) || /^(?:a|an|the|total|complete|utter|pure|absolute)$/.test(w[k].norm))) {
        if (NEGATORS.has(w[k].norm)) negated = true;
        k++;
      }
      const p = w[k]?.norm ?? '';
      // "not true", "wrong": a denial; "not wrong" is none.
      // "it would be wrong to bring down the government", "wrong and irresponsible to …": a deed judged, nothing denied.
      // ("what is wrong with Southern Water": a fault found, nothing denied.)
      const judged = w.slice(k + 1, k + 5).some((x, j) => x.norm === 'to' && !s.stops[k + 1 + j] && isBareVerb(w[k + 2 + j]?.norm ?? '')) || (p === 'wrong' && w[k + 1]?.norm === 'with' && !s.stops[k + 1]);
      if (k < w.length && !s.stops[k] && !judged && (negated ? TRUE_WORDS.has(p) : FALSE_WORDS.has(p))) {
        // (Who calls it so: whoever reports it — "Google said the decision was wrong", "…, the minister said" — else
        // the clause's own subject; "It's rubbish" has none but the pointer, and what follows is no subject either.)
        out.push({ start: i, end: k + 1, subject: sayerOf(s, i) ?? (contracted ? null : subjectOf(s, i)) });
      }
    } else if (n === 'never' && NEVER_DONE.test(w[i + 1]?.norm ?? '') && !s.stops[i + 1] && !PRAISE_AFTER.test(w[i + 2]?.norm ?? '') && !forGranted(s, i + 1) && !experienced(s, i)) {
      out.push({ start: i, end: i + 2, subject: subjectOf(s, i) });
    } else if (n === 'nothing' && /^(?:had|has|have|got)$/.test(w[i - 1]?.norm ?? '') && w[i + 1]?.norm === 'to' && w[i + 2]?.norm === 'do' && w[i + 3]?.norm === 'with') {
      // "that had nothing to do with his decision", "it's got nothing to do with me": a link denied.
      out.push({ start: i - 1, end: i + 4, subject: subjectOf(s, i - 1) });
    }
  }
  return out;
}

/** A word that can follow "to" as a verb: not a determiner, pronoun or name ("wrong to say", not "true to the core"). */
const isBareVerb = (norm: string) => !!norm && !/^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|me|him|them|us|you|it|some|any|all|be)$/.test(norm);

/** "had been denied visas", "denied him bail": a refusal, not a denial. A denial takes a claim, a clause or nothing. */
function isRefusal(s: SentenceView, i: number): boolean {
  let b = i - 1;
  while (b >= 0 && /ly$|^(?:twice|also|again|not|never)$/.test(s.words[b].norm)) b--;
  if (b >= 0 && BE.has(s.words[b].norm)) return true;
  const next = s.words[i + 1];
  if (!next || s.stops[i + 1] || /[,;:]/.test(s.marksBefore[i + 1])) return false;
  if (/^(?:him|her|them|us|me|you)$/.test(next.norm)) return true;
  // "denied he was violent": a clause denied, its "that" left out.
  if (/^(?:he|she|they|it|i|we|there)$/.test(next.norm)) return false;
  // "denied knowing …", "denied taking part": a deed denied.
  if (/ing$/.test(next.norm) && next.norm.length > 5) return false;
  // "denied its forces had arrived": a clause whose subject is a noun phrase — a finite verb soon after, before any
  // relative word ("denied visas to people who were …" is a refusal).
  // (Or a verb in the past after a longer subject: "denied last week's riots strongly influenced their choice".)
  for (let k = i + 2; k <= i + 6 && k < s.words.length && !s.stops[k]; k++) {
    if (/^(?:who|which|that|to|and|but|or)$/.test(s.words[k].norm)) break;
    if (k <= i + 4 && /^(?:was|were|is|are|had|has|have|did|would|could|will)$/.test(s.words[k].norm)) return false;
    if (k > i + 2 && hasTag(s.words[k].norm, 'PastTense') && !hasTag(s.words[k].norm, 'Noun', 'Adjective') && !/[,;:]/.test(s.marksBefore[k])) return false;
  }
  return !s.words.slice(i + 1, i + 6).some((x) => CLAIM_NOUNS.has(x.norm));
}

function denialHit(triggers: TextSpan[], source: string | null): Hit {
  const by = source ? ` by ${source}` : '';
  return { category: 'denial', triggers, source, note: `Denial${by} (${quote(triggers)}): check that what is denied is stated fairly and sourced` };
}
