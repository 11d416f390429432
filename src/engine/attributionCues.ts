// Reporting verbs and the words around them, read from a paragraph's tokens alone: is this word a reporting verb
// here ("said", "says of", "was like,") or a noun ("those claims", "a Facebook message"), an adverb, a past tense, a pronoun
// subject. No context beyond the tokens: what attribution.ts decides per token, once per paragraph text.
import { uncontracted, type Token } from './text';
import { CUE_LEMMAS, CUE_VERBS, GROUPS, ORG_NOUNS, PRONOUNS, hasTag, isPeoplePlural, isRoleWord, tagsOf } from './lexicon';

/** The subject pronoun of a word, contracted with its auxiliary or not: "he" for "he", "He’s", "he'd". */
export function subjectPronoun(norm: string): string | null {
  const base = uncontracted(norm);
  return /^(?:he|she|they|it|we|i)$/.test(base) ? base : null;
}

// Words between a subject and its reporting verb: "Russia on Thursday said", "he has said", "she later told".
export const SKIP_BEFORE_CUE = new Set(['also', 'later', 'then', 'previously', 'again', 'further', 'recently', 'once', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'been', 'will', 'would', 'had', 'did', 'does', 'do', 'earlier', 'quickly', 'simply', 'repeatedly', 'publicly', 'privately', 'separately', 'reportedly', 'previously', 'subsequently', 'recently', 'angrily', 'proudly', 'flatly', 'firmly', 'bluntly', 'not', 'never', 'still', 'even', 'often']);
// The auxiliary of a passive reporting verb: "was described by …", "were called … by".
export const PASSIVE_AUX = /^(?:was|were|is|are|been|being|be)$/;
export const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|day|week|weekend|month|year|time)$/;
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other']);
// Verbs whose object is the person spoken to, never the speaker: "told The Huffington Post".
export const ADDRESSEE_VERBS = /^(?:tell|told|tells|telling|ask|asked|asks|asking|inform|informed|informs|assure|assured|assures|remind|reminded|reminds|thank|thanked|thanks|urge|urged|urges|warn|warned|warns|question|questioned|questions|questioning|quiz|quizzed|quizzes|quizzing)$/;
/** A passive verb of telling or asking at `i`, whose subject is the one told or asked, never the speaker: "he was
 *  told that …", "yet Mr Lawlor was not questioned". */
