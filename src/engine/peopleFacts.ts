// What the text says about a person where it names them: the role beside the name ("Russian defence minister
// Sergei Shoigu", "Anatoly Antonov, Russia’s ambassador to the United States") and the age ("Mr Kim (39)", "aged 45",
// "the 70-year-old Russian president").
import type { ArticleDoc } from './document';
import type { PersonInfo } from './people';
import type { Span } from './types';
import { bracketedAbbreviation, type Token } from './text';
import type { NameChunk } from './names';
import { HONORIFICS, OFFICE_WORDS, hasTag, isAdjectiveRank, isRoleWord } from './lexicon';
import { firstStartingAt, spanAt } from './peopleLookup';

// Words that may stand in a role phrase before a name: "North Korean leader", "Russia’s ambassador to the United States".
const ROLE_LINK = new Set(['of', 'to', 'for', 'the', 'at', 'and', 'in', 'on']);

/** The role the text gives next to this mention, if any: `t` are the tokens of its paragraph, whose offsets index `doc`. */
export function roleOf(doc: string, t: Token[], c: NameChunk): string | null {
  // "Mr Justice Richard Humphreys": a title after the form of address is the role.
  if (c.honorific && c.title.length && c.honorific.start < c.title[0].start) return doc.slice(c.title[0].start, c.title[c.title.length - 1].end);
  let start = c.first - (c.honorific ? 1 : 0);
  // "Labour leader Sir Keir Starmer": a knighthood or peerage is a form of address, no part of the role.
  while (start > 0 && t[start - 1].word && HONORIFICS.has(t[start - 1].norm) && t[start - 1].cap) start--;
  // Pre-modifier: "Russian defence minister Sergei Shoigu", "U.S. President Donald Trump", "team member Rodaba Noori".
  const pre = rolePhraseEndingAt(t, start - 1);
  // "founder of WhatsApp", "a reporter for PandoDaily": a role ending in "of" or "for" is held by someone else.
  if (pre && !ROLE_LINK.has(t[pre.to].norm)) return text(doc, pre);
  // Apposition before: "Russia’s ambassador to the United States, Anatoly Antonov, said".
  if (t[start - 1]?.text === ',') {
    const app = rolePhraseEndingAt(t, start - 2);
    // "…, Sung Kim" after "his American counterpart" or "the president" too, when the name closes the apposition
    // ("…, Sung Kim, said", "…, Sung Kim said") — not "the sheriff at the Grayson County, Ky. jail".
    const next = t[c.last];
    const closed = !next || /^[,;:)—–]$/.test(next.text) || (next.text === '.' && !(t[c.last + 1]?.word && !t[c.last + 1].cap)) || (next.word && !next.cap && hasTag(next.norm, 'Verb'));
    const opens = (k: number) => k < 0 || /^[,(—–]$/.test(t[k]?.text ?? '') || !t[k]?.word || (closed && /^(?:the|a|an|his|her|their|its|our)$/.test(t[k].norm));
    if (app && opens(app.from - 1)) return text(doc, app);
    // "The Lancashire area coroner, Kate Bisset,": nouns in lower case between the article and the role.
    if (app && closed) {
      let k = app.from - 1;
      while (k >= 0 && k >= app.from - 3 && t[k].word && !opens(k) && !hasTag(t[k].norm, 'Verb', 'Adverb', 'Preposition', 'Conjunction', 'Pronoun', 'Determiner')) k--;
      if (k < app.from - 1 && k >= 0 && t[k].word && /^(?:the|his|her|their|its|our)$/.test(t[k].norm)) return text(doc, { ...app, from: k + 1 });
    }
  }
  // Apposition after: "Steve Whitmore, a spokesman for the sheriff’s office, said" — past a party and state
  // ("Rep. Pramila Jayapal, D-Wash., chair of …", "Jim Clyburn (D-S.C.), the assistant leader …").
  let comma = c.last;
  const party = /^(?:\s*,\s*|\s*\()[DRI]-[A-Z][A-Za-z.]*\)?\s*,/.exec(doc.slice(c.end, c.end + 24));
  if (party) comma = firstStartingAt(t, c.end + party[0].length - 1);
  // "Jane Smith, 45, a teacher from Leeds,": past an age in its own commas.
  if (t[comma]?.text === ',' && /^\d{1,3}$/.test(t[comma + 1]?.text ?? '') && t[comma + 2]?.text === ',') comma += 2;
  // "Amay Gupta (name changed), a content moderation employee, …", "Ama Mensah (pictured), a nurse": past a short aside.
  if (t[comma]?.text === '(') {
    let close = comma + 1;
    while (close < comma + 6 && t[close] && !/^[()]$/.test(t[close].text)) close++;
    if (t[close]?.text === ')' && t[close + 1]?.text === ',') comma = close + 1;
  }
  if (t[comma]?.text === ',') {
    // A court report's "William Douglas-Jones, prosecuting," and "Robert Skinner, defending,": counsel for each side.
    const side = t[comma + 1]?.word && /^[,.;]$/.test(t[comma + 2]?.text ?? '') ? COUNSEL.get(t[comma + 1].norm) : undefined;
    if (side) return side;
    const after = rolePhraseStartingAt(t, comma + 1);
    if (after) return text(doc, after);
  }
  return null;
}

