// The rules that make a sentence a claim to check. Each reads one sentence and returns what it found:
// a category, the words that raised it, who the claim rests on and a note for the reason.
// The rules key on the grammar of attribution and hedging in news English — reporting verbs and their
// subjects, "according to", passive hedges, modal verbs, negated complements — not on particular stories.
import { hitSpans, isQuestion, isQuoted, oncePerSentence, quote, wordSpan, type SentenceView } from './claimSentence';
import { TOLL_ABOUT, findAmounts, findFigures } from './claimFigures';
import { ATTRIBUTING, BE_FORMS, PRONOUNS, SAYING, claimsAThing, isSourced, isUnnamedSpeaker, phraseAfter, sourcedAt, subjectOf, type SourcePhrase } from './claimSources';
import { FINITE_AUX, GROUPS, ORG_NOUNS, hasTag, isFirstName, isNewsAgency, isPeoplePlural, isRoleWord, tagsOf } from './lexicon';
import { NEGATORS, all, find, sourceName, type Hit } from './claimMatch';
import { allegation, denial } from './claimAccusations';
import { firstStartingAt } from './peopleLookup';
import { KIN } from './names';
import type { ClaimCategory, TextSpan } from './types';
import type { WordRange } from './phrases';



// ── Unconfirmed: the copy says itself that something is not established.
const UNCONFIRMED = all(
  'no immediate|independent|official? confirmation|comment|verification',
  // (The negation is the point: "could be reached" and "I can confirm" say nothing is missing.)
  'could|can not be independently|immediately|officially? verified|confirmed',
  'cannot|couldn’t|couldn\'t|can\'t|can’t be independently|immediately|officially? verified|confirmed',
  'could|can|did not to? independently|immediately? verify|confirm|corroborate',
  'cannot|couldn\'t|couldn’t|can\'t|can’t|unable|didn\'t|didn’t to? independently|immediately? verify|confirm|corroborate',
  'not yet? been independently|officially|publicly? verified|confirmed|corroborated',
  'unverified|unconfirmed|uncorroborated',
  // "It was not possible to independently verify the incident".
  'not possible to independently? verify|confirm|corroborate|establish',
  // "The Associated Press has not been able to independently verify the woman's claims."
  'not|never been|was|were able to independently? verify|confirm|corroborate',
  'impossible to independently? verify|confirm|corroborate|establish',
  // "The motive is still under investigation", "is yet to be determined".
  'is|are|remains|remain still? under investigation',
  'yet to be determined|confirmed|established|known|verified',
  // "declined to provide any further information", "can not release any information", "wouldn't confirm".
  'declined|refused|declining|refusing to give|provide|offer|release|disclose … details|specifics|information',
  'can|could not release|disclose|reveal|discuss any? further? information|details',
  'cannot|couldn\'t|couldn’t|can\'t|can’t release|disclose|reveal|discuss any? further? information|details',
  'would not confirm|identify|disclose',
  'wouldn\'t|wouldn’t confirm|identify|disclose',
  // "We do not comment on speculation", "The company would not comment": a refusal in other words.
  'do|does|did|would|will not comment',
  'don\'t|don’t|doesn\'t|doesn’t|didn\'t|didn’t|wouldn\'t|wouldn’t|won\'t|won’t comment',
  // "She has not been identified", "the cut, not yet made public", "Bieber made no comments": still to come.
  'has|have|had not|n\'t yet? been identified|named',
  'not yet made public',
  'not yet been? announced|released',
  'made|had|has|have|offered no comment|comments|statement',
  // "The price of the deal couldn't be learned": what the reporter could not find out.
  'could|can not be learned|learnt',
  'couldn\'t|couldn’t|cannot|can\'t|can’t be learned|learnt',
  'no other|further|more details|information were|was|has|have been? provided|released|given|disclosed',
  // "the toll that, if confirmed, would make it the deadliest …": the copy says the figure is not yet confirmed.
  'if confirmed|verified|true|accurate',
  'unclear|uncertain|unsure|unknown whether|if|how|why|what|who|when|where',
  'not immediately? clear|known whether|if|how|why|what|who|when|where',
  // "It wasn't clear how many …", "It's not known at this stage whether …".
  'wasn\'t|wasn’t|isn\'t|isn’t|weren\'t|weren’t|aren\'t|aren’t immediately? clear|known whether|if|how|why|what|who|when|where',
  'not known … whether|if',
  // "No-one from the school was available to comment": the other side not heard, as below.
  'no-one|noone|nobody … available to|for comment',
  'no one … available to|for comment',
  // "… but has not yet received a response", "At the time this article was published, we hadn't heard back."
  'not|hasn\'t|hasn’t|haven\'t|haven’t|hadn\'t|hadn’t yet? received|had|heard a|any? response|reply|back',
  'did|does|has|have|had not immediately? respond|responded|reply|replied|return|returned|comment|commented',
  'didn\'t|didn’t|doesn\'t|doesn’t|hasn\'t|hasn’t|haven\'t|haven’t|hadn\'t|hadn’t immediately? respond|responded|reply|replied|return|returned|comment|commented',
  // "Police could not immediately comment", "… could not immediately be reached for comment".
  'could|can not immediately comment|confirm',
  'couldn\'t|couldn’t|cannot|can\'t|can’t immediately comment|confirm',
  'could|can not|n\'t immediately? be reached|contacted for comment',
  'couldn\'t|couldn’t|cannot|can\'t|can’t immediately? be reached|contacted for comment',
  // "The Houthis did not immediately claim the attack": responsibility not yet taken.
  'did|does|has|have|had not immediately claim|claimed|acknowledge|acknowledged',
  // "Calls and emails to the league were not immediately returned".
  'not|n\'t immediately returned|answered',
  'declined|refused to comment|confirm|say|elaborate|identify|name|specify|speculate|point',
  // "Intel declined comment.": the same refusal without "to".
  'declined|declines|refused|refuses|declining|refusing comment|comments',
  'declined|refused|declining|refusing to give|provide|offer|release further|more|any? details|specifics|information',
  'not|n\'t yet? able to provide|give|offer|confirm an? update|details|figure|estimate',
  'isn\'t|isn’t|aren\'t|aren’t|wasn\'t|wasn’t|weren\'t|weren’t yet? able to provide|give|offer|confirm an? update|details|figure|estimate',
  // "were not immediately released": details still to come, named or not.
  'not|n\'t immediately released|identified|disclosed|known',
  // The same with the negation contracted: "His name wasn’t immediately released."
  'wasn\'t|wasn’t|weren\'t|weren’t|isn\'t|isn’t|aren\'t|aren’t|hasn\'t|hasn’t|haven\'t|haven’t|hadn\'t|hadn’t been? immediately released|identified|disclosed|known',
  // ("The broadcaster has not yet said whether it will do so.")
  'not|n\'t yet? said|say|explained|explain|disclosed|disclose|revealed|reveal|specify|specified|identify|identified why|whether|how|what|when|who|which',
  'reports|accounts|estimates|figures vary|varied|differ|differed|range|ranged|conflict|conflicted',
  'conflicting|differing|contradictory|contrasting reports|accounts|versions',
  // "he told reporters … without confirming which word he used", "without giving any evidence": left unsaid.
  'without confirming|specifying|revealing|disclosing|naming|identifying|saying|explaining which|what|who|whom|how|whether|why|where|when',
  'without giving|providing|offering|divulging|citing|presenting|producing any|further|more? details|evidence|information|proof',
  // "he cannot tell if the man was arrested there", "unable to say whether …": the question left open.
  'cannot|can\'t|can’t|couldn\'t|couldn’t|unable|not to? tell|say|determine|establish|know whether|if',
  // "Officials are unable to say how long the water may remain".
  'cannot|can\'t|can’t|couldn\'t|couldn’t|unable|not to? tell|say|determine|establish how|when|why|where|who',
  'could|can not be reached|contacted',
  'couldn\'t|couldn’t|cannot|can\'t|can’t be reached|contacted',
  // "The Tribune Chronicle was unable to reach Bway leaders for comment".
  'was|were|is|are|been unable to reach|contact',
  'could|did not|n\'t reach|contact … for comment',
  // "Attempts to get comment from the municipality's spokesperson were unsuccessful": the other side not heard.
  'attempts|efforts|calls|messages|emails|requests to|for reach|contact … … were|was|proved|went|have|had been? unsuccessful|unanswered|unreturned|fruitless|futile',
  'attempts|efforts|requests to|for get|obtain|seek comment|comments|response … … were|was|proved|went|have|had been? unsuccessful|unanswered|unreturned|fruitless|futile',
  // "The department was unable to respond by publication": the other side not heard.
  'was|were|is|are|been unable to respond|reply|comment',
  'was|were|is|are|been not|n\'t able to respond|reply|comment',
  'was|were|is|are not|n\'t immediately? available|reachable to|for comment',
  'unavailable|unreachable to|for comment',
  // "Calls to the minister's office were not returned", "Messages left for Smith were not returned".
  'calls|messages|emails|voicemails|requests|inquiries|enquiries to|for|left … were|was|have|has|had been? not|n\'t returned|answered',
  // "The company has not commented publicly", "has yet to comment".
  'has|have|had not|n\'t commented',
  'has|have|had|is|are|was|were yet to comment|respond|confirm',
  // "we have yet to receive a response", "The council has been contacted by the BBC for a response".
  'yet to receive|hear|get a|any response|reply|comment',
  'has|have been contacted|approached … for a? comment|response',
  // "The cause of the fire is not yet known", "The terms were not made public".
  'is|was|are|were|remains|remain|has|have been? not|n\'t yet? known|established|determined',
  // "The cause of the accident was not immediately clear."
  'is|was|are|were|remains|remain not|n\'t immediately|yet clear|known',
  'is|was|are|were|has|have been? not|n\'t made public',
  'tight-lipped|tightlipped about|on|over',
  'not in a|any position to comment|confirm|say|discuss|reveal|disclose|give',
  'too early|soon to say|tell|determine|know|confirm|speculate|judge',
  'awaiting|await|waiting for? the|further|more? details|confirmation|information|clarification|results',
  'declined|refused|declining|refusing today|yesterday|repeatedly? to explain|discuss',
  // "didn't address those questions", "declined to answer further questions": what was asked is left open.
  'did|does|has|have|had not|n\'t address|answer those|these|the|such|further|any|reporters|their? questions',
  'didn\'t|didn’t|doesn\'t|doesn’t|hasn\'t|hasn’t|haven\'t|haven’t|hadn\'t|hadn’t address|answer those|these|the|such|further|any|reporters|their? questions',
  'declined|refused|declining|refusing|failed|failing to address|answer those|these|the|such|further|any|reporters|their? questions',
  // "The motive remains unclear.", "Doubts remain over …".
  'remains|remained|remain|is|was|are|were still? unclear|unknown|unexplained|undetermined',
  'doubts|questions remain|remained|persist|persisted|linger|lingered',
);
/** Verbs of withholding done by someone, the information after them ("have not released the man's name"). */
const WITHHOLDING_VERBS = 'released|disclosed|revealed|named|identified|release|disclose|reveal|name|identify|say|give';
const WITHHOLDING_VERB = new RegExp(`^(?:${WITHHOLDING_VERBS})$`);
// What a story has yet to learn: "details of the deal have not been released", "the cause of the fire has not been
// determined". Checked against the nouns of information below, within the clause.
const WITHHELD = all(
  'has|have|had|was|were|is|are not|n\'t yet? been? released|disclosed|published|determined|established',
  'has|have|had|was|were|is|are not|n\'t yet? been? made public',
  // "Officials have not released the man's name yet": the withholding done by someone, the information after it.
  `has|have|had|did|does not|n't yet? ${WITHHOLDING_VERBS}`,
  'no names|details|information has|have|had|was|were been? released|given|disclosed',
  // "No cause of death has been revealed", "no motive was given".
  'no cause|causes|motive|reason|date … has|have|had|was|were yet? been? released|given|disclosed|revealed|determined|established|announced',
);
// (Names too: labellers of three sets flag "No names have been released" as a fact still to come, one passes over it.)
const INFORMATION = new Set('details cause causes circumstances motive figures results toll number numbers name names identity identities date reason'.split(' '));

/** Whether the subject of the verb at word `v` is someone: a pronoun, a person named, a role ("the MP", "three
 *  councillors"). Past an apposition closing before the verb ("Mr Benton, the MP for Blackpool South, is …") the
 *  subject is the sentence's first phrase. */
function investigatesSomeone(s: SentenceView, v: number): boolean {
  let head = v - 1;
  while (head > 0 && /^(?:still|also|now|currently|already)$/.test(s.words[head].norm)) head--;
  if (head < 0) return false;
  if (/,/.test(s.marksBefore[head + 1])) {
    let k = 0;
    while (k + 1 < head && !/,/.test(s.marksBefore[k + 1])) k++;
    head = k;
  }
  // "The MP for Riverside": the noun before the phrase's preposition.
  for (let k = 1; k < head; k++) if (/^(?:of|for|from|in|at|with)$/.test(s.words[k].norm)) head = k - 1;
  const w = s.words[head];
  const one = w.norm.replace(/(?<=[^s])s$/, '');
  return /^(?:he|she|they|i|we)$/.test(w.norm) || !!s.personAt(w) || /^(?:mr|mrs|ms|miss|dr)$/.test(s.words[head - 1]?.norm ?? '') || isRoleWord(w.norm) || isRoleWord(one);
}