export function isPassiveAddressee(t: readonly Token[], i: number): boolean {
  if (!ADDRESSEE_VERBS.test(t[i]?.norm ?? '')) return false;
  // (Past "not", "never" and an adverb: "they were not properly informed".)
  let aux = i - 1;
  while (aux > i - 4 && !!t[aux]?.word && (/^(?:not|never|also|already|still|first|then)$/.test(t[aux].norm) || isAdverbWord(t[aux].norm))) aux--;
  return PASSIVE_AUX.test(t[aux]?.norm ?? '');
}
const BARE_VERB_AFTER = /^(?:i|we|you|they|to|will|would|can|could|may|might|must|shall|should|do|does|did|not|never|also|often|always|people|officials|police|critics|experts|sources|analysts|residents|supporters|opponents)$/;
const OBJECT_CONTROL = /^(?:forc(?:e|es|ed|ing)|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|tell|tells|told|telling|allow(?:s|ed|ing)?|caus(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|compel(?:s|led|ling)?|persuad(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|lead|leads|led|leading|get|gets|got|getting)$/;
const NOT_BEFORE_VERB = new Set(['both', 'much', 'more', 'most', 'less', 'every', 'each', 'own', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'no', 'any', 'some', 'such', 'first', 'second', 'new', 'latest', 'recent']);

/** A verb of saying that is a noun before a role here: "Kerala state minister", "Odisha state disaster manager" — a
 *  lower-case role word among the two lower-case words after it. */
export function modifiesRole(t: Token[], i: number): boolean {
  // (A role in the plural too: "GOP state leaders", "Labour party members".)
  for (let k = i + 1; k < i + 3 && t[k]?.word && !t[k].cap; k++) if (isRoleWord(t[k].norm) || (/s$/.test(t[k].norm) && isRoleWord(t[k].norm.slice(0, -1)))) return true;
  return false;
}

/** A clause right after token `i`, without "that": a subject of one to three words (no article or possessive before
 *  it) and a verb in the past — "social workers took", "the council failed" is an object ("the" opens it). */
function clauseAfter(t: Token[], i: number): boolean {
  if (!t[i + 1]?.word || NOT_BEFORE_VERB.has(t[i + 1].norm)) return false;
  for (let k = i + 2; k <= i + 4 && t[k]?.word; k++) if (!t[k].cap && hasTag(t[k].norm, 'PastTense')) return true;
  return false;
}

/** Is token `i` a reporting verb here? "States" in "the United States", "claims" in "those claims" are nouns. */
export function isCueAt(t: Token[], i: number, headline: boolean): boolean {
  const tok = t[i];
  // "as one journalist put it": "put" reports words only with "it" after it.
  if (tok?.word && (tok.norm === 'put' || tok.norm === 'puts')) return t[i + 1]?.norm === 'it';
  // "as Trump went on about “how the system is rigged,”": going on about something is talking about it.
  if (tok?.word && /^(?:go|goes|went|going|gone)$/.test(tok.norm)) return t[i + 1]?.norm === 'on' && t[i + 2]?.norm === 'about';
  // The spoken quotative "I was like, “…”", "she's like: “…”".
  if (tok?.word && tok.norm === 'like') return /^(?:was|were|is|am|are)$|'(?:m|s|re)$/.test(t[i - 1]?.norm ?? '') && /^[,:]$/.test(t[i + 1]?.text ?? '');
  // "Kersten England accepted social workers took their views at 'face value'": accepting that something is so
  // concedes it, as "admitted" does — with "that" or a clause after it, not an object ("accepted the award").
  if (tok?.word && /^(?:accepted|accepts)$/.test(tok.norm)) return t[i + 1]?.norm === 'that' || clauseAfter(t, i);
  // "The panel found that the comments were “degrading”": a court's, a tribunal's or an inquiry's finding is what
  // it says — before "that" only ("police found a body" says nothing).
  if (tok?.word && /^(?:found|finds)$/.test(tok.norm)) return t[i + 1]?.norm === 'that';
  if (!tok || !tok.word || !CUE_VERBS.has(tok.norm)) return false;
  // "the company had agreed to “a scrutiny meeting”": agreeing to something accepts it, it says nothing.
  if (/^agree(?:s|d|ing)?$/.test(tok.norm) && t[i + 1]?.norm === 'to') return false;
  // "he continued: “…”", "“…,” she continued", but not "Russia continues its “special military operation”": with an
  // object it goes on doing something, saying nothing — unless the object is words ("continued his warnings that").
  // (Right after a quotation the subject follows it: "“…,” continued the Prime Minister".)
  if (/^continu(?:e|es|ed|ing)$/.test(tok.norm) && t[i + 1]?.word && !/^["”’']$/.test(t[i - 1]?.text ?? '') && ![t[i + 1], t[i + 2]].some((w) => !!w?.word && (WORDS_NOUNS.test(w.norm) || WORDS_NOUNS.test(w.norm.replace(/s$/, ''))))) return false;
  // "…, as the search continued": a thing going on in a clause of time, not someone going on speaking.
  if (/^continu(?:e|es|ed)$/.test(tok.norm) && /^(?:as|while|when|until)$/.test(t[i - 3]?.norm ?? '') && /^(?:the|a|an|its|their)$/.test(t[i - 2]?.norm ?? '') && !isRoleWord(t[i - 1]?.norm ?? '')) return false;
  // Mid-sentence capitals are names ("the United States"), except in a headline set in title case ("… Calls …").
  if (tok.cap && i > 0 && t[i - 1].word && !headline) return false;
  // (…after a quotation closed mid-sentence too: "to “bully” and “intimidate” State Department officials".)
  if (tok.cap && i > 1 && !headline && /^["”’']$/.test(t[i - 1].text) && !/^[.!?…]$/.test(t[i - 2].text)) return false;
  if (/ed$/.test(tok.norm) && participleOfObject(t, i)) return false;
  // "the funding plan, initially revealed before the Covid pandemic, would …": a participle set off after a thing's
  // noun (not a person's: "a city official, enthused in an interview"), with a time or a place after it, describes
  // the thing — a reduced passive, no one speaking.
  const lead = /^(?:initially|first|originally|previously|also|recently|only|officially)$/.test(t[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  if (/ed$/.test(tok.norm) && !/^(?:added|stated|asked|noted)$/.test(tok.norm) && t[lead]?.text === ',' && !!t[lead - 1]?.word && !t[lead - 1].cap && isNounLike(t[lead - 1].norm) && !subjectPronoun(t[lead - 1].norm) && !isRoleWord(t[lead - 1].norm) && !isPeoplePlural(t[lead - 1].norm) && !GROUPS.has(t[lead - 1].norm) && /^(?:before|in|on|at|last|earlier|during|after|this|late|early|under)$/.test(t[i + 1]?.norm ?? '')) return false;
  // "Kelly's alleged childhood abuse", "the firm's stated aim": a past form after a possessive is an adjective (a
  // plural's straight apostrophe may close a quotation instead: "… 'smoke and mirrors' said …"); so it is after an
  // article: "the alleged mastermind of the module".
  if (/ed$/.test(tok.norm) && ((t[i - 1]?.possessive && !/s'$/.test(t[i - 1].text)) || /^(?:the|a|an)$/.test(t[i - 1]?.norm ?? ''))) return false;
  if (/(?:ed|id|ld|ote|aid|old)$/.test(tok.norm) && !hasTag(tok.norm, 'Noun', 'Singular', 'Plural')) return true;
  const prev = t[i - 1];
  // "Kerala state minister", "Odisha state disaster manager": a bare form between a name and a role is a noun — and
  // between a name and a title before a name: "New York state Governor Andrew Cuomo told".
  const title = t[i + 1];
  const titleNext = !!title?.word && title.cap && isRoleWord(title.norm) && !!t[i + 2]?.word && t[i + 2].cap;
  if (!/s$/.test(tok.norm) && prev?.word && prev.cap && (modifiesRole(t, i) || titleNext)) return false;
  // "to accuse", "to say": a bare form after "to" is an infinitive ("according to reports" has the plural).
  // Not after a verb that makes its object the one to speak ("forcing the Bank of England to signal").
  // (Right before "to" such a verb has no object, and its own subject speaks: "He is expected to say that …".)
  // ("mandatory for agencies to respond": after "for", the words before "to" are who is to speak — and are asked to,
  // not reported as speaking.)
  const forSubject = [t[i - 3], t[i - 4]].some((w) => w?.norm === 'for');
  const infinitive = prev?.norm === 'to' && CUE_LEMMAS.has(tok.norm) && !forSubject && !t.slice(Math.max(0, i - 8), i - 2).some((w) => w.word && OBJECT_CONTROL.test(w.norm));
  // (A plural possessive's straight apostrophe may close a quotation instead: "is 'smoke and mirrors' says …" — before a
  // form that is only a verb, it does.)
  const quoteClosed = !!prev?.possessive && /s'$/.test(prev.text) && /^(?:says|said|adds|added|tells|told|insists|insisted|warns|warned|admits|admitted|writes|wrote|argues|argued)$/.test(tok.norm);
  if (quoteClosed) return true;
  if (prev && prev.word && !infinitive && (NOT_BEFORE_VERB.has(prev.norm) || prev.possessive)) return false;
  // "Calls Trump’s Putin Remarks ‘Troubling’": after a possessive and a name that qualifies it, a plural that is a noun
  // too is the noun ("Russia’s Putin says" still says).
  if (prev?.word && prev.cap && t[i - 2]?.possessive && /^(?:remarks|comments|claims|reports|statements|tweets|posts|notes|warnings|calls|threats|pledges|promises)$/.test(tok.norm)) return false;
  // "the three blasts", "two claims", "20 reports": after a number the word is a noun ("the 70-year-old says" is
  // someone of that age speaking).
  if (prev && ((/^\d/.test(prev.text) && !/-old$/i.test(prev.text)) || /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many)$/.test(prev.norm))) return false;
  const next = t[i + 1];
  // "… took over from Judge Clegg and says it has been …": after "and" or "but", a form whose clause opens with a
  // subject pronoun is the second verb of the sentence's subject, not a noun ("claims and counterclaims").
  if (prev?.word && /^(?:and|but)$/.test(prev.norm) && next?.word && /^(?:it|he|she|they|we|i|you|there)$/.test(next.norm)) return true;
  // "the white-hot warning signal", "a warning shot": a form in -ing right after an article (or an article and an
  // adjective), before a noun, is a noun's modifier ("a letter warning residents" is a verb: a noun comes before it).
  if (/ing$/.test(tok.norm) && !!next?.word && !next.cap && isNounLike(next.norm) && !DETERMINERS.has(next.norm) && !PRONOUNS.has(next.norm)) {
    const adjectiveAfterArticle = !!prev?.word && !prev.cap && (prev.norm.includes('-') || hasTag(prev.norm, 'Adjective')) && DETERMINERS.has(t[i - 2]?.norm ?? '');
    if (DETERMINERS.has(prev?.norm ?? '') || adjectiveAfterArticle) return false;
  }
  // "his party spoke for “New Zealanders who …”": to speak for people is to stand for them, not to say the words.
  if (/^(?:speak|speaks|spoke|speaking)$/.test(tok.norm) && next?.norm === 'for') return false;
  const nounToo = hasTag(tok.norm, 'Noun', 'Singular', 'Plural', 'Uncountable') || /s$/.test(tok.norm);
  // "the claims of", but "says of Clinton, “…”" and "spoke of" are verbs.
  if (next && next.word && next.norm === 'of' && nounToo && !/^(?:says|said|speaks|spoke|writes|wrote)$/.test(tok.norm)) return false;
  // "claim", "report", "praise" are nouns as often as verbs: as a verb they follow a subject — a name, a pronoun,
  // a group ("officials claim") — or an adverb, and do not follow an adjective or another noun ("asylum claim").
  // "the letter reads", "the Home Office letter reads": a described subject before an inflected verb (a bare
  // form after a noun is a compound: "a blog post").
  const inflected = /(?:s|ed)$/.test(tok.norm) || !/^[a-z]+$/.test(tok.norm) || ['said', 'told', 'wrote', 'read'].includes(tok.norm);
  let d = i - 2;
  while (d > i - 5 && d >= 0 && t[d].word && !DETERMINERS.has(t[d].norm) && (t[d].cap || isNounLike(t[d].norm))) d--;
  // (The word before is the noun of that subject, not a verb: in "the Federal Reserve said rates were …" "rates" is
  // the object's noun.)
  // ("His handmade note reads", "his obituary reads": an owner's word opens the subject too.)
  const owned = !!prev?.word && SOURCE_NOUNS.test(prev.norm) && t.slice(Math.max(0, i - 4), i - 1).some((w, k, a) => w.word && /^(?:his|her|their|its|our|my|your)$/.test(w.norm) && a.slice(k + 1).every((x) => x.word && !x.cap && !CUE_VERBS.has(x.norm)));
  const opener = owned || (d >= 0 && t[d]?.word && DETERMINERS.has(t[d].norm) && t[d].norm !== 'that');
  const described = inflected && opener && !!prev?.word && !(CUE_VERBS.has(prev.norm) && /(?:ed|^said|^told|^wrote|^says|^tells|^writes)$/.test(prev.norm));
  // After a capitalised modifier that a partitive "of" or (for a bare form) an article opens, the word is a noun:
  // "32% of Republican claims", "most of Democratic claims", "in a Facebook message".
  const partitive = /s$/.test(tok.norm) && t[d]?.norm === 'of' && !!t[d - 1] && (/^(?:\d.*|%|percent|per|most|many|some|all|none|half|share|number|majority|few|several)$/.test(t[d - 1].norm));
  // (Not a participle after a capitalised office: "with the Taoiseach saying:".)
  const officeActs = /ing$/.test(tok.norm) && !!prev && isRoleWord(prev.norm);
  if (prev?.cap && d >= 0 && d === i - 2 && t[d].word && (partitive || (!inflected && !officeActs && DETERMINERS.has(t[d].norm)))) return false;
  // A bare form ("say", "message", "text") is a verb after I/we/you/they, a plural or named subject, a modal, "to"
  // or "do"; after any other word it is a noun ("a text message", "the press release").
  if (!inflected && CUE_LEMMAS.has(tok.norm) && prev?.word && !prev.cap && !BARE_VERB_AFTER.test(prev.norm) && !/s$/.test(prev.norm) && !/ly$/.test(prev.norm)) return false;
  // "A campaigner protesting against National Grid’s plans claims …": after someone described by a participle phrase,
  // an inflected form is the verb of that subject, not a noun compounded with the phrase's last noun.
  if (inflected && nounToo && describedBefore(t, i)) return true;
  // ("Plaintiff lawyers call", "the plaintiffs call": people in the plural before a bare form make it a verb; so does a
  // relative "who": "Jane Smith, who says …".)
  // ("A mum with four-month-old twins says": so does someone who can speak before a "with" phrase.)
  if (nounToo && prev && prev.word && !prev.cap && !PRONOUNS.has(prev.norm) && prev.norm !== 'who' && !isPeoplePlural(prev.norm) && !/ly$/.test(prev.norm) && !SKIP_BEFORE_CUE.has(prev.norm) && !isRoleWord(prev.norm) && !described && !speakerWith(t, i)) return false;
  return true;
}
/** A "with" phrase right before token `i`, after someone who can speak: "a mum with four-month-old twins". */
function speakerWith(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - 6; k--) {
    if (!t[k].word && !/^[-‐]$/.test(t[k].text)) return false;
    if (t[k].norm === 'with') return !!t[k - 1]?.word && !t[k - 1].cap && canSpeakNoun(t[k - 1].norm);
  }
  return false;
}

/** Does a subject described by a participle phrase end right before token `i` ("a campaigner protesting against
 *  the plans")? Within twelve words back: an article, a role or a group, a participle in -ing, and only words after. */
function describedBefore(t: Token[], i: number): boolean {
  for (let w = i - 2; w >= 2 && w >= i - 12; w--) {
    if (!t[w].word) return false;
    if (!/ing$/.test(t[w].norm) || t[w].cap) continue;
    const head = t[w - 1];
    return head.word && (!head.cap || head.text === head.text.toUpperCase()) && (isRoleWord(head.norm) || GROUPS.has(head.norm)) && DETERMINERS.has(t[w - 2].norm);
  }
  return false;
}

/** "In a Facebook message posted Friday": after a noun phrase that a preposition governs, an -ed form is a
 *  participle describing it, not a verb with that phrase as subject. */
function participleOfObject(t: Token[], i: number): boolean {
  let d = i - 1;
  while (d > i - 5 && d >= 0 && t[d].word && !DETERMINERS.has(t[d].norm) && (t[d].cap || isNounLike(t[d].norm))) d--;
  // Only an opening phrase ("In a message posted Friday, …", "…, in a box labeled …"): in "Protesters marching
  // through the streets chanted" the verb follows a phrase inside the subject.
  if (d >= i - 1 || d < 1 || t[i - 1].cap) return false;
  const opening = d - 2 < 0 || !t[d - 2].word;
  return opening && t[d].word && DETERMINERS.has(t[d].norm) && /^(?:in|on|at|of|for|from|with|to|into|through|via|after|before|under|during)$/.test(t[d - 1].norm);
}

// Nouns for what someone said: "Trump’s claim that …", "her description of …".
export const WORDS_NOUNS = /^(?:claim|claims|statement|statements|words|remark|remarks|comment|comments|assertion|description|promise|pledge|warning|argument|suggestion|insistence|prediction|allegation|accusation|charge|view|phrase|slogan|catchphrase|vow|boast|complaint|denial|contention|message|question|answer|reply|response|call|demand|plea|request|appeal|apology|tweet|tweets|post|speech|letter|memo|report|verdict|ruling)$/;

/** An adverb in -ly: by compromise's lexicon, or any -ly word it does not know as something else ("forcefully"). */
export function isAdverb(tok: Token): boolean {
  // Capitalised, an -ly word is a name far more often than an adverb between a subject and its verb: "Mr Donnelly said".
  return tok.word && !tok.cap && isAdverbWord(tok.norm);
}

/** A plural of things, by its ending, that cannot speak: "the suspensions", "the measures", "the differences". */
export const isThingsPlural = (norm: string): boolean => /(?:ions|ments|ness|ities|ures|ances|ences)$/.test(norm);

/** A noun for someone who can speak, owned by a name ("Scott's family", "Smith's lawyers", "Acme's chief
 *  executive"), not a thing ("Byrd's strategy", "John's praise"). */
export const canSpeakNoun = (norm: string): boolean => isRoleWord(norm) || GROUPS.has(norm) || ORG_NOUNS.has(norm) || /^famil(?:y|ies)$/.test(norm);

/** An -ly adverb by its lower-cased form alone ("previously" opening a sentence). */
export function isAdverbWord(norm: string): boolean {
  return /ly$/.test(norm) && (hasTag(norm, 'Adverb') || (norm.length > 5 && !hasTag(norm, 'Noun', 'Adjective', 'Verb', 'Singular', 'Plural')));
}

/** A verb in the past tense, by compromise's lexicon or its -ed ending ("beamed", "shot", "went"). */
export function isPastVerb(tok: Token): boolean {
  return tok.word && !tok.cap && (hasTag(tok.norm, 'PastTense') || (/ed$/.test(tok.norm) && !hasTag(tok.norm, 'Noun', 'Adjective')));
}

export const SUBORDINATORS = new Set(['after', 'when', 'as', 'because', 'while', 'although', 'though', 'if', 'since', 'before', 'until', 'once', 'whereas', 'unless', 'which', 'who', 'where', 'what']);

export const squashWord = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// What a story calls the company it is about: "the company said", "the firm", "the brewer", "the iPhone maker".
export const COMPANY_NOUNS = /^(?:company|firm|group|band|orchestra|choir|organi[sz]ation|business|charity|club|carmaker|automaker|retailer|lender|insurer|airline|operator|utility|conglomerate|startup|start-up|supplier|manufacturer|developer|publisher|brewer|distiller|miner|producer|chain|maker|chipmaker|drugmaker)$/;

export const MEDIA_NOUNS = /^(?:newspaper|paper|daily|weekly|tabloid|broadcaster|network|channel|station|magazine|website|outlet|agency|journal)$/;

/** Participles of issuing a document, before its sender: "a statement released by …", "a post signed by …". */
export const ISSUED_PARTICIPLES = 'released|issued|published|posted|signed|sent';
// Documents and institutions that "say" things: "the letter reads", "a statement said", "the city reasoned".
export const SOURCE_NOUNS = /^(?:letter|report|statement|study|survey|poll|message|document|memo|email|e-mail|post|tweet|filing|brief|submission|complaint|lawsuit|ad|advert|advertisement|clip|video|website|site|page|article|piece|editorial|release|notice|alert|warning|advisory|bulletin|forecast|guidance|announcement|sign|banner|note|obituary|ruling|judgment|verdict|order|decision|resolution|analysis|review|paper|book|film|city|town|county|state|country|province|region|government|council|court|agency|ministry|department)$/;

/** A lower-case word that can head a noun phrase and is no verb form: "relatives", "coach", "analysis". */
export function isNounHead(tok: Token): boolean {
  return tok.word && !tok.cap && isNounLike(tok.norm) && !isPastVerb(tok) && !hasTag(tok.norm, 'PastTense', 'PresentTense', 'Verb', 'Infinitive', 'Modal', 'Auxiliary', 'Copula');
}

/** A word that can head a noun phrase: a noun in compromise's lexicon, or a word it does not know. */
export function isNounLike(norm: string): boolean {
  const tags = tagsOf(norm);
  if (!tags.length) return /^[a-z][a-z-]+$/.test(norm);
  // After a determiner a verb form is a noun too ("a message", "the report"); function words never are.
  return !tags.some((x) => /Pronoun|Preposition|Conjunction|Determiner|Adverb|Adjective|Modal|Copula|Auxiliary/.test(x));
}