const COUNSEL = new Map([['prosecuting', 'prosecutor'], ['defending', 'defence counsel'], ['mitigating', 'defence counsel']]);

interface Range {
  from: number;
  to: number;
  tokens: Token[];
}

function text(doc: string, r: Range): string {
  return doc.slice(r.tokens[r.from].start, r.tokens[r.to].end).replace(/['’]s$/, '');
}

const isRole = (t: Token) => t.word && isRoleWord(t.norm);

/** A role phrase ending at token `end`: its head is a role word; it reaches back over modifiers. */
function rolePhraseEndingAt(t: Token[], end: number): Range | null {
  if (end < 0) return null;
  // "head of the International Monetary Fund (IMF)": a body's short name in brackets closes the phrase.
  const last = t[end].text === ')' && t[end - 2]?.text === '(' && /^\p{Lu}{2,}$/u.test(t[end - 1]?.text ?? '') ? end - 3 : end;
  // The head may be followed by "of/to X" ("ambassador to the United States"): find the last role word.
  let head = -1;
  for (let i = last; i >= Math.max(0, last - 6); i--) {
    if (!t[i].word) break;
    // (Not a rank in lower case: "the first major Hamas rocket barrage".)
    if (isRole(t[i]) && !isAdjectiveRank(t[i])) {
      head = i;
      break;
    }
    if (!(t[i].cap || ROLE_LINK.has(t[i].norm))) break;
  }
  if (head < 0) return null;
  if (head < last && !ROLE_LINK.has(t[head + 1].norm)) return null;
  let from = head;
  for (let i = head - 1; i >= Math.max(0, head - 8); i--) {
    const w = t[i];
    if (!w.word) break;
    // "Joint Council for the Welfare of Immigrants campaigner": links inside a capitalised name are part of it.
    const link = ROLE_LINK.has(w.norm) && capitalisedAround(t, i) && !namedBefore(t, i);
    // A capitalised small word opens the sentence, not the title: "But House Speaker Mike Johnson", "According to
    // Event Founder and Director Mario Kalpoun".
    if (w.cap && /^(?:the|a|an|but|and|or|so|yet|in|on|at|as|after|when|while|meanwhile|also|then|now|with|for|by|according)$/.test(w.norm)) break;
    if (w.possessive || w.cap || isRole(w) || OFFICE_WORDS.test(w.norm) || link) from = i;
    else break;
    if (w.possessive) break;
  }
  // (A link left first belonged to the words before: "[According] to Afghan Ambassador …".)
  while (from < head && ROLE_LINK.has(t[from].norm)) from++;
  return { from, to: end, tokens: t };
}

/** "Mumbai City coach Jorge Costa and Goa coach Sergio Lobera": before the "and" at i, a role word and then only
 *  capitalised words — someone else's name, closing their own role phrase. */
function namedBefore(t: Token[], i: number): boolean {
  if (t[i].norm !== 'and') return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (isRole(t[k]) && k < i - 1) return true;
    if (!t[k].word || !t[k].cap) return false;
  }
  return false;
}

/** Are the nearest words on both sides of the linking words at i capitalised ("Council for the Welfare")? */
function capitalisedAround(t: Token[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && ROLE_LINK.has(t[before].norm)) before--;
  let after = i + 1;
  while (after < t.length && ROLE_LINK.has(t[after].norm)) after++;
  return !!t[before]?.cap && !!t[after]?.cap && after - before <= 4;
}

function rolePhraseStartingAt(t: Token[], from: number): Range | null {
  // "News Group Newspapers, and its executive editor Dan Wootton,", "Pallbearers, including the French ambassador
  // …,": a list goes on, no apposition.
  if (t[from]?.word && /^(?:and|or|but|including|plus|like|with)$/.test(t[from].norm)) return null;
  let i = from;
  if (t[i]?.word && /^(?:a|an|the)$/.test(t[i].norm)) i++;
  const start = i;
  let head = -1;
  // Past a preposition after the head, any words up to the closing comma: "special representative for Korean
  // Peninsula peace and security affairs", "a spokesman for the sheriff’s office".
  let object = false;
  for (; i < t.length && i < from + 14; i++) {
    // "the attorney-general of the federation (AGF),", "the Democratic Alliance (DA) constituency chair": an
    // abbreviation in brackets stays inside.
    // (…and a body's short name in brackets: "an official at the National Search and Rescue Agency (Basarnas),".)
    if (i > start && (bracketedAbbreviation(t, i) || (head >= 0 && t[i].text === '(' && t[i + 2]?.text === ')' && !!t[i + 1]?.cap))) {
      i += 2;
      continue;
    }
    if (!t[i].word && t[i].text !== '-') break;
    // "Anosike, who continued his examination in chief,": a relative clause, no role.
    if (head < 0 && /^(?:who|which|that|whose|where|when)$/.test(t[i].norm)) return null;
    // "Speaking to Rolling Stone, Adele said the record was about her son": a finite verb before any role word
    // makes a clause, not an apposition.
    if (head < 0 && /^(?:said|says|told|tells|was|were|is|are|has|have|had|will|would)$/.test(t[i].norm)) return null;
    // "Ma Hao, a college student who volunteered for the rescue, told …": a relative clause after the role describes it.
    if (head >= 0 && /^(?:who|whose)$/.test(t[i].norm)) break;
    // "…, executive editor Dan Wootton,": a role word right before a name is that name's title, not this one's role.
    if (head === i - 1 && !object && t[i].cap && !isRole(t[i]) && !t[head].possessive) return null;
    if (isRole(t[i])) head = i;
    else if (head >= 0 && /^(?:of|for|to|at|in|on|from)$/.test(t[i].norm)) object = true;
    else if (head >= 0 && !(object || ROLE_LINK.has(t[i].norm) || t[i].cap || t[i].possessive)) {
      // "the ruling Law and Justice party PM": a capitalised title word inside a body's name ("Justice") is not the
      // head when a role word follows before the comma.
      if (t.slice(i + 1, i + 4).some((x, k, a) => isRole(x) && a.slice(0, k).every((y) => y.word))) continue;
      break;
    }
  }
  // The apposition closes with a comma, or ends the sentence: "…, chair of the Progressive Caucus." (or a relative
  // clause on it begins).
  if (head < 0 || (i < t.length && !/^[,.;]$/.test(t[i].text) && !/^(?:who|whose)$/.test(t[i].norm))) return null;
  return { from: start > from ? from : start, to: i - 1, tokens: t };
}

/** How far past a name ageOf reads. */
export const AGE_REACH = 14;

/** "Mr Kim (39)", "Smith, 45,": `c` is a chunk of `text`, in its paragraph of `sentences`. */
export function ageOf(text: string, sentences: Span[], c: NameChunk): number | null {
  // "Mr Kim (39)", "Smith, 45,", "Smith, aged 45,".
  const m = /^\s*(?:\(|,\s*)(?:aged\s+)?(\d{1,3})(?:\)|,|\.)/.exec(text.slice(c.end, c.end + AGE_REACH));
  // "Tony Benn, who served …, has died aged 87": the sentence's subject, with no other name before the age.
  const died = m ? null : diedAged(text, sentences, c);
  const n = m ? Number(m[1]) : died;
  return n !== null && n > 0 && n < 120 ? n : null;
}

function diedAged(text: string, sentences: Span[], c: NameChunk): number | null {
  const sentence = spanAt(sentences, c.start);
  // The name opens the sentence, after at most a short title ("Former Labour MP Tony Benn …").
  if (!sentence || c.start - sentence.start > 40) return null;
  const rest = text.slice(c.end, sentence.end);
  const m = /\b(?:has |had )?died(?: on \w+| in \w+| at \w+(?: \w+)?)?,? aged (\d{1,3})\b/.exec(rest);
  return m ? Number(m[1]) : null;
}

/** Ages given by description: "the 70-year-old Russian president" → the person whose role it names. */
export function describedAges(doc: ArticleDoc, people: PersonInfo[]): void {
  for (const m of yearOlds(doc.text)) {
    const words = m[2].trim().toLowerCase().split(/\s+/);
    const head = words.findIndex((w) => isRoleWord(w));
    if (head < 0) continue;
    const mods = words.slice(0, head);
    const matches = people.filter((p) => p.age == null && p.roleWords.includes(words[head]) && mods.every((w) => p.roleWords.includes(w)));
    if (matches.length === 1) matches[0].age = Number(m[1]);
  }
}

const YEAR_OLD = /\b(\d{1,3})-year-old((?:\s+[\p{L}’'-]+){1,4})/uy;

/** The matches of /\b(\d{1,3})-year-old…/gu in the text, in order: tried only just before each "-year-old" found by
 *  indexOf, instead of the regular expression stepping through the whole text. A match starts one to three
 *  characters before its "-year-old", and "-year-old" cannot overlap itself, so taking occurrences in order and the
 *  first start that matches (not before the end of the last match) finds what matchAll finds. */
export function yearOlds(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = text.indexOf('-year-old'); k >= 0; k = text.indexOf('-year-old', k + 1)) {
    for (let p = Math.max(from, k - 3); p < k; p++) {
      YEAR_OLD.lastIndex = p;
      const m = YEAR_OLD.exec(text);
      if (m) {
        out.push(m);
        from = YEAR_OLD.lastIndex;
        break;
      }
    }
  }
  return out;
}