/** "at that time", "at the time", "then" right after word `k`: a past moment the clause is set at. */
function atThatTime(s: SentenceView, k: number): boolean {
  const w = (n: number) => s.words[k + n]?.norm ?? '';
  return w(0) === 'then' || (w(0) === 'at' && /^(?:that|the)$/.test(w(1)) && w(2) === 'time');
}

/** Word `at` stands in a clause that "if" or "unless" opens, within a few words before it. */
function conditional(s: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5) && !s.stops[k + 1]; k--) if (/^(?:if|unless)$/.test(s.words[k].norm)) return true;
  return false;
}

export function unconfirmed(s: SentenceView): Hit[] {
  const found = find(s, UNCONFIRMED, false)
    // "No comment," she said: the speaker's own refusal, in their words, is not the story saying anything is unknown.
    .filter((r) => !(s.words[r.start].norm === 'no' && s.words[r.end - 1].norm === 'comment' && r.end - r.start === 2 && s.quoted[r.start]))
    // "It is not known as a safe area", "not known for its food": a reputation, not an open question.
    .filter((r) => !(s.words[r.end - 1].norm === 'known' && /^(?:as|for)$/.test(s.words[r.end]?.norm ?? '')))
    // "did not respond as comprehensively as it should have", "did not respond adequately": how someone acted, not a
    // reply still awaited.
    .filter((r) => !(/^(?:respond|responded|reply|replied)$/.test(s.words[r.end - 1].norm) && (s.words[r.end]?.norm === 'as' || /^(?!immediately$|publicly$)\w+ly$/.test(s.words[r.end]?.norm ?? ''))))
    // "trains did not return to full service until 4pm": going back somewhere, not a call unreturned.
    // (Nor one that never came back: "Ernest didn't return and Weed was convinced …" — a returned call has an object.)
    .filter((r) => !(/^(?:return|returned)$/.test(s.words[r.end - 1].norm) && (/^(?:to|home|until|after|and|but)$/.test(s.words[r.end]?.norm ?? '') || (!s.words[r.end]?.word && /^d(?:id|oes)/.test(s.words[r.start].norm)))))
    // "Louis did not respond to his father's call or text": someone out of touch, not the story's other side silent.
    .filter((r) => !(/^(?:respond|responded|reply|replied)$/.test(s.words[r.end - 1].norm) && s.words[r.end]?.norm === 'to' && /^(?:his|her|their|my|our)$/.test(s.words[r.end + 1]?.norm ?? '') && KIN.test(s.words[r.end + 2]?.norm.replace(/['’]s?$/, '') ?? '')))
    // "the scope of the policy was unknown at that time": what was not known then, told as history.
    .filter((r) => !(/^(?:was|were)$/.test(s.words[r.start].norm) && atThatTime(s, r.end)))
    // "The motive is under investigation" leaves the motive open; "Three MPs are under investigation" tells of an
    // inquiry into someone, which is no unknown.
    .filter((r) => !(s.words[r.end - 1].norm === 'investigation' && investigatesSomeone(s, r.start)))
    // "If agreement cannot be reached, …", "If you're unsure whether to dive in": a condition, nothing left open.
    .filter((r) => !conditional(s, r.start));
  const withheld = find(s, WITHHELD, false).filter((r) => {
    if (s.words[r.start].norm === 'no') return true;
    for (let k = r.start - 1; k >= Math.max(0, r.start - 10) && !s.stops[k + 1]; k--) if (INFORMATION.has(s.words[k].norm)) return true;
    // Active: what was not released follows ("have not released the man's name").
    if (!WITHHOLDING_VERB.test(s.words[r.end - 1].norm) || /^(?:been|be)$/.test(s.words[r.end - 2]?.norm ?? '')) return false;
    for (let k = r.end; k < Math.min(s.words.length, r.end + 5) && !s.stops[k]; k++) if (INFORMATION.has(s.words[k].norm)) return true;
    return false;
  });
  return [...found, ...withheld].map((r) => {
    const triggers = hitSpans(s, r);
    return { category: 'unconfirmed', triggers, source: null, note: `Says itself that this is not established: ${quote(triggers)}` };
  });
}

// ── Hedged: the writer presents something as likely, believed or expected rather than established.
const HEDGES = all(
  'reportedly|purportedly|supposedly|apparently|ostensibly|seemingly|rumoured|rumored',
  'is|are|was|were|been|be widely|generally|still? believed|thought|said|understood|rumoured|rumored|reported|alleged to',
  // "is thought by some to have originated in India": a belief given to no one in particular.
  'is|are|was|were|been|be thought|believed|said|understood|considered by some|many|others to',
  'is|are|was|were|been|be widely|generally|often|largely|still? seen|regarded|viewed as',
  'is|are|was|were|been|be|being widely|generally|often|largely|still? considered|deemed to|one|among|a|an|the|as',
  'widely|generally believed|thought|seen|regarded|expected|considered|assumed',
  'appears|appeared|seems|seemed to',
  'expected to|next|later|soon|by|in|this|within',
  'likely|unlikely to',
  // "camouflage which likely helped it hide": the adverb before a verb, after its subject.
  'which|that|who|it|they|he|she|and likely|probably',
  // "Many believe the election was rigged", "some fear …": a belief given to no one in particular.
  'many|some|others believe|fear|suspect|think',
  // "police believe he acted alone", "Gardaí believe …" (Ireland's police): investigators' working theory, not a finding.
  'police|gardaí|gardai|investigators|detectives|officers|prosecutors|officials|authorities believe|suspect',
  // "it was claimed the couple were working on it", "it has been confirmed": said by no one named.
  'it is|was|has|had been? claimed|alleged|suggested|rumoured|rumored|confirmed|reported',
  // "The drug has been linked to heart problems": an association, not a cause established.
  'is|are|was|were|has|have|had been linked to',
  'rumours|rumors have|had? circulated|swirled|spread|persisted',
  // The writer's own guess: "which probably helped it hide", "perhaps the largest".
  'probably|presumably|perhaps',
  // "will likely be delayed", "had likely been moved": the adverb after an auxiliary.
  'will|would|has|had|have|is|was|were|are|be|been most? likely',
  // "a man said to be the leader", "the members said to have briefed the press": a reduced passive hedge.
  'said|thought|believed|understood|rumoured|rumored|reported to be|have',
  // ("the bomb, believed to weigh 500kg", "a hoard thought to date from the 7th century".)
  'thought|believed to weigh|number|date|contain|cost|measure|hold|include|involve|stem|originate|belong|come',
  // "It appears the gunman knew him", "which could, it is feared, include …": the writer's guess, impersonal.
  'it appears|appeared|seems|seemed',
  'it is|was|has|had been|now? feared|thought|believed|understood|suspected|expected|anticipated',
  'it\'s|it’s feared|thought|believed|understood|suspected|claimed|alleged|suggested|rumoured|rumored|reported',
  // "there was a possibility she had been seen in Horsham", "there are fears saltwater may be contaminating …".
  'there is|was|are|were|remains|remain a? possibility|fears|fear|suspicions|suspicion that?',
  // "amid speculation about a new conflict", "the leader speculated that they may not take place until May".
  'speculation|speculated|speculates|speculating',
);
// "the rumoured resignation", "a reported sighting": a report the article does not stand behind, made a noun's adjective.
const REPORTED = /^(?:reported|rumoured|rumored|purported|supposed|presumed)$/;
const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her)$/;
/** A company's "reported profit" is what it reported, an accounting term, not a report the article doubts. */
const ACCOUNTS = /^(?:profits?|earnings|revenues?|income|loss|losses|sales|results|figures|earnings|turnover|ebitda|margins?)$/;
const MODALS = new Set(['could', 'might', 'may']);
const PERCEIVED = /^(?:seen|viewed|regarded)$/;
const SCHEDULED = /^(?:happen|occur|begin|start|end|last|finish|conclude|resume|return|arrive|recover|continue|open|reopen|close|run)$/;
/** "is expected to be completed by May", "… to be ready next year": a timetable in the passive. */
const SCHEDULED_STATE = /^(?:completed|finished|ready|open|opened|reopened|closed|operational|delivered|held)$/;
/** "so he could break a tie", "so that it might be heard", "in order that …": a modal in a clause of purpose says what an
 *  action was for, not what will happen. */
function isPurpose(s: SentenceView, modal: number): boolean {
  for (let k = modal - 1; k >= Math.max(0, modal - 6); k--) {
    if (s.stops[k + 1]) return false;
    const next = s.words[k + 1]?.norm ?? '';
    if (s.words[k].norm === 'so' && (next === 'that' || (PRONOUNS.has(next) && k + 2 === modal))) return true;
    // (…or a few words of a subject, no comma before "so": "cleared roads so people could travel", "so any children
    // present could sleep" — not the result in "closed, so drivers could face delays".)
    if (s.words[k].norm === 'so' && !/,/.test(s.marksBefore[k]) && k > 0 && modal - k <= 4 && s.words.slice(k + 1, modal).every((w) => !FINITE_AUX.test(w.norm) && !hasTag(w.norm, 'PastTense', 'PresentTense'))) return true;
    if (s.words[k].norm === 'order' && s.words[k - 1]?.norm === 'in' && next === 'that') return true;
  }
  return false;
}
const GENERIC_SUBJECTS = new Set(['you', 'i', 'we', 'one']);
/** The modal at `modal` closes a relative clause's subject: "which" (or "that" after a noun) and one to three words. */
function objectRelative(s: SentenceView, modal: number): boolean {
  for (let k = modal - 2; k >= Math.max(0, modal - 4); k--) {
    if (s.stops[k + 1] || s.marksBefore[k + 1]) return false;
    const w = s.words[k].norm;
    if (w === 'which' || w === 'whom') return true;
    if (w === 'that') {
      const before = s.words[k - 1];
      return !!before && !s.marksBefore[k] && hasTag(before.norm, 'Noun', 'Singular', 'Plural', 'Uncountable') && !hasTag(before.norm, 'Verb', 'PastTense', 'PresentTense', 'Infinitive');
    }
    if (/^(?:and|but|or|if|when|as|because)$/.test(w) || PRONOUNS.has(w)) return false;
  }
  return false;
}
const WH_WORDS = new Set('which what whether how where who whom when whatever whichever'.split(' '));
const RELATIVES = new Set(['that', 'which', 'who']);
const MENTAL = new Set('recall remember imagine think wonder wish argue say'.split(' '));
const MODAL_SKIP = new Set('also still even well soon eventually further yet then therefore ultimately easily possibly'.split(' '));
const NOT_DYNAMIC = new Set('be not never have been'.split(' '));
/** After a modal, a verb in its base form: not "be"/"have" (states, not forecasts), nor a determiner or noun ("could the"). */
function isBaseVerb(norm: string): boolean {
  if (NOT_DYNAMIC.has(norm) || /n['’]t$/.test(norm) || NOT_VERB.has(norm)) return false;
  return !tagsOf(norm).some((t) => /^(?:Determiner|Pronoun|Preposition|Conjunction|Plural|Possessive|Article|Adverb)$/.test(t));
}
const NOT_VERB = new Set('the a an this that these those his her its their our my your he she it they we i you in on at to of for with by and or but as so'.split(' '));

/** Hedges in the writer's voice; in a sentence put on someone's word ("the report says … appears to") the hedge is theirs. */
export function hedged(s: SentenceView): Hit[] {
  // (A hedge on the attribution itself is the writer's: "intelligence reportedly suggested that …", "Kim reportedly
  // emphasized …", after a quotation too: "“…,” Sheeran's team reportedly wrote.")
  const onAttribution = (k: number) => /^(?:reportedly|purportedly|supposedly|apparently)$/.test(s.words[k]?.norm ?? '') && ATTRIBUTING.has(s.words[k + 1]?.norm ?? '');
  if (isQuoted(s)) {
    const told = find(s, HEDGES, true).filter((r) => onAttribution(r.start)).map((r): Hit => {
      const triggers = hitSpans(s, r);
      return { category: 'hedged', triggers, source: null, note: `Hedged: ${quote(triggers)}: the words are reported second-hand, not heard or seen` };
    });
    return [...told, ...guessedEvents(s)];
  }
  // Sourced as seen from the hedge: a relative clause after it ("fans who had claimed") does not source it.
  const sourced = sourcedAt(s);
  const mine = (h: Hit) => {
    const k = firstStartingAt(s.words, h.triggers[0].start);
    return !sourced(k) || onAttribution(k) || GUESSED.test(s.text.slice(h.triggers[0].start, h.triggers[h.triggers.length - 1].end));
  };
  // (A source's guess at what happened — "may have tested", "had probably obtained" — is still a guess to check; its
  // reason says whose it is not.)
  const voiced = (h: Hit): Hit => (sourced(firstStartingAt(s.words, h.triggers[0].start)) ? { ...h, note: `Hedged: ${quote(h.triggers)} is a guess, not a finding, even on a source's word` } : h);
  const hits: Hit[] = find(s, HEDGES, true)
    // "as expected", "more likely to" (a comparison, not a hedge).
    .filter((r) => !/^(?:as|than|more|less|most|least|much|twice|times|equally)$/.test(s.words[r.start - 1]?.norm ?? ''))
    // "they were seen as kingmakers", "senators who were viewed as undecided": how someone was regarded then, told as
    // history; "is seen as", "has been seen as", "was widely seen as" still weigh a judgement the copy leaves open.
    .filter((r) => !(/^(?:was|were)$/.test(s.words[r.start].norm) && PERCEIVED.test(s.words[r.start + 1]?.norm ?? '') && s.words[r.start + 2]?.norm === 'as'))
    // "perhaps making a costume or baking pancakes", "or perhaps to a pillow fort", "the actor perhaps best known for":
    // inside a sentence, "perhaps" offers one possibility among others or softens a description — none of the labelled
    // sets flags one. Opening the sentence on its own clause, it guesses ("Perhaps people who get flu shots differ").
    .filter((r) => !(s.words[r.start].norm === 'perhaps' && (r.start > 0 || /^(?:to|in|at|for|with|because|not|the|a|an)$/.test(s.words[r.end]?.norm ?? ''))))
    // "which is expected to happen overnight", "is likely to last until 10pm", "is expected to recover", "is not expected
    // to open until next year", "is expected to be completed by May": a timetable or a prognosis, the ordinary course of
    // things, not a judgement the copy hedges.
    .filter((r) => !(/^(?:expected|likely)$/.test(s.words[r.end - 2]?.norm ?? '') && s.words[r.end - 1].norm === 'to' && (SCHEDULED.test(s.words[r.end]?.norm ?? '') || (s.words[r.end]?.norm === 'be' && SCHEDULED_STATE.test(s.words[r.end + 1]?.norm ?? '')))))
    .filter((r) => !pastOrOwnExpectation(s, r))
    .map((r) => {
      const triggers = hitSpans(s, r);
      return { category: 'hedged', triggers, source: null, note: `Hedged: ${quote(triggers)} presents it as likely or believed, not established` };
    });
  const kept = [...hits, ...modalHedges(s), ...reportedNouns(s)].filter(mine).map(voiced);
  // (A speaker's guess at what happened is the speaker's own hedge, and still to be checked: kept when sourced.)
  const found = new Set(kept.map((h) => h.triggers[0].start));
  return kept.concat([...guessedEvents(s), ...believedEvents(s)].filter((h) => !found.has(h.triggers[0].start)));
}

/** "expected to" that forecasts nothing now: an expectation in the past, which the events have overtaken ("the fire
 *  was expected to burn until Thursday", "tests were initially expected to take six weeks", "had been expected to
 *  depart"), someone's own ("he expected to see golfers", "longer than they expected to"), or one with no verb to
 *  assert it ("U.S. pork prices expected to rise", "a report expected to be handed down in December"). Only "is",
 *  "are", "has been", "will be" … expected states one. */
function pastOrOwnExpectation(s: SentenceView, r: WordRange): boolean {
  let k = r.start;
  while (k < r.end && s.words[k].norm !== 'expected') k++;
  if (k === r.end || s.words[k + 1]?.norm !== 'to') return false;
  let b = k - 1;
  while (b >= 0 && /^(?:originally|initially|now|also|still|widely|generally|increasingly|previously|once|not|all|both|first|earlier|already|today|tomorrow|tonight|soon)$/.test(s.words[b].norm) && !s.stops[b + 1]) b--;
  const before = b >= 0 && !s.stops[b + 1] ? s.words[b].norm : '';
  if (/^(?:was|were|had|wasn['’]t|weren['’]t|hadn['’]t)$/.test(before) || (before === 'been' && s.words[b - 1]?.norm === 'had')) return true;
  return !/^(?:is|are|be|being|been|'s|’s|am|isn['’]t|aren['’]t)$/.test(before) && !/['’]s$/.test(s.words[b]?.text ?? '');
}

/** A guess at what has happened, not a forecast or a remedy ("could easily remedy"), a speculation owned as one, or an
 *  expectation ("the bill is expected to pass", "is likely to meet", whoever reports it): kept whoever makes it. */
const GUESSED = /\b(?:could|may|might|must) have\b|\b(?:probably|possibly|apparently|presumably)\b|^likely$|^speculat|\b(?:expected|likely) to\b/i;
const SEEMING = /^(?:appears|appeared|seems|seemed)$/;
/** The verbs that tell what happened: "was waiting", "fled", "had full intent", "has not yet arrived". */
const PAST_AUXILIARY = /^(?:was|were|had|has|have|did|been)$/;
/** "It appears this guy was waiting for us", "it seems that he had fled": a guess at what happened, in anyone's voice
 *  — a police spokesman's as much as the writer's. Not "it seems to be tapering off", "it seems like our plight …"
 *  (a feeling), nor "it seems protest is the only language …", "it seems we should …" (an opinion, a wish): only a
 *  clause whose first verb tells the past. */
function guessedEvents(s: SentenceView): Hit[] {
  const out: Hit[] = [];
  s.words.forEach((w, i) => {
    if (w.norm !== 'it' || !SEEMING.test(s.words[i + 1]?.norm ?? '')) return;
    const k = s.words[i + 2]?.norm === 'that' ? i + 3 : i + 2;
    if (pastVerbOfClause(s, k) < 0) return;
    const triggers = [wordSpan(s, i, i + 2)];
    out.push({ category: 'hedged', triggers, source: s.speaker ?? null, note: `Hedged: ${quote(triggers)} guesses at what happened; it is not established` });
  });
  return out;
}

/** The first verb of the clause starting at word `k` (its subject one to four words), when it tells the past: "the
 *  thieves climbed", "this guy was waiting", "the road had since been cleared"; -1 for a clause that says what is,
 *  should or could be, or one that runs past a comma before any such verb. */
function pastVerbOfClause(s: SentenceView, k: number): number {
  for (let v = k + 1; v < Math.min(s.words.length, k + 5) && !s.stops[v] && !/[,;:]/.test(s.marksBefore[v]); v++) {
    const n = s.words[v].norm;
    if (/^(?:to|like|as|if|is|are|am|should|would|could|can|will|may|might|must|shall)$/.test(n) || /['’](?:s|re|ll|d)$/.test(n)) return -1;
    if (PAST_AUXILIARY.test(n) || (hasTag(n, 'PastTense') && !s.words[v].cap)) return v;
  }
  return -1;
}

/** "Stieber said they believe the thieves climbed a tree", "she believed the road had since been cleared": someone's
 *  belief about what happened — a working theory to check, whoever holds it. Not disbelief ("couldn't believe"), nor a
 *  belief that something should be or is so (an opinion: "believes more has to be done"). (What police or "many"
 *  believe is a HEDGES phrase.) */
function believedEvents(s: SentenceView): Hit[] {
  const out: Hit[] = [];
  s.words.forEach((w, i) => {
    // (Not "suspect": a noun and an adjective too, "the suspects were arrested".)
    if (!/^(?:believe|believes|believed)$/.test(w.norm) || s.quoted[i] || s.stops[i + 1]) return;
    // (A subject before it, not "to believe", "believed to" or a passive "is believed".)
    const before = s.words[i - 1]?.norm ?? '';
    if (!before || /^(?:to|is|are|was|were|be|been|being|widely|generally)$/.test(before) || /^(?:can['’]t|couldn['’]t|cannot|hard|difficult)$/.test(before) || s.words[i + 1]?.norm === 'to') return;
    const k = s.words[i + 1]?.norm === 'that' ? i + 2 : i + 1;
    // (Not what someone could not believe: "what she saw"; nor an obligation: "more has to be done".)
    if (!s.words[k] || s.quoted[k] || WH_WORDS.has(s.words[k].norm)) return;
    const v = pastVerbOfClause(s, k);
    if (v < 0 || (PAST_AUXILIARY.test(s.words[v].norm) && s.words[v + 1]?.norm === 'to')) return;
    const triggers = [wordSpan(s, i, i + 1)];
    out.push({ category: 'hedged', triggers, source: s.speaker ?? null, note: `Hedged: ${quote(triggers)}: what happened is someone's belief, not a finding` });
  });
  return out;
}

/** "the rumoured resignation of the minister": a determiner, a hedging participle, then the noun it hedges. */
function reportedNouns(s: SentenceView): Hit[] {
  const out: Hit[] = [];
  s.words.forEach((w, i) => {
    if (!REPORTED.test(w.norm) || s.quoted[i] || !DETERMINER.test(s.words[i - 1]?.norm ?? '')) return;
    const noun = s.words[i + 1];
    // A noun follows, not a preposition or another function word ("the reported by …" is no phrase).
    if (!noun || s.marksBefore[i + 1] || noun.cap || ACCOUNTS.test(noun.norm) || NOT_VERB.has(noun.norm) || /ly$/.test(noun.norm)) return;
    if (tagsOf(noun.norm).some((t) => /^(?:Preposition|Determiner|Conjunction|Adverb|Pronoun)$/.test(t))) return;
    const triggers = [wordSpan(s, i, i + 2)];
    out.push({ category: 'hedged', triggers, source: null, note: `Hedged: ${quote(triggers)} passes on a report the article does not stand behind` });
  });
  return out;
}

/** Words for a size a figure may turn out to have. */
const SIZE = /^(?:higher|lower|low|high|worse|greater|larger|bigger|smaller|fewer)$/;
/** After "could be", "might be", "may be": a cause guessed at ("might be due to brutal winter weather", "could be linked
 *  to the spill", "may be behind the outage"). */
const CAUSE = /^(?:due|linked|caused|related|connected|behind|responsible|attributed)$/;

/** A past participle ("carried", "been", "taken"), for "may have …". */
const isParticiple = (norm: string) => /(?:ed|en|wn|ne)$/.test(norm) || norm === 'been' || tagsOf(norm).some((t) => t === 'PastTense' || t === 'Participle');
/** The participle of a passive forecast: "could be lost", "could be put down", "might be closed" — not a sense
 *  ("Shouting could be heard", what was perceivable then) nor a word that only ends like one ("could be even better"). */
const isPassiveParticiple = (norm: string) =>
  !/^(?:heard|seen|smelt|smelled|felt|spotted|glimpsed|sensed)$/.test(norm) &&
  (/[^e]ed$/.test(norm) || /^(?:lost|put|cut|hit|shut|set|left|kept|held|built|sold|paid|made|found|sent|spent|brought|bought|caught|won|hurt|spread|shed|split|swept|struck|stuck|sunk|laid|led|taken|given|shown|thrown|torn|broken|stolen|frozen|chosen|driven|written|forgotten|hidden)$/.test(norm));
const CONCERNS = /^(?:concerns?|fears?|worries|worry|grounds|risk)$/;
const MOTIVE = /^(?:over|for|because|due|out|given|on)$/;
/** A modal inside a reason given for someone's action: "over concerns it may …", "for fear that it could …" (but "amid
 *  fears that … may", the writer passing on a mood, is still a hedge). */
function isMotive(s: SentenceView, modal: number): boolean {
  for (let k = modal - 1; k >= Math.max(0, modal - 6); k--) {
    if (s.stops[k + 1]) return false;
    if (CONCERNS.test(s.words[k].norm)) return MOTIVE.test(s.words[k - 1]?.norm ?? '') || (s.words[k - 1]?.norm === 'of' && MOTIVE.test(s.words[k - 2]?.norm ?? ''));
  }
  return false;
}

/** "Traders fear the refurbishment could drive shoppers away", "Trevor Watts fears the market could come to an end": the
 *  content of someone's fear, an opinion told as theirs — not "it is feared", "there are concerns", whose fear no one
 *  owns. */
function someonesFear(s: SentenceView, modal: number): boolean {
  for (let k = modal - 1; k >= Math.max(1, modal - 12); k--) {
    if (s.stops[k + 1]) return false;
    if (!FEARING.test(s.words[k].norm)) continue;
    const before = s.words.slice(Math.max(0, k - 3), k).map((x) => x.norm);
    return !before.some((x) => x === 'it' || x === 'there') && (s.words[k - 1].cap || isPeoplePlural(s.words[k - 1].norm) || isRoleWord(s.words[k - 1].norm) || PRONOUNS.has(s.words[k - 1].norm) || s.personAt(s.words[k - 1]) !== null);
  }
  return false;
}
const FEARING = /^(?:fear|fears|feared|worry|worries|worried)$/;

/** "North Korea could have tested a new missile", "the grenade could have come from …": a guess at what happened. Said of
 *  a person ("Oliver could have given the penalty", "we could have won"), with a condition ("could have been avoided
 *  if …") or set against what was done ("could have signed him but chose not to") it is what might have been. */
function couldHaveGuess(s: SentenceView, modal: number): boolean {
  const before = s.words[modal - 1];
  if (!before || /^(?:i|we|you|he|she|they)$/.test(before.norm) || s.personAt(before)) return false;
  return !s.words.slice(modal + 2).some((x) => x.norm === 'if' || x.norm === 'but');
}
/** A time in the past the sentence names: "in the past", "back then", "in those days", "in the 1960s", "years ago". */
const setInPast = oncePerSentence((s) =>
  s.words.some((x, k) => {
    const next = s.words[k + 1]?.norm ?? '';
    const after = s.words[k + 2]?.norm ?? '';
    if (x.norm === 'in' && ((next === 'the' && (after === 'past' || /^1\d\d0s$/.test(after))) || (next === 'those' && after === 'days'))) return true;
    return (x.norm === 'back' && next === 'then') || (/^(?:years|decades|centuries)$/.test(x.norm) && next === 'ago');
  }),
);
const ABILITY_BEFORE = new Set(['nothing', 'little', 'anything', 'everything', 'until', 'till', 'before']);
/** "could bolster", "might provide": an unattributed forecast in the writer's voice. "may" before a plain verb, negated and
 *  quoted modals are not. */
function modalHedges(s: SentenceView): Hit[] {
  const out: Hit[] = [];
  // "How could the foundation …?" asks; it does not forecast.
  if (/\?["”’)]*\s*$/.test(s.text.slice(s.start, s.end))) return out;
  // The last ", but" of the sentence, found once.
  let lastBut = -1;
  s.words.forEach((x, k) => {
    if (x.norm === 'but' && /,/.test(s.marksBefore[k])) lastBut = k;
  });
  s.words.forEach((w, i) => {
    if (!MODALS.has(w.text) || s.quoted[i]) return;
    let v = i + 1;
    while (v < s.words.length && (MODAL_SKIP.has(s.words[v].norm) || /ly$/.test(s.words[v].norm))) v++;
    let verb = s.words[v];
    // "could be the officer who led the inquiry", "may have carried the wreck out": speculation about what is or was.
    // ("may be a good place to start", "could have signed him", "than they might have hoped": advice, what might have been
    // and comparisons are left alone.)
    const speculative =
      !!verb &&
      !s.marksBefore[v] &&
      ((verb.norm === 'be' && w.text !== 'may' && /^(?:the|a|an)$/.test(s.words[v + 1]?.norm ?? '')) ||
        // "those figures could be low", "the toll may be higher": a guess at a size.
        (verb.norm === 'be' && CAUSE.test(s.words[v + 1]?.norm ?? '')) ||
        // "Up to 24 homes could be lost", "The dog could also be put down": a passive forecast.
        (verb.norm === 'be' && w.text !== 'may' && isPassiveParticiple(s.words[v + 1]?.norm ?? '')) ||
        (verb.norm === 'be' && SIZE.test(s.words[/^(?:much|far|even|considerably|significantly)$/.test(s.words[v + 1]?.norm ?? '') ? v + 2 : v + 1]?.norm ?? '')) ||
        (verb.norm === 'have' && (w.text !== 'could' || couldHaveGuess(s, i)) && isParticiple(s.words[v + 1]?.norm ?? '') && !s.words.slice(Math.max(0, i - 4), i).some((x) => x.norm === 'as' || x.norm === 'than')));
    if (speculative && verb.norm === 'have') verb = s.words[++v];
    // "the pier could have to close", "they might have to close": a forecast of what will be forced (5 of 6 on the
    // read batches were flagged by annotators; "may have to" 1 of 4, a worry more often: "fears the sanctuary may have
    // to close").
    const forced = !speculative && w.text !== 'may' && verb?.norm === 'have' && s.words[v + 1]?.norm === 'to' && !s.marksBefore[v + 1] && isBaseVerb(s.words[v + 2]?.norm ?? '');
    if (forced) verb = s.words[(v += 2)];
    if (!verb || (!speculative && !isBaseVerb(verb.norm)) || verb.cap || s.marksBefore[v]) return;
    // "It may sound like a revolution", "Others may simply abandon …", "This may include …": "may" before a plain verb
    // grants a possibility or a permission far more often than it forecasts (2 of 16 on the read batches were flagged).
    if (w.text === 'may' && !speculative) return;
    // "could only stand by", "could then smell their queen": what someone was able to do, told as it happened; so in a
    // sentence set in the past ("In the 1960s visitors could relax …", "In the past it could take 30 minutes").
    if (/^(?:only|then|barely|hardly|scarcely)$/.test(s.words[i + 1]?.norm ?? '') || (w.text === 'could' && setInPast(s))) return;
    // "over concerns it may compromise the trial": the content of someone's worry, given as their reason.
    // (A fear of what will happen is an opinion; one of what did, "divers fear the current may have carried it", a guess.)
    if (isMotive(s, i) || isPurpose(s, i) || (!speculative && someonesFear(s, i))) return;
    if (s.words.slice(Math.max(0, i - 4), i).some((x) => NEGATORS.has(x.norm) || x.norm === 'if')) return;
    // (Negated after the modal too: "could no longer share", "may never know".)
    if (s.words.slice(i + 1, v + 1).some((x) => NEGATORS.has(x.norm))) return;
    // "a creek that firefighters could dam up", "a system which the radio station could use": a relative clause with its
    // own subject describes something; it forecasts nothing.
    if (objectRelative(s, i)) return;
    // "there was nothing the company could do", "until they could catch a later boat": what someone was able to do, or
    // a time it waits for, not a forecast.
    if (s.words.slice(Math.max(0, i - 4), i).some((x) => ABILITY_BEFORE.has(x.norm))) return;
    // "The year might have started on a good note, but …": a concession granted, then set aside.
    if (w.text !== 'could' && lastBut > v) return;
    // Not a claim about the world: generic "you could get", questions put indirectly ("which states he could win"),
    // and relative clauses describing something ("a force that could transfix voters").
    // (", which may have contributed to …": a clause on the whole event before it guesses at a cause, still a hedge.)
    const onTheEvent = speculative && s.words[i - 1]?.norm === 'which' && /,/.test(s.marksBefore[i - 1]);
    // ("Anyone with information could call police": a generic subject's noun may come between.)
    const anyone = s.words.slice(Math.max(0, i - 4), i).some((x) => x.norm === 'anyone' || x.norm === 'anybody');
    if (anyone || GENERIC_SUBJECTS.has(s.words[i - 1]?.norm ?? '') || (!onTheEvent && s.words.slice(Math.max(0, i - 3), i).some((x) => WH_WORDS.has(x.norm)))) return;
    if ((i > 1 && RELATIVES.has(s.words[i - 1].norm) && !onTheEvent) || MENTAL.has(verb.norm)) return;
    const triggers = v === i + 1 ? [wordSpan(s, i, v + 1)] : [wordSpan(s, i, i + 1), wordSpan(s, v, v + 1)];
    const what = speculative ? 'speculation' : 'a forecast';
    out.push({ category: 'hedged', triggers, source: null, note: `Hedged: ${quote(triggers)} is ${what} in the writer's voice, with no one named for it` });
  });
  return out;
}

// ── Sources: who the sentence rests on — one named source, an unnamed one, or state media.
const ANONYMITY = all(
  'on condition of anonymity',
  'declined|asked|refused not? to be named|identified',
  'did|does not want|wish to be named|identified',
  "didn't|didn’t|doesn't|doesn’t want|wish to be named|identified",
  'speaking|spoke anonymously|privately',
  // "Some MPs were privately critical of the leader", "ministers privately admit …": views the copy has off the record.
  'privately critical|furious|angry|scathing|dismissive|unhappy|sceptical|skeptical|concerned|worried|admit|admits|admitted|concede|concedes|conceded|acknowledge|acknowledges|acknowledged|complain|complains|complained|warned|warn|warns',
  // (A few words may qualify the matter: "familiar with the ceasefire talks", "briefed on the Egyptian proposal's terms".)
  'familiar with the|their|his|her? … matter|situation|plans|talks|discussions|case|negotiations|thinking|deliberations|investigation|process',
  // "An official briefed on the matter said": told of it off the record.
  'briefed on the|their|his|her? … matter|situation|plans|talks|discussions|case|negotiations|thinking|deliberations|investigation|process',
  // "sources who attended his briefing said": sources the copy describes but does not name.
  'sources who',
  // "the person, who requested anonymity, said", "people close to the situation".
  'requested|sought|demanded|granted|given|asked|requesting|seeking anonymity',
  // "former employees, who wish to remain anonymous, spoke to Radio-Canada".
  'wish|wished|wishes|want|wanted|wants|asked|chose|preferred to remain|stay anonymous|unnamed',
  // "It's said the complaints are related to …": hearsay with no one behind it.
  'it\'s|it’s said|understood that?',
  'it is|was now? said|understood that',
  // "It is learnt that the meeting took a decision", "it is reliably learnt": the same, as Indian English writes it.
  'it is|was reliably? learnt|learned that',
  'person|persons|people|source|sources|someone|insiders close to the|their|his|her|its? matter|situation|plans|talks|discussions|case|negotiations|thinking|deliberations|investigation|process|deal|decision|company|family|board|talks',
);

// Hearsay: the speaker passes on what someone unnamed told them ("– we are told –", "I've been told that …").
// (In the present only: "I was told", "we were told that …" tell an anecdote of what happened, not a source for a fact.)
const HEARSAY = all('i|we am|are told|informed', "i|we have|'ve|’ve been told|informed", "i'm|i’m|we're|we’re told|informed", "i've|i’ve|we've|we’ve been told|informed");

/** What follows "told" when no one passes anything on: an instruction ("to leave"), the teller ("by police"), a topic. */
const NOT_TOLD_CLAUSE = /^(?:to|by|about|of|off|so|me|him|her|them|us|you|it|nothing|everything|what|how|why|where|when|repeatedly|again|later|yesterday|today|on|in|at|before|after|during)$/;
const ACCORDING_TO = all('according to');
/** Verbatim records of what was said: a transcript, a recording, minutes. What they hold is no one's account of it. */
const RECORDS = new Set('transcript transcripts recording recordings minutes'.split(' '));
// (Published figures too: "according to figures from the Department of Justice", "according to an annual survey".)
const PUBLISHED = new Set('statement statements notice notices gazette study studies research paper data figures statistics stats survey surveys findings analysis census poll polls'.split(' '));
const SEEN_BY = all('seen|obtained|reviewed by');
/** What an outlet sees or obtains that others have not: a paper, a message, a recording ("a leaked letter seen by",
 *  "papers for the meeting, seen by") — not a place or a person ("can be seen by visitors", "was last seen by his wife"). */
const PAPERS = /^(?:letters?|documents?|docs|emails?|e-mails?|memos?|memorandums?|memoranda|papers?|reports?|files?|records?|data|figures|plans?|drafts?|contracts?|texts?|messages?|posts?|notes?|correspondence|information|footage|videos?|images?|photos?|photographs?|analysis|briefings?|assessments?|dossiers?|submissions?|minutes|accounts|invoices?|receipts?|statements?|leaks?|copy|copies|guidance|proposals?|bids?|budgets?|audits?|reviews?|findings|details|list|lists|logs?|transcripts?|recordings?)$/;
/** Whether the clause before word `at` names a paper (within six words: "A leaked internal letter", "papers for the
 *  meeting,"). */
function paperBefore(s: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    if (PAPERS.test(s.words[k].norm)) return true;
    if (s.stops[k]) break;
  }
  return false;
}
const LEARNED_OR_LEAKED = all('has|have|had learned|learnt', 'can|could reveal|disclose', 'leaked');
// The outlet's own sourcing, counted but not named ("confirmed from several sources").
const FROM_SOURCES = all('from|with|by several|multiple|various|many|numerous|two|three|other sources');
const CITING = all('citing');
// A news report the copy rests on: "Reuters reported that …", "it was reported that …", "some reports said …".
const NEWS_REPORTS = all(
  'reported that',
  'it was|had|has been? reported that',
  'reports said|say|says|suggest|suggested|claimed|claim',
  // "There were reports of gunfire", "there have been unconfirmed reports that …": reports no one is named for.
  'there are|were|have|had been? multiple|several|many|numerous|unconfirmed? reports|rumours|rumors of|that',
  // "amid reports that a number of producers will announce cuts": the same, as the story's backdrop.
  'amid|following unconfirmed? reports|rumours|rumors of|that',
);

/** A bare common noun in the singular after "according to" ("plan", "schedule", "need"): no one who could say it. */
function isManner(s: SentenceView, at: number): boolean {
  const w = s.words[at];
  if (!w || w.cap || s.quoted[at] !== s.quoted[at - 1] || /s$/.test(w.norm) || /\d/.test(w.norm)) return false;
  if (INVESTIGATORS.test(w.norm) || isRoleWord(w.norm) || GROUPS.has(w.norm) || ORG_NOUNS.has(w.norm) || PRONOUNS.has(w.norm)) return false;
  if (hasTag(w.norm, 'Determiner', 'Pronoun', 'Possessive', 'Adjective', 'Value', 'Actor')) return false;
  // (The noun alone: "according to plan." — not "according to staff members".)
  const next = s.words[at + 1];
  return !next || isStopOrComma(s, at + 1) || /^(?:and|or|but|if|as|so|with|rather|than|which|while|when)$/.test(next.norm);
}
const isStopOrComma = (s: SentenceView, k: number) => s.stops[k] || /[,–—()]/.test(s.marksBefore[k]);

/** Two sources joined in the phrase after "according to": "both … and …", or a name and others ("X and other
 *  analysts", "X and the Y"). */
function severalSources(s: SentenceView, from: number, to: number): boolean {
  if (s.words[from].norm === 'both') return true;
  for (let k = from + 1; k < to - 1; k++) {
    if (s.words[k].norm !== 'and') continue;
    // ("the Department of Health and Social Care" is one body: its name goes on, capitalised, after "and".)
    const after = s.words[k + 1];
    if (/^(?:other|others|the|a|an|several|two|three)$/.test(after.norm) && !after.cap) return true;
  }
  return false;
}

/** Whether a published record at the head of `p` comes from a body its name gives, other than a public body or police
 *  ("figures from the British Beer and Pub Association", "a survey from legal data compiler Sweet & Maxwell"). */
function namedPublisher(s: SentenceView, p: SourcePhrase): boolean {
  for (let k = p.head + 1; k < p.to - 1; k++) {
    if (!/^(?:from|by|of)$/.test(s.words[k].norm)) continue;
    const owner = s.words.slice(k + 1, p.to);
    return owner.some((w) => w.cap) && !owner.some((w) => PUBLIC_BODIES.test(w.norm) || /^(?:police|government|council|nhs|parliament|court|courts)$/.test(w.norm));
  }
  return false;
}

/** A published record ("a statement", "the study") opening the phrase from `from`, before a participle of publishing. */
function publishedBefore(s: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    if (s.words[k].cap && k !== 0) return false;
    if (PUBLISHED.has(s.words[k].norm)) return /^(?:released|issued|published|posted|put)$/.test(s.words[k + 1]?.norm ?? '');
  }
  return false;
}

export function sources(s: SentenceView): Hit[] {
  return sourceHits(s).filter((h) => !unnamedInOwnWords(s, h));
}

/** "“People say they find their tribe here”", "“Experts predict that will grow”": unnamed people whom a quoted speaker
 *  brings up in their own words are the speaker's account, not the copy's source — but one unnamed informant is
 *  still one ("“Someone emailed me earlier today …”"). */
function unnamedInOwnWords(s: SentenceView, h: Hit): boolean {
  const sp = s.quotedBy;
  if (!sp || isUnnamedSpeaker(sp.text, sp.personId) || h.category !== 'anonymous' || h.note !== anonymousHit(h.triggers).note) return false;
  // (One informant: "someone", "a police officer", "one neighbour".)
  return h.triggers.every((t) => s.inQuote(t.start) && !/^(?:some(?:one|body)|an?|one)\b/i.test(t.text));
}

function sourceHits(s: SentenceView): Hit[] {
  const hits: Hit[] = [];
  const writer = !isQuoted(s);
  for (const r of find(s, ACCORDING_TO, true)) {
    // "if everything goes according to plan", "seats allocated according to need": a manner, no one's word.
    if (isManner(s, r.end)) continue;
    const p = phraseAfter(s, r.end);
    // "according to both the ALA and the YMCA", "according to Reynolds and other analysts": more than one source.
    if (p && !p.anonymous && severalSources(s, r.end, p.to)) continue;
    // "according to a transcript of the call": the record of what was said, not someone's word for it.
    if (p && RECORDS.has(s.words[p.head].norm)) continue;
    // "according to a statement from the sheriff's office", "according to official figures": a public body's words or
    // research put out for anyone to check, as "said in a statement" is — not a record a named body or firm gives out
    // ("figures from the British Beer and Pub Association"), nor one under a name ("FactSet data"): that body is the
    // one source.
    if (p && PUBLISHED.has(s.words[p.head].norm) && !p.anonymous && !s.words.slice(p.from, p.head).some((w) => w.cap) && !namedPublisher(s, p)) continue;
    // ("according to a statement released by his family": the statement, before its participle, is the head.)
    if (p && !p.anonymous && publishedBefore(s, p.from, p.to)) continue;
    // "according to the Department for Transport", "according to USDA estimates": a public body's record or its
    // figures, as routine as a statement (not a news agency or service: "the Reuters news service"; nor police, whose
    // account of an incident is one side's, as after "said").
    if (p && isPublicRecord(s, p)) continue;
    // "according to agronomist Max Ridley", "according to Tourism Secretary Rani George": a person named on the record
    // is the attribution news is made of — the labellers of every later set passed these over (GUM's flag one, where
    // the other side disputes the account).
    // (The person may close a title: "according to Afghan Ambassador to the United States Hamdullah Mohib".)
    if (p && !p.anonymous && !p.pronoun && (s.personAt(s.words[p.head]) || s.personAt(s.words[p.to - 1]))) continue;
    // A body named by its name, or its statement or study ("according to the British Beer and Pub Association",
    // "according to a statement from Chicago Police"), is still one party's word for a figure or an event: the
    // labellers of the later sets flag about half of these, and a copy editor checks them against the body's own page.
    if (p) hits.push(sourceHit(p, p.anonymous ? [...hitSpans(s, r), wordSpan(s, p.from, p.head + 1)] : hitSpans(s, r)));
  }
  for (const r of find(s, SEEN_BY, true)) {
    if (RECORDS.has(s.words[r.start - 1]?.norm ?? '') || !paperBefore(s, r.start)) continue;
    const p = phraseAfter(s, r.end);
    if (p && !p.anonymous) hits.push({ category: 'single-source', triggers: hitSpans(s, r), source: sourceName(p), note: `Rests on a document ${s.words[r.start].norm} only by ${p.text}` });
  }
  if (writer) {
    for (const r of find(s, LEARNED_OR_LEAKED, true)) {
      const learned = s.words[r.start].norm !== 'leaked';
      const p = learned ? subjectOf(s, r.start) : null;
      // "failings he has learned about": a person's own learning, not an outlet's sourcing.
      if (learned && (/^(?:about|of|to|from|how|what|why)$/.test(s.words[r.end]?.norm ?? '') || (p?.pronoun && !/^(?:we|it)$/.test(s.words[p.head].norm)))) continue;
      const triggers = hitSpans(s, r);
      hits.push({
        category: 'single-source',
        triggers,
        source: sourceName(p),
        note: learned ? `Rests on ${p?.text ?? 'the outlet'}'s own unnamed sourcing (${quote(triggers)})` : `Rests on a leaked document (${quote(triggers)}): check it is genuine and who else has seen it`,
      });
    }
  }
  // "which the Herald understands has gone through …", "the paper understands that …": an outlet's own unnamed sourcing.
  if (writer) {
    s.words.forEach((w, i) => {
      if (!/^understands?$/.test(w.norm) || s.quoted[i] || !/^(?:that|has|have|had|is|are|was|were|will|would)$/.test(s.words[i + 1]?.norm ?? '')) return;
      const p = subjectOf(s, i);
      // A name that is no person's ("the Courier"), an outlet's word ("the paper"), or the outlet as "we".
      const by = s.words[p?.head ?? 0];
      if (!p || p.anonymous || s.personAt(by) || !((by.cap && !p.pronoun) || OUTLET_HEADS.has(by.norm) || by.norm === 'we')) return;
      const triggers = [wordSpan(s, p.from, p.head + 1), wordSpan(s, i, i + 1)];
      hits.push({ category: 'single-source', triggers, source: sourceName(p), note: `Rests on ${p.text}'s own unnamed sourcing (${quote(triggers)})` });
    });
  }
  s.words.forEach((w, i) => {
    if (!ATTRIBUTING.has(w.norm) || (s.quoted[i] && writer) || claimsAThing(s, i)) return;
    // A bare form opening the sentence is a noun or an order, no one's word: "State officials are working …".
    if (i === 0 && CUE_LEMMA_FORM.test(w.norm)) return;
    // …and so is one after an article, an adjective or a noun in the singular: "a bitter dispute", "hedge dispute".
    const prev = s.words[i - 1];
    if (CUE_LEMMA_FORM.test(w.norm) && prev && !s.marksBefore[i] && !prev.cap && (/^(?:a|an|the|this|that|its|his|her|their|our|any|no|every)$/.test(prev.norm) || (hasTag(prev.norm, 'Adjective', 'Singular') && !/s$/.test(prev.norm)))) return;
    // "the officials were instructed to fix the potholes", "residents were advised …": the subject of a passive verb
    // of telling is the one told, no source.
    // ("Structural experts were called in": summoned, not quoted.)
    if (/^(?:told|instructed|advised|informed|asked|urged|warned|reminded|assured|called)$/.test(w.norm) && /^(?:is|are|was|were|be|been|being)$/.test(s.words[i - 1]?.norm ?? '')) return;
    // (…and so in a headline with the verb "be" left out: "People told to leave as practice stops taking patients".)
    if (/^(?:told|instructed|advised|asked|urged)$/.test(w.norm) && s.words[i + 1]?.norm === 'to' && !s.marksBefore[i + 1]) return;
    // "officials recommend downloading the app", "police urged drivers to stay home": advice, which asserts nothing.
    if (DIRECTIVE.test(w.norm) || isAppeal(s, i)) return;
    // "Some people call it the “Habiber Bhanga Bridge”": a name given, nothing asserted.
    if (/^(?:call|calls|called)$/.test(w.norm) && /^(?:it|them|this)$/.test(s.words[i + 1]?.norm ?? '') && (s.words[i + 2]?.cap || s.quoted[i + 2] || (s.words[i + 2]?.norm === 'the' && s.words[i + 3]?.cap))) return;
    let p = subjectOf(s, i);
    // "Officials have raised the toll – they say …": "they" is the unnamed group the sentence opened with.
    if (p?.pronoun && s.words[p.from].norm === 'they' && p.from > 0) {
      const opening = phraseAfter(s, 0);
      if (opening?.anonymous) p = { ...opening, from: p.from, to: p.to, head: p.head };
    }
    // "officers fired", "a judge found": people described by their post are a source only of what they say.
    if (p?.described && (!SAYING.has(w.norm) || /ing$/.test(w.norm))) return;
    // "has anyone told the Tory party?": a question, no one cited.
    const asked = !!p && isAsked(s, p);
    // "there's always somebody saying …": anyone at all, brought in by "there is", no source.
    if (p && SOMEONE_WORDS.test(s.words[p.head].norm) && isExistential(s, p.from, p.head)) return;
    // "restrictions which limit what the media can report": what may be said, in a clause that is an object, cites no one.
    if (p && p.from < i && s.words.slice(Math.max(0, p.from - 1), p.head).some((x) => /^(?:what|whatever|how|whether)$/.test(x.norm))) return;
    if (p?.anonymous && !asked && !inStatement(s, i)) hits.push(sourceHit(p, [wordSpan(s, p.from, p.head + 1), wordSpan(s, i, i + 1)]));
    else if (p?.stateMedia && writer) hits.push(sourceHit(p, [wordSpan(s, i, i + 1)]));
    else if (p && writer && !asked && isOutlet(s, p, i)) {
      const triggers = [wordSpan(s, p.from, p.head + 1), wordSpan(s, i, i + 1)];
      hits.push({ category: 'single-source', triggers, source: sourceName(p), note: `Rests on ${p.text}'s report alone (${quote(triggers)}): confirm it independently or say it could not be` });
    }
  });
  if (writer) hits.push(...unnamedAnyVerb(s));
  for (const r of find(s, FROM_SOURCES, true)) {
    const triggers = hitSpans(s, r);
    hits.push({ category: 'anonymous', triggers, source: null, note: `Rests on sources counted but not named (${quote(triggers)}): ask who, and how they know` });
  }
  if (writer) {
    for (const r of find(s, NEWS_REPORTS, true)) {
      const triggers = hitSpans(s, r);
      const outlet = s.words[r.start].norm === 'reported' ? subjectOf(s, r.start) : null;
      // A reporter's own dispatch ("our correspondent Jane Doe reported that …") is the story, not a report it rests on.
      const reporter = !!outlet && s.words.slice(outlet.from, outlet.to).some((w) => isFirstName(w.norm) || isRoleWord(w.norm));
      if (reporter) continue;
      if (outlet && outlet.name && !outlet.anonymous && !outlet.pronoun) {
        hits.push({ category: 'single-source', triggers, source: sourceName(outlet), note: `Rests on ${outlet.text}'s report alone (${quote(triggers)}): confirm it independently or say it could not be` });
      } else if (!outlet || outlet.anonymous || s.words[outlet.head]?.norm === 'it') {
        hits.push({ category: 'anonymous', triggers, source: null, note: `Rests on reports no one is named for (${quote(triggers)}): say whose, or confirm it` });
      }
    }
  }
  for (const r of find(s, CITING, true)) {
    const p = phraseAfter(s, r.end);
    if (p?.anonymous) hits.push(sourceHit(p, hitSpans(s, r)));
  }
  hits.push(...unnamedAgents(s));
  for (const r of find(s, HEARSAY, false)) {
    // "we were told to leave", "I was told by the police": an instruction, or a named source.
    const next = s.words[r.end];
    // A clause with no "that" is hearsay too ("I'm told there were no parties").
    // ("we were told it had to do with drugs": "it" opening the clause, a verb after it.)
    const clause = next?.norm === 'it' && /^(?:had|has|was|is|would|will|could|might|may)$/.test(s.words[r.end + 1]?.norm ?? '');
    if (next && !s.marksBefore[r.end] && NOT_TOLD_CLAUSE.test(next.norm) && !clause) continue;
    const triggers = hitSpans(s, r);
    hits.push({ category: 'anonymous', triggers, source: null, note: `Hearsay (${quote(triggers)}): the speaker passes on what someone unnamed told them; ask who` });
  }
  // Every sentence of a quotation whose speaker the article leaves unnamed ("…,” a senior customs officer told the paper).
  const sp = s.speakerMention;
  if (sp && isUnnamedSpeaker(sp.text, sp.personId) && !hits.some((h) => h.category === 'anonymous')) {
    const who = { start: sp.start, end: sp.end, text: s.text.slice(sp.start, sp.end) };
    // The trigger lies in the sentence: the speaker when named here, else the quotation's opening words.
    const inside = sp.start >= s.start && sp.end <= s.end;
    const first = s.quoted.indexOf(true);
    const triggers = inside ? [who] : first >= 0 ? [wordSpan(s, first, Math.min(s.words.length, first + 3))] : [];
    if (triggers.length) hits.push({ category: 'anonymous', triggers, source: null, note: `Quotes an unnamed speaker (${quote([who])}): ask who, and how they know` });
  }
  for (const r of find(s, ANONYMITY, false)) {
    const triggers = hitSpans(s, r);
    hits.push({ category: 'anonymous', triggers, source: null, note: `Rests on an unnamed source (${quote(triggers)}): ask who, and how they know` });
  }
  return hits;
}

const SOMEONE_WORDS = /^(?:someone|somebody|anyone|anybody|people)$/;

/** Words said, or judged, by unnamed people named after the verb: "dismissed as a stunt by industry insiders", "I got
 *  told by a police officer", "TMZ.com cited a source as saying", "Amnesty quoted a 70-year-old detainee as saying". */
function unnamedAgents(s: SentenceView): Hit[] {
  const out: Hit[] = [];
  s.words.forEach((w, i) => {
    if (s.quoted[i] && !isQuoted(s)) return;
    if (w.norm === 'by') {
      // The participle a few words back, after "was", "got", "been": a passive of saying or judging.
      for (let k = i - 1; k >= Math.max(1, i - 5) && !s.stops[k + 1]; k--) {
        if (!PASSIVE_SAYING.test(s.words[k].norm)) continue;
        if (!/^(?:is|are|was|were|be|been|being|got|get|gets)$/.test(s.words[k - 1].norm) && !/[,–—-]/.test(s.marksBefore[k])) return;
        const p = phraseAfter(s, i + 1);
        // ("condemned by the NFU and others": a body named, with others.)
        if (p?.anonymous && !s.words.slice(p.from, p.to).some((x) => x.cap)) out.push(sourceHit(p, [wordSpan(s, k, k + 1), wordSpan(s, i, p.head + 1)]));
        return;
      }
      return;
    }
    if (!/^(?:quoted|cited|quotes|cites|quoting)$/.test(w.norm)) return;
    const p = phraseAfter(s, i + 1);
    if (!p?.anonymous) return;
    // "as saying" right after the phrase or past a relative clause on it ("refugees who fled into Nigeria as saying").
    for (let k = p.to; k < Math.min(s.words.length - 1, p.to + 8) && !s.stops[k]; k++) {
      if (s.words[k].norm === 'as' && /^(?:saying|describing|telling|stating)$/.test(s.words[k + 1].norm)) {
        out.push(sourceHit(p, [wordSpan(s, i, i + 1), wordSpan(s, p.from, p.head + 1), wordSpan(s, k, k + 2)]));
        return;
      }
    }
  });
  return out;
}
const PASSIVE_SAYING = /^(?:told|informed|described|dismissed|called|branded|labelled|labeled|criticised|criticized|condemned|quoted|cited|warned|advised|accused)$/;
/** "there's (always) somebody", "there are people": an existential "there" before the head, in the phrase or just before it. */
function isExistential(s: SentenceView, from: number, head: number): boolean {
  for (let k = Math.max(0, from - 2); k < head; k++) {
    const n = s.words[k].norm;
    if (/^there['’](?:s|re)$/.test(n) || (n === 'there' && /^(?:is|are|was|were|will)$/.test(s.words[k + 1]?.norm ?? ''))) return true;
  }
  return false;
}

/** Words for a news outlet at the head of a source ("Yonhap news agency", "the Daily Mail newspaper"). */
const OUTLET_HEADS = new Set('newspaper newspapers broadcaster tabloid daily outlet network channel magazine website'.split(' '));
const NEWS_AGENCY = /^(?:news|press|wire)$/;
const PAST_REPORTING = /^(?:said|reported|wrote|quoted|added)$/;
/** A named news outlet as the one source of what the sentence says: "…, Yonhap news agency said today", "…, CNBC
 *  reported earlier on Thursday" (a named subject, no person, "reported" with nothing after it but the time). */
function isOutlet(s: SentenceView, p: SourcePhrase, v: number): boolean {
  if (p.pronoun || s.personAt(s.words[p.head]) || !s.words.slice(p.from, p.head + 1).some((w) => w.cap && w !== s.words[0])) return false;
  // In the present ("…, Ukrinform news agency reports") agency copy signs its own dispatch; a past "said"/"reported"
  // cites what another outlet put out.
  if (!PAST_REPORTING.test(s.words[v].norm)) return false;
  const head = s.words[p.head].norm;
  if (OUTLET_HEADS.has(head) || (head === 'agency' && NEWS_AGENCY.test(s.words[p.head - 1]?.norm ?? ''))) return true;
  // "…, Reuters said": a wire agency named alone is the outlet cited.
  if (p.from === p.head && isNewsAgency(head)) return true;
  if (s.words[v].norm !== 'reported' || p.from > v || !s.words[p.head].cap) return false;
  // Inverted or closing the sentence: ", CNBC reported earlier on Thursday." — what was reported came before.
  const rest = s.words.slice(v + 1);
  return /,/.test(s.marksBefore[p.from]) && rest.every((w) => TIME_WORDS.test(w.norm) || w.cap);
}
const TIME_WORDS = /^(?:on|earlier|later|today|yesterday|tonight|overnight|late|this|last|week|month|morning|afternoon|evening|night|in|a|the|report|its|website|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** "has anyone told the Tory party?": an auxiliary before the source asks; no one is cited. */
const isAsked = (s: SentenceView, p: SourcePhrase) => [p.from - 1, p.from].some((k) => /^(?:has|have|had|did|does|do|will|would|can|could|is|was)$/.test(s.words[k]?.norm ?? ''));

/** The last resort, when no other rule finds anything in the sentence: a figure or an event on one party's word. */
export function reportedFacts(s: SentenceView): Hit[] {
  // (A quotation in the sentence is the source's own voice; the reported words around it still count.)
  const hits: Hit[] = [];
  s.words.forEach((w, i) => {
    // (Not a sentence's first word: "Reports that Machar was arrested prompted …" is a noun.)
    if (i === 0 || !(REPORTING_FACT.test(w.norm) || w.norm === 'claim') || s.quoted[i]) return;
    const p = subjectOf(s, i);
    if (!p || p.anonymous || isAsked(s, p) || isTally(s, p)) return;
    const fact = reportedFact(s, i, p);
    if (!fact) return;
    const triggers = [wordSpan(s, p.from, p.head + 1), wordSpan(s, i, i + 1)];
    const what = fact === 'account' ? `An account of what happened` : fact === 'claim' ? `What ${p.text} ${s.words[i].text}` : `“${fact.text}”`;
    hits.push({ category: 'single-source', triggers: typeof fact === 'string' ? triggers : [...triggers, fact], source: sourceName(p), note: `${what} rests on ${possessive(p)} word alone: confirm it independently or say it could not be` });
  });
  if (!hits.length) hits.push(...quotedToll(s));
  if (!hits.length) hits.push(...estimates(s));
  return hits.slice(0, 1);
}

/** A figure someone estimates or reckons ("Organizers estimated the crowd at 10,000", "…, Barry estimated")
 *  rests on that one party's word: the verb of sourcing that keeps the figure off the unsourced list puts it on this
 *  one. With no one named as making it ("is estimated at £4.5m", "an estimated 64.3 miles") it rests on no one.
 *  Annotators of the read batches flag four in five sentences with such a verb that no other rule flags. */
function estimates(s: SentenceView): Hit[] {
  // (A figure in digits: "a few hundred" lost over the years is a guess at one's own affairs.)
  if (!/\d/.test(s.text.slice(s.start, s.end))) return [];
  for (let i = 0; i < s.words.length; i++) {
    if (!ESTIMATING.test(s.words[i].norm)) continue;
    // ("3,069 people were estimated to be sleeping rough", "less than originally estimated": the subject of a passive
    // estimate is the thing counted, and a comparison's has none; either way no maker is named.)
    // ("is estimated by the county surveyor at £84m": the maker follows "by".)
    const byAgent = s.words[i + 1]?.norm === 'by' && !s.stops[i + 2];
    const p = i === 0 ? null : byAgent ? upToHead(s, phraseAfter(s, i + 2)) : madeByNoOne(s, i) ? null : subjectOf(s, i);
    if (p && isTally(s, p)) continue;
    // (Not "As Penn estimates, …": a clause that grants the estimate, not one that reports it.)
    if (p && s.words[p.from - 1]?.norm === 'as') continue;
    const verb = wordSpan(s, i, i + 1);
    // (Not "we" or "they", a group left unnamed whose estimate is its own finding or a quotation's voice: "They
    // estimated by 2050, … food needs would increase by 50 percent".)
    if (p?.pronoun && /^(?:we|they|i)$/i.test(p.text)) continue;
    if (p && !p.anonymous && !isAsked(s, p)) {
      return [{ category: 'single-source', triggers: [wordSpan(s, p.from, p.head + 1), verb], source: sourceName(p), note: `An estimate (${quote([verb])}) that rests on ${possessive(p)} word alone: ask how it was reached, or say whose it is` }];
    }
    if (p?.anonymous) return [anonymousHit([wordSpan(s, p.from, p.head + 1), verb])];
    // ("budget estimates", "SunFest estimates": a noun, or a maker the sentence does not name as a subject.)
    if (s.words[i].norm === 'estimated') return [{ category: 'unsourced-figure', triggers: [verb], source: null, note: `An estimate (${quote([verb])}) with no one named as making it: say whose it is` }];
  }
  return [];
}
const ESTIMATING = /^(?:estimated|estimates|reckoned|reckons)$/;

/** A phrase cut at its head: "police", not "police at 5,000". */
function upToHead(s: SentenceView, p: SourcePhrase | null): SourcePhrase | null {
  return p && { ...p, to: p.head + 1, text: wordSpan(s, p.from, p.head + 1).text };
}

/** The verb at `v` is passive or closes a comparison ("was estimated", "than originally estimated"): its subject, if
 *  any, is what was counted, not who counted it. */
function madeByNoOne(s: SentenceView, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && (/ly$/.test(s.words[k].norm) || /^(?:first|once|then|earlier)$/.test(s.words[k].norm)) && !s.words[k].cap) k--;
  return k >= 0 && (BE_FORMS.has(s.words[k].norm) || s.words[k].norm === 'than');
}

/** A share or a count as the subject ("78 per cent of residents said", "more than a third said", "11 added"): a
 *  survey's or a tally's finding, not one party's word. */
function isTally(s: SentenceView, p: SourcePhrase): boolean {
  let k = p.from;
  while (k < p.head && APPROXIMATING.test(s.words[k].norm)) k++;
  const w = s.words[k].norm;
  // ("17pc of parents": the Irish and British papers' short form of per cent.)
  return /^\d[\d,.]*(?:%|pc)?$/.test(w) || (/^(?:a|one|two|three)$/.test(w) && SHARES.test(s.words[k + 1]?.norm ?? '')) || SHARES.test(w);
}
const APPROXIMATING = /^(?:some|about|around|nearly|almost|roughly|over|under|more|fewer|less|than|just|only|up|to)$/;
const SHARES = /^(?:half|third|thirds|quarter|quarters|fifth|fifths|two-thirds|three-quarters)$/;

/** Whose word it is, as the note says it: "the ministry's", and "his", not "he's". */
function possessive(p: SourcePhrase): string {
  // ("federal investigators' word": a plural in lower case takes the apostrophe alone.)
  if (!p.pronoun) return /[^s]s$/.test(p.text) && !/\p{Lu}/u.test(p.text.split(/\s+/).pop()![0]) ? `${p.text}'` : `${p.text}'s`;
  return PRONOUN_POSSESSIVES.get(p.text.toLowerCase()) ?? `${p.text}'s`;
}
const PRONOUN_POSSESSIVES = new Map([['he', 'his'], ['she', 'her'], ['they', 'their'], ['we', 'their'], ['it', 'its'], ['i', "the speaker's"]]);

/** A toll in a named speaker's own quoted words: "“So far we have counted 48 bodies,” the administrator told
 *  reporters", "“There have been 31,025 assaults since 2010,” … told AFP" — a count of the dead, the hurt or the
 *  attacks on one official's word, which every set's annotators flag. */
function quotedToll(s: SentenceView): Hit[] {
  const sp = s.quotedBy;
  if (!sp || isUnnamedSpeaker(sp.text, sp.personId)) return [];
  const f = factsOf(s);
  const figure = f.quotedFigures[0];
  if (!figure || !s.words.some((w, k) => s.quoted[k] && (EVENT_WORDS.test(w.norm) || TOLL_NOUNS.test(w.norm)))) return [];
  const who = sp.name;
  return [{ category: 'single-source', triggers: [figure], source: who, note: `“${figure.text}” rests on ${who}'s word alone: confirm it independently or say it could not be` }];
}
/** What a toll counts, besides the events of EVENT_WORDS. */
const TOLL_NOUNS = /^(?:bodies|dead|deaths|casualties|victims|wounded|injured|injuries|assaults|attacks|fatalities)$/;

/** Verbs that pass on a fact in the source's own words, not a view ("believes", "warned") or a plan ("announced"). */
const REPORTING_FACT = /^(?:said|says|say|told|tells|added|adds|confirmed|reported|reports|stated|testified|insisted|maintained|claimed|claims)$/;
/** What an editor checks first whoever reports it: someone killed, hurt, held or attacked. */
const EVENT_WORDS = /^(?:killed|died|dead|wounded|injured|arrested|detained|fled|destroyed|seized|captured|shot|stabbed|raided|bombed|kidnapped|abducted|shelled|intercepted|downed|drowned|missing|evacuated|looted|torched)$/;
/** The figure or event a named source passes on in indirect speech ("the ministry said 30 people had died", "Israel
 *  said it killed the head of weapons production"): the fact rests on that one party. Only such facts: annotators of
 *  every set flag them, while "X said the boy was welcome" — a source's account of its own view or plans — most leave.
 *  The reported words are the sentence's other words, outside quotation marks (a quotation is the source's own voice,
 *  checked as such), and at least five of them. Police and their services tell an account of what happened, whatever its
 *  words ("account"); what someone claims in a clause of its own rests on their word too ("claim"). */
function reportedFact(s: SentenceView, v: number, p: SourcePhrase): TextSpan | 'account' | 'claim' | null {
  if (!REPORTING_FACT.test(s.words[v].norm)) return claimsClause(s, v) ? 'claim' : null;
  // Police and their services ("the fire department", "the Sheriff's Office"). ("Police say …" as often as "said" in
  // local copy; a plural "researchers say" with a figure is a finding reported, which labellers pass over.)
  const service = /^(?:department|office|service|brigade|force)$/.test(s.words[p.head].norm) && /^(?:police|fire|sheriff|sheriff's|sheriff’s|rescue)$/.test(s.words[p.head - 1]?.norm ?? '');
  const investigators = INVESTIGATORS.test(s.words[p.head].norm) || service;
  if (s.words[v].norm === 'say' && !investigators) return null;
  const account = investigators || isMilitary(s, p);
  const lo = Math.min(p.from, v);
  const hi = Math.max(p.to, v + 1);
  const f = factsOf(s);
  // Counted, looked up and searched once per sentence: a sentence of many "said"s stays linear.
  if (f.unquotedBefore[s.words.length] - (f.unquotedBefore[hi] - f.unquotedBefore[lo]) < 5) return null;
  const from = s.words[lo].start;
  const to = s.words[hi - 1].end;
  const outside = (xs: TextSpan[]) => (xs.length && xs[0].end <= from ? xs[0] : xs[firstStartingAt(xs, to)] ?? null);
  // Any figure that counts the dead, the hurt or the held, that the source claims, or that police or an army give in
  // telling what happened.
  const counted = account || /^(?:claimed|claims)$/.test(s.words[v].norm) || tollAbout(s);
  // Otherwise a number the source gives as fact ("Unite said the cuts would cost up to £8,000", "The charity said it
  // had treated 3,500 animals"): annotators calibrated on GUM flag most of them in 400 articles of local news. Not a
  // superlative of the source's own experience ("the first she had ever been to"), nor what it confirms or says it
  // will do: a plan announced is on the record ("confirmed that the fund will remain at £2.84 million").
  const given = !counted && s.words[v].norm !== 'confirmed';
  // An event alone is an account only from police or an army; from anyone else it needs a count ("seven people had
  // been killed"): "Mr McDouall said the dog was killed with a rifle" is the later batches' commonest false alarm.
  const fact = (counted ? outside(f.figures) : given ? outside(f.numbers) ?? outside(f.amounts) : null) ?? outside(account ? f.events : f.countedEvents);
  if (fact) return fact;
  if (claimsClause(s, v)) return 'claim';
  // (Only after plain verbs of telling: not what a body confirms, "the board confirmed an appeal had been lodged", a
  // step on the record as above; nor what a reporter reported or a ruling stated; nor words in a statement.)
  if (/^(?:said|says|told|added)$/.test(s.words[v].norm) && !inStatement(s, v) && (toldPastPerfect(s, v) || toldCause(s, v, p))) return 'account';
  // Police, investigators and firefighters telling what happened ("Police said he was armed", "Firefighters say two
  // neighbours jumped into action"), or an army telling of its war ("The Israeli military said a missile … was
  // intercepted"): one side's account of an incident, whatever its words — every set's annotators flag it, as after
  // "according to police". (Not a plan, "said they would take action", nor the words of a statement, which is on the
  // record.)
  if (!account || p.to > v || inStatement(s, v)) return null;
  if (plannedAfter(s, v)) return null;
  // The account after the verb, or before the attribution that closes the sentence ("…, police said.").
  return v + 1 < s.words.length || lo > 0 ? 'account' : null;
}
/** The index of the subject of the clause told after the verb of saying at `v` ("said [that] the crews …"), or -1 when
 *  it is the source's own story or nobody's: a pronoun, "there", a quotation. */
function otherSubjectAfter(s: SentenceView, v: number): number {
  let k = v + 1;
  if (s.words[k]?.norm === 'that') k++;
  const subject = s.words[k];
  return !subject || s.quoted[k] || s.marksBefore[k] || PRONOUNS.has(subject.norm) || subject.norm === 'there' ? -1 : k;
}
/** "The RNLI said the crews had struggled to reach the yacht", "Hepworth said the pub had been forced to close": what
 *  someone else had done or undergone, told in the past perfect after the verb of saying — an account of events on the
 *  source's word. Not what the source tells of itself ("she said she had farmed there for nine years"), which labellers
 *  pass over as a speaker's own story, nor a duty ("had to"). */
function toldPastPerfect(s: SentenceView, v: number): boolean {
  const k = otherSubjectAfter(s, v);
  if (k < 0) return false;
  for (let j = k + 1; j < Math.min(s.words.length - 1, k + 12); j++) {
    if (s.stops[j] || /,/.test(s.marksBefore[j]) || s.quoted[j]) return false;
    if (s.words[j].norm !== 'had') continue;
    const next = s.words[j + 1];
    if (next.norm === 'to' || s.quoted[j + 1] || !isParticiple(next.norm)) return false;
    const after = s.words[j + 2];
    // ("had been flooded", a passive; not "had been challenging", "had been “difficult”", a verdict on it.)
    return next.norm !== 'been' || (!!after && !s.quoted[j + 2] && isPassiveParticiple(after.norm));
  }
  return false;
}
/** "Council told the paper the hole was caused by a damaged drainpipe", "MCS says this was almost certainly due to the
 *  charges": why something happened, told after the verb of saying — a cause on the source's word. Not what is due to
 *  happen ("due to be heard", "due to open"), the source's reasons for its own doings ("it was closing the room because
 *  of cuts"), nor a report's or a study's finding ("the report says the decline appears to be due to …"). */
function toldCause(s: SentenceView, v: number, p: SourcePhrase): boolean {
  if (/^(?:report|reports|study|studies|survey|surveys|research|analysis|document|documents|paper|papers|data|figures)$/.test(s.words[p.head].norm)) return false;
  const k = otherSubjectAfter(s, v);
  if (k < 0) return false;
  // A cause before the clause breaks off at a stop or a quotation.
  return causeAhead(s)[k + 1] ?? false;
}
/** For each word of a sentence, whether a cause is named from it on before the clause breaks off at a stop or a
 *  quotation — found once per sentence, by one pass from its end, so a sentence of many "said"s stays linear. */
const causeAhead = oncePerSentence((s) => {
  const ahead: boolean[] = new Array(s.words.length);
  for (let j = s.words.length - 1; j >= 0; j--) {
    const w = s.words[j].norm, next = s.words[j + 1]?.norm ?? '';
    const cause = ((w === 'caused' || w === 'blamed') && (next === 'by' || next === 'on')) || (w === 'because' && next === 'of') || ((w === 'result' || w === 'reason') && s.words[j - 1]?.norm === 'the') || (w === 'due' && next === 'to' && !!s.words[j + 2] && !hasTag(s.words[j + 2].norm, 'Infinitive', 'Verb', 'Copula'));
    ahead[j] = !(s.stops[j] || s.quoted[j]) && (cause || (ahead[j + 1] ?? false));
  }
  return ahead;
});
/** "Rock lobster fishers claim the planned changes have already cut the value of their pots", "the council claimed
 *  there had not been a rise": "claim" before a clause of its own holds the assertion at arm's length — it rests on
 *  the claimant's word. Not a claim to something ("claimed victory", "claimed a total of £23,896", "claimed the lives
 *  of nine"), nor to be someone ("claim to be with the police"). */
function claimsClause(s: SentenceView, v: number): boolean {
  if (!/^(?:claim|claims|claimed)$/.test(s.words[v].norm) || BE_FORMS.has(s.words[v - 1]?.norm ?? '') || s.quoted[v - 1]) return false;
  // (Not the noun: "NHS England's claim that …", "the group's claim for", "against claims that", "his false claims
  // that …".)
  const before = s.words[v - 1];
  if (before && (before.possessive || /['’]s?$/.test(before.text) || /^(?:a|an|the|this|that|his|her|their|its|our|my|your|against|of|for|any|no|such|these|those)$/.test(before.norm) || (!before.cap && hasTag(before.norm, 'Adjective')))) return false;
  let k = v + 1;
  if (s.words[k]?.norm === 'that') k++;
  const first = s.words[k];
  // (Nor the noun as a subject: "The asylum claims are processed …".)
  if (!first || s.quoted[k] || s.stops[k] || FINITE_AUX.test(first.norm) || /^(?:a|an|to|victory|success|credit|responsibility|lives)$/.test(first.norm) || s.words[k + 1]?.norm === 'lives') return false;
  // A clause: a finite verb within its first words, before any stop, quotation or "to".
  for (let j = k + 1; j < Math.min(s.words.length, k + 10); j++) {
    if (s.stops[j] || s.quoted[j] || s.words[j].norm === 'to') return false;
    if (s.words[j].cap) continue;
    const w = s.words[j].norm;
    if (FINITE_AUX.test(w) || /(?:ed|n['’]t)$/.test(w) || hasTag(w, 'PastTense', 'PresentTense', 'Copula', 'Modal')) return true;
  }
  return false;
}
/** A modal in the first words after the verb of saying: what the source says will or could happen, not what did. */
const plannedAfter = (s: SentenceView, v: number) => s.words.slice(v + 1, v + 5).some((w) => /^(?:will|would|could|may|might|can|shall|should|won['’]t)$/.test(w.norm) || /['’]ll$/.test(w.norm));
/** Whether the sentence counts the dead, the hurt or the held — read once per sentence, not once per verb of saying
 *  (a sentence of thousands of "said"s stays linear). */
const tollAbout = oncePerSentence((s) => TOLL_ABOUT.test(s.text.slice(s.start, s.end)));
const INVESTIGATORS = /^(?:police|detectives|investigators|deputies|officers|troopers|firefighters|crews|sheriff|coroner|guard|paramedics)$/;
/** An army or its ministry as the source: "the military", "Israel's army", "the armed forces", "Japan's Defense
 *  Ministry", "the Ministry of Defence". */
function isMilitary(s: SentenceView, p: SourcePhrase): boolean {
  const head = s.words[p.head].norm;
  if (/^(?:military|army|navy|idf)$/.test(head)) return true;
  const before = s.words[p.head - 1]?.norm ?? '';
  if (head === 'forces') return /^(?:armed|defence|defense|security)$/.test(before);
  if (head !== 'ministry') return false;
  return /^(?:defence|defense)$/.test(before) || (s.words[p.head + 1]?.norm === 'of' && /^(?:defence|defense)$/.test(s.words[p.head + 2]?.norm ?? ''));
}

interface SentenceFacts {
  /** Unquoted words before word k. */
  unquotedBefore: number[];
  /** Outside quotations, in order. */
  figures: TextSpan[];
  events: TextSpan[];
  /** Those with a count just before: "seven people had been killed". */
  countedEvents: TextSpan[];
  /** Those of `figures` with a numeral or a number word, not superlatives alone. */
  numbers: TextSpan[];
  /** Exact sums of money outside quotation marks: a number only when a source gives it. */
  amounts: TextSpan[];
  /** Inside them, in order. */
  quotedFigures: TextSpan[];
}
const factsOf = oncePerSentence((s): SentenceFacts => {
  const unquotedBefore = [0];
  s.words.forEach((_, k) => unquotedBefore.push(unquotedBefore[k] + (s.quoted[k] ? 0 : 1)));
  const all = findFigures(s.text, s.start, s.end).sort((a, b) => a.start - b.start);
  const figures = all.filter((x) => !s.inQuote(x.start));
  const quotedFigures = all.filter((x) => s.inQuote(x.start));
  const eventAt = s.words.flatMap((w, k) => (!s.quoted[k] && EVENT_WORDS.test(w.norm) ? [k] : []));
  // A count of the people before the event ("seven people had been killed") or of what it took after ("arrested 41");
  // acts of war and flight need none ("downed a drone", "fled the country").
  const hasCount = (k: number) => {
    if (UNCOUNTED_ACTS.test(s.words[k].norm)) return true;
    for (let j = k - 1; j >= Math.max(0, k - 4) && !s.stops[j + 1]; j--) if (COUNTS.test(s.words[j].norm)) return true;
    for (let j = k + 1; j < Math.min(s.words.length, k + 3) && !s.stops[j]; j++) if (COUNTS.test(s.words[j].norm)) return true;
    return false;
  };
  const events = eventAt.map((k) => wordSpan(s, k, k + 1));
  const countedEvents = eventAt.filter(hasCount).map((k) => wordSpan(s, k, k + 1));
  const numbers = figures.filter((x) => NUMERIC.test(x.text));
  const amounts = findAmounts(s.text, s.start, s.end).filter((x) => !s.inQuote(x.start));
  return { unquotedBefore, figures, numbers, amounts, events, countedEvents, quotedFigures };
});

const NUMERIC = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|third)\b/i;
/** Acts of war, seizure and flight: an account on one side's word whatever the count. */
const UNCOUNTED_ACTS = /^(?:fled|seized|captured|raided|bombed|shelled|intercepted|downed|looted|torched|kidnapped|abducted)$/;
/** Counts of people too small or too plain for findFigures ("seven people", "dozens"). */
const COUNTS = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousands|dozen|dozens|scores|several)$/;

/** "said in a statement", "wrote in an open letter": a group's words on the record, published under its name. */
function inStatement(s: SentenceView, v: number): boolean {
  if (s.words[v + 1]?.norm !== 'in') return false;
  return s.words.slice(v + 2, v + 5).some((w) => STATEMENTS.has(w.norm));
}
const STATEMENTS = new Set('statement statements release letter petition filing'.split(' '));

const PUBLIC_BODIES = /^(?:department|ministry|agency|institute|institutes|museum|office|service|commission|authority|military|army|bureau|administration|estimates|release)$/;
function isPublicRecord(s: SentenceView, p: SourcePhrase): boolean {
  if (p.anonymous || p.pronoun) return false;
  const head = s.words[p.head].norm;
  if (!PUBLIC_BODIES.test(head)) return false;
  if (/^(?:agency|service)$/.test(head) && NEWS_AGENCY.test(s.words[p.head - 1]?.norm ?? '')) return false;
  // Its first words, not a relative clause's: "the report by the Department" names the report.
  return !s.words.slice(p.from, p.head).some((w) => /^(?:report|reports|story|article)$/.test(w.norm));
}

/** A verb's bare form: not "said", "told", "says", "warned". */
const CUE_LEMMA_FORM = /^(?!.*(?:ed|s)$)(?!(?:said|told|wrote|thought|found|felt|spoke|heard|knew|saw|meant|taught)$)[a-z]+$/;
const DIRECTIVE = /^(?:recommend|recommends|recommended|advise|advises|advised|urge|urges|urged|encourage|encourages|encouraged)$/;
/** An appeal, which asserts nothing either: "Officials ask citizens to report …", "Police have warned people not to
 *  approach the two", "calling on supporters to attend", "have called for him to be denied …" — a verb of asking,
 *  warning or telling with someone told to do something after it, or "call for", "call on". */
function isAppeal(s: SentenceView, v: number): boolean {
  const verb = s.words[v].norm;
  if (!APPEAL_VERBS.test(verb)) return false;
  const next = s.words[v + 1]?.norm ?? '';
  if (/^call/.test(verb)) return /^(?:for|on)$/.test(next) && !s.stops[v + 1];
  for (let k = v + 2; k <= v + 4 && k < s.words.length && !s.stops[k]; k++) {
    const w = s.words[k].norm;
    if (w === 'that') return false;
    if (w === 'to' || (w === 'not' && s.words[k + 1]?.norm === 'to')) return !CLAUSE_WORDS.has(s.words[v + 1].norm);
  }
  return false;
}
const APPEAL_VERBS = /^(?:ask|asks|asked|asking|warn|warns|warned|warning|tell|tells|told|telling|call|calls|called|calling)$/;
/** Words that open a reported clause, not the object of an appeal. */
const CLAUSE_WORDS = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'there']);
const UNNAMED_INSIDE = /^(?:sources?|officials?|aides?|insiders?|ministers?|mps?|diplomats?|lawmakers?|executives?|advis[eo]rs?|staffers?)$/;
/** A source left unnamed is one whatever its verb ("Another Liberal source agreed", "One caucus source also expressed
 *  frustration"), and so are insiders the copy calls unnamed ("quoted three unnamed Cabinet ministers"). */
function unnamedAnyVerb(s: SentenceView): Hit[] {
  const hits: Hit[] = [];
  s.words.forEach((w, i) => {
    if (s.quoted[i]) return;
    if (/^sources?$/.test(w.norm)) {
      let k = i + 1;
      while (k < s.words.length && k < i + 3 && !s.stops[k] && /^(?:also|too|still|\w+ly)$/.test(s.words[k].norm)) k++;
      const v = s.words[k];
      // (The verbs of saying are the attributions' own, above.)
      if (!v || s.stops[k] || ATTRIBUTING.has(v.norm) || !hasTag(v.norm, 'PastTense', 'PresentTense')) return;
      const p = subjectOf(s, k);
      if (p?.anonymous && p.head === i) hits.push(sourceHit(p, [wordSpan(s, p.from, p.head + 1), wordSpan(s, k, k + 1)]));
    } else if (/^(?:unnamed|anonymous)$/.test(w.norm)) {
      // Only people who speak from the inside: not "an unnamed project", "anonymous donors", nor "an unnamed Chief
      // Superintendent … defied the order" — a rank that acts.
      for (let k = i + 1; k < Math.min(s.words.length, i + 4) && !s.stops[k]; k++) {
        if (!UNNAMED_INSIDE.test(s.words[k].norm)) continue;
        hits.push(anonymousHit([wordSpan(s, i, k + 1)]));
        return;
      }
    }
  });
  return hits;
}

function sourceHit(p: SourcePhrase, triggers: TextSpan[]): Hit {
  if (p.anonymous) return anonymousHit(triggers);
  const state = p.stateMedia ? ' (state media; look for independent confirmation)' : '';
  return { category: 'single-source', triggers, source: sourceName(p), note: `Rests on ${p.text} alone${state}` };
}

// ── Figures given without a source.
const GOAL = /\b(?:goal|aim|target|objective|ambition)s?\s+(?:is|are|was|were)\s+to\b/i;
const NAMED_STANDARD = /^\s+(?:[a-z-]+\s+){0,2}(?:target|goal|limit|threshold|cap|standard|benchmark)s?\b/i;
/** A figure a rule or a licence sets, after its noun: "a mackerel quota of 1,020,996 tonnes", "a capacity of 4,000",
 *  "an annual cap of nearly 47,600 fish", "the catch quota is set at 3,004,075 pounds" — on the record, not a finding. */
const SET_FIGURE = /\b(?:quotas?|caps?|limits?|capacity|allocation|allowance|threshold|ceiling)\s+(?:of|for|at|is|was|(?:is|was|has been|will be)\s+set\s+at)\s+(?:(?:about|around|nearly|almost|up to|more than|over|just over|just under)\s+)?$/i;
export function unsourcedFigures(s: SentenceView): Hit[] {
  // "Can a smarter phone help HTC in one of the most competitive segments?": a question asserts no figure.
  if (isQuoted(s) || isSourced(s) || isQuestion(s)) return [];
  const found = findFigures(s.text, s.start, s.end);
  // A market's move is a figure like any other: the copy should say where it comes from. A company's results
  // ("Revenue rose 8 per cent to $22.1bn", "Net income fell to $225.2 million") are its published accounts: the
  // figures after the verb of a sentence led by revenue, profit or sales are left alone (labellers of every set passed
  // over them), a figure before it is not ("Revenue at the company, which once held a 10 percent share, …").
  const accounts = publishedResults(s);
  // "Its goal is to cut users to less than one percent": a target set, not a figure reported.
  const goal = GOAL.exec(s.text.slice(s.start, s.end));
  // "the 92 per cent national target", "the 2% inflation target": a standard named by its figure, not one reported.
  const figures = found.filter((f) => !s.inQuote(f.start) && !(goal && f.start > s.start + goal.index) && f.start < accounts && !NAMED_STANDARD.test(s.text.slice(f.end, Math.min(s.end, f.end + 40))) && !SET_FIGURE.test(s.text.slice(Math.max(s.start, f.start - 50), f.start)) && !dealValue(s, f) && !holding(s, f) && !decided(s, f) && !prizeWon(s, f));
  if (!figures.length) return [];
  return [{ category: 'unsourced-figure', triggers: figures, source: null, note: `${figures.length > 1 ? 'Figures' : 'Figure'} ${quote(figures).replace(/ … /g, '”, “')} given without a source` }];
}

/** The word before figure `f`, past up to three words it may hedge with (`skip`: "about", "more than"); -1 at the
 *  sentence's start. */
function wordBeforeFigure(s: SentenceView, f: TextSpan, skip: RegExp): number {
  const at = firstStartingAt(s.words, f.start);
  let v = at - 1;
  while (v >= 0 && v >= at - 3 && skip.test(s.words[v].norm)) v--;
  return v;
}

/** What a body or a person has, as a background fact: "the union, which represents 2,200 bus operators", "owns about
 *  1,200 acres", "raises 12,000 hogs", "has 600 pupils", "Aslef's 21,000 members" — its size, not a finding to source. */
const HOLDING_VERBS = /^(?:represents?|represented|representing|employs?|employed|employing|owns?|owned|owning|raises|farms)$/;
function holding(s: SentenceView, f: TextSpan): boolean {
  const v = wordBeforeFigure(s, f, /^(?:over|more|than|nearly|almost|about|around|some|approximately|roughly|close|to|its|their|his|her)$/);
  if (v < 0) return false;
  // (And a count it has: "has 600 pupils"; not "has the highest number of".)
  if (HOLDING_VERBS.test(s.words[v].norm) || (/^(?:has|have|had)$/.test(s.words[v].norm) && /^\d/.test(f.text))) return true;
  return s.words[v].possessive && s.words[v].cap && s.words[firstStartingAt(s.words, f.end)]?.norm === 'members';
}

/** A prize's sum, which its draw or its organiser announces: "won £1 million on an Instant Win Game", "a prize fund
 *  of €2.7 billion", "a jackpot worth more than $11 million" — the sum right after "won", not "won a €80m contract". */
function prizeWon(s: SentenceView, f: TextSpan): boolean {
  if (!/[$£€¥]/.test(f.text)) return false;
  const v = wordBeforeFigure(s, f, /^(?:over|more|than|nearly|almost|about|around|just|some|approximately|roughly)$/);
  const w = s.words[v]?.norm ?? '';
  if (/^(?:won|wins|scooped|scoops|bagged)$/.test(w)) return true;
  return /^(?:of|worth)$/.test(w) && /^(?:jackpot|jackpots|prize|prizes|fund|winnings)$/.test(s.words[v - 1]?.norm ?? '');
}

/** A figure a body sets by its own decision, which is its source: "The council approved the budget, which cut transit
 *  funding by $2.4 million", "Executive members voted to double the cost of a permit", "a 9.5% council tax increase
 *  is being considered" — the figure after the verb of deciding, or before it in the passive. */
const DECIDING = /^(?:approved|approves|approve|voted|votes|agreed|agrees|budgeted|allocated|allocates|earmarked|awarded|awards|granted|pledged|pledges|committed|proposed|proposes|propose|planned|plans|considering|considered|recommended|recommends|unveiled|unveils|announced|announces)$/;
function decided(s: SentenceView, f: TextSpan): boolean {
  // Sums and rates only: a body sets a price, a budget or a rise, not the number of people a building will serve.
  if (!/[$£€¥%]|\b(?:per ?cent|percent|million|billion|bn|m|double|twice|triple|half)\b/i.test(f.text)) return false;
  const at = firstStartingAt(s.words, f.start);
  return decisionsOf(s).some((d) => d < at || (d > at && d - at <= 8 && BE_OR_BEING.test(s.words[d - 1]?.norm ?? '')));
}
/** The sentence's verbs of deciding in the writer's voice, found once per sentence (a sentence of many figures asks
 *  at each). */
// ("under proposed legislation", "the planned cuts": a participle before its noun decides nothing here.)
const decisionsOf = oncePerSentence((s) => s.words.flatMap((w, d) => (DECIDING.test(w.norm) && !s.quoted[d] && !ADJECTIVAL_BEFORE.test(s.words[d - 1]?.norm ?? '') ? [d] : [])));
const BE_OR_BEING = /^(?:is|are|was|were|been|being|be)$/;
const ADJECTIVAL_BEFORE = /^(?:the|a|an|its|their|his|her|our|under|of|by|with|for|in|newly|recently)$/;

/** A deal's announced price: "Facebook's $19 billion acquisition", "a $3 billion deal sweetener", "an all-stock
 *  transaction worth around $5 billion" — what the parties put their names to (a bid or an offer is not settled). */
const DEAL = /^(?:acquisition|purchase|takeover|transaction|deal|merger|buyout|sweetener)s?$/;
function dealValue(s: SentenceView, f: TextSpan): boolean {
  if (!/[$£€¥]|\b(?:dollars?|pounds|euros?)\b/.test(f.text + s.text.slice(f.end, f.end + 8))) return false;
  const k = firstStartingAt(s.words, f.end);
  for (let j = k; j < Math.min(s.words.length, k + 3); j++) if (DEAL.test(s.words[j].norm)) return true;
  // "… transaction worth around $5 billion".
  const at = firstStartingAt(s.words, f.start);
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) if (s.words[j].norm === 'worth') return DEAL.test(s.words[j - 1]?.norm ?? '');
  return false;
}

/** Where a company's reported results begin: after the verb of a sentence whose subject is its revenue, profit or sales
 *  ("Sales of its Lexapro anti-depressant rose 7 percent in the quarter to $559 million"); Infinity when it is not one. */
function publishedResults(s: SentenceView): number {
  const k = s.words.slice(0, 4).findIndex((w) => ACCOUNTS.test(w.norm));
  if (k < 0 || s.quoted[k]) return Infinity;
  for (let v = k + 1; v < Math.min(s.words.length, k + 12); v++) {
    if (s.stops[v]) return Infinity;
    if (RESULT_VERBS.test(s.words[v].norm)) return s.words[v].end;
  }
  return Infinity;
}
const RESULT_VERBS = /^(?:rose|fell|grew|climbed|jumped|advanced|declined|dropped|slipped|slid|increased|decreased|surged|soared|plunged|tumbled|totaled|totalled|reached|came|were|was|edged|gained|shrank|narrowed|widened)$/;

function anonymousHit(triggers: TextSpan[]): Hit {
  return { category: 'anonymous', triggers, source: null, note: `Rests on unnamed sources (${quote(triggers)}): ask who, and how they know` };
}

/** Every rule, in the order their categories rank when a sentence raises several. */
export const RULES: ((s: SentenceView) => Hit[])[] = [allegation, denial, sources, unconfirmed, hedged, unsourcedFigures];
export const RANK: readonly ClaimCategory[] = ['allegation', 'denial', 'single-source', 'anonymous', 'unconfirmed', 'hedged', 'unsourced-figure'];
