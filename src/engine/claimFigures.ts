// Figures a reader will take on trust: percentages, large counts, estimates, records and superlatives.
// Small counts, years, scores, ordinals and exact prices are left alone: they are the ordinary texture of news.
import type { TextSpan } from './types';

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const NUM_WORD = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|half|a few|several|a`;
const TENS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]`;
const QUANTITY = `(?:${NUM}|(?:${TENS})?(?:${NUM_WORD}))`;
const APPROX = String.raw`over|more than|above|nearly|almost|about|approximately|around|some|up to|at least|fewer than|less than|roughly|an estimated|estimated|close to|as many as|as much as|upwards of`;
const CURRENCY = String.raw`(?:US\$|[$£€¥])\s?`;
// "-est" words that are not superlatives.
const NOT_SUPERLATIVE = String.raw`(?!(?:west|rest|test|guest|nest|chest|quest|crest|pest|vest|zest|interest|request|protest|forest|honest|contest|conquest|inquest|suggest|arrest|harvest|manifest|modest|digest|latest)\b)`;

interface FigureRule {
  re: RegExp;
  /** Keeps a match only if this holds (for thresholds a pattern cannot say); `slice` is the sentence. */
  keep?: (m: RegExpExecArray, slice: string) => boolean;
  /** The figure is this capture group, not the whole match ("the busiest" in "is the busiest"). */
  group?: number;
}

// Counts of the dead and hurt: "killed 212 people", "At least 85 miners have been killed", "Dozens of pupils were
// among the dead". A toll is the figure an editor checks first, however small the story makes it look.
const TOLL_COUNT = String.raw`(?:${NUM}|${TENS}(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens|scores)`;
// Also the people an event drove out or a raid took in: "12,000 evacuated", "at least 40 arrested".
// (And the escaped, the recaptured and the rescued: "69 prisoners escaped", "61 … had been rearrested".)
const CASUALTY = String.raw`killed|dead|died|deaths|wounded|injured|hurt|hospitali[sz]ed|bodies|casualties|missing|evacuated|displaced|homeless|stranded|arrested|detained|rearrested|recaptured|rescued|escaped`;
/** "married for 40 years before he died", "the March 12 deaths": a span of time or a date, not a count of people. */
const NOT_A_TOLL = /^(?:\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times|percent|per)\b|\s*%)/i;
/** An age, not a count: "two women aged 70 and 71 have been arrested". */
const AGED_BEFORE = /\b(?:aged?|ages)\s+(?:between\s+)?(?:\d+\s*(?:and|or|to|-)\s*)?$/i;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;
export const TOLL_ABOUT = /\b(?:killed|killing|kills|dead|died|dying|deaths?|death toll|wounded|wounding|injured|injuring|hospitali[sz]ed|bodies|casualties|among the dead|evacuated|evacuees|displaced|homeless|stranded|arrested|arrests|detained|rearrested|recaptured|rescued|escaped|escapees)\b/i;
/** A toll worth a check: ten or more ("dozens", "forty-two", "212"), not a year. */
const isToll = (count: string) => {
  const n = count.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(n)) return true;
  return value(n) >= 10 && !/^(?:1[89]|20)\d\d$/.test(n);
};

// A superlative the sentence asserts of its subject: "the port is the busiest in the region", "was the most visited site".
// ("The biggest city in Texas is Houston" only names the city; "honesty is the best policy" judges, "the best-funded"
// measures.)
const PREDICATIVE = new RegExp(String.raw`\b(?:is|was|are|were|remains|remained|became|becomes|has been|had been|have been)\s+(?:now\s+|still\s+|also\s+|by far\s+|easily\s+)?(the\s+(?:most|least)\s+[a-z-]+|the\s+(?:best|worst)-[a-z]+|the\s+(?!(?:best|worst)\b)${NOT_SUPERLATIVE}[a-z]+est)\b`, 'gi');

const value = (s: string) => Number(s.replace(/,/g, ''));
/** A number that names, not counts: "Code 17200", "Local 1587", "Route 66", "Flight 370", "No. 10". */
const NUMBERED = /\b(?:Code|Section|Local|Route|Flight|Article|Rule|No\.?|Number|Room|Case|Highway|Interstate|Bill|Act)\s+$/;

/** Spans of time, measures and ages after a number: not a count of people or things. */
const COUNT_UNIT = /^\s+(?:[a-z-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times|miles|metres|meters|kilometres|kilometers|km|feet|inches|yards|tonnes|tons|acres|hectares|litres|liters|gallons|degrees|points|runs|goals|wickets|pounds|dollars|euros|cents|pence|per|percent)\b/;

/** Plural-looking words after a count that are not what it counts ("2022 as …", "a 911 call comes in"), and counts on
 *  a court's record ("guilty on all 12 counts"). */
const NOT_COUNTED = /^(?:always|perhaps|whereas|towards|afterwards|besides|comes|goes|does|makes|takes|gives|says|means|seems|counts|charges)$/;

const RULES: FigureRule[] = [
  // Percentages and shares.
  { re: new RegExp(String.raw`\b${QUANTITY}\s*(?:%|per\s?cent\b|percent\b|percentage points?\b)`, 'gi') },
  { re: /\b(?:one|\d+) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b(?! (?:minutes?|hours?|days?|the)\b)/gi },
  // A toll or a tally rising to a count: "as the death toll rose to at least 270", "the toll stood at 41", "the death
  // toll from days of flooding has reached 53", "the number of confirmed cases in Michigan stands at 43" (a few words
  // may say what is counted).
  { re: new RegExp(String.raw`\b(?:toll|tally|number of)(?:\s+[^\s.;:]+){0,8}?\s+(?:has\s+|had\s+)?(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|reached|reaches|reaching|stood|stands|standing|hit|hits)\s+(?:to\s+|at\s+)?(?:(?:${APPROX})\s+)?(${NUM})\b`, 'gi'), group: 1 },
  // A toll another event brings to a count: "raising the total death toll to 111", "bringing the number of dead to 40".
  { re: new RegExp(String.raw`\b(?:raising|raised|bringing|brought|taking|took|pushing|pushed)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}(?:toll|tally|number of [a-z]+)\s+to\s+(?:(?:${APPROX})\s+)?(${NUM})\b`, 'gi'), group: 1 },
  // Arrests counted: "more than 140 arrests", "made ten arrests", "the detention of 25 people".
  { re: new RegExp(String.raw`\b(?:(?:${APPROX})\s+)?(${TOLL_COUNT})\s+arrests\b|\bdetention of\s+(?:(?:${APPROX})\s+)?(${TOLL_COUNT})\s+(?:people|men|women|suspects|protesters|activists)\b`, 'gi'), keep: (m) => isToll(m[1] ?? m[2]) },
  // Shares in words: "nearly half of voters", "two-thirds of residents", "the majority of members".
  { re: /\b(?:(?:nearly|almost|about|around|more than|over|less than|fewer than|roughly|just under|just over)\s+)?(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|a fifth)\s+of\b|\bthe (?:vast )?majority of\b/gi, keep: (m, slice) =>
      !/\bhalf of (?:the |his |her |their |its )?(?:first|second|season|game|match|year|century|term|decade|month)\b/i.test(slice.slice(m.index, m.index + m[0].length + 12)) &&
      // "in the second half of his term": a stretch of time, not a share.
      !/\b(?:first|second|latter|last|early|earlier|later)\s+$/i.test(slice.slice(Math.max(0, m.index - 10), m.index)) },
  // Multiples.
  { re: /\b(?:has|have|had|has more than|have more than)\s+(?:doubled|tripled|trebled|quadrupled|halved)\b/gi },
  { re: new RegExp(String.raw`\b(?:${NUM}|${NUM_WORD})-fold\b|\b(?:two|three|four|five|ten|\d+) times (?:as|more|higher|larger|greater|bigger|faster)\b|\btwice as (?:many|much|high|large|likely)\b`, 'gi') },
  // "twice the amount a company has ever been ordered to pay", "double the number of cases".
  { re: /\b(?:twice|double|triple|three times|four times|ten times) the (?:amount|number|size|rate|level|price|cost|total|figure)\b/gi },
  // Millions and billions, written or abbreviated ("two billion", "£5bn").
  // "£86million": run together after a currency sign.
  { re: new RegExp(String.raw`(?:${CURRENCY})?\b(?:${NUM}|${NUM_WORD})\s+(?:million|billion|trillion)\b(?!-)|${CURRENCY}${NUM}\s?(?:bn|m|k|million|billion|trillion)\b`, 'gi') },
  { re: /\b(?:(?:hundreds|tens) of )?(?:thousands|millions|billions) of\b/gi, keep: (m) => !/^thousands/i.test(m[0]) },
  // An estimate of a large number ("over 422,000 euros", "some 12,000").
  {
    re: new RegExp(String.raw`\b(?:${APPROX})\s+(?:${CURRENCY})?(${NUM})`, 'gi'),
    keep: (m) => value(m[1]) >= 1000 && (/,/.test(m[1]) || m[1].length >= 5 || !/^(?:1[5-9]|20)\d\d$/.test(m[1])),
  },
  // An exact large count, not a price or a year ("45,756 migrants"; not "$ 50,000" or "1709"), nor a code: nine digits
  // or more run together, or digits joined to more digits by a hyphen ("20230822220840-64e571db…jpeg", a photo's file).
  {
    re: new RegExp(String.raw`(${CURRENCY})?\b(${NUM})\b(?!\s*(?:euros?|dollars?|pounds?|yen|yuan|rupees?|francs?)\b)`, 'gi'),
    // (Without commas, a count names what it counts: "75069 visitors"; "the 75069", "locomotive 75069" name a thing.)
    keep: (m, slice) => !m[1] && (/,/.test(m[2]) || (/^\d{5,8}$/.test(m[2]) && /^\s+[a-z]+s\b/.test(slice.slice(m.index + m[0].length)))) && value(m[2]) >= 1000 && !(slice[m.index + m[0].length] === '-' && /\d/.test(slice[m.index + m[0].length + 1] ?? '')) && !NUMBERED.test(slice.slice(Math.max(0, m.index - 12), m.index)),
  },
  // Records and superlatives.
  { re: /\ba record\b(?! (?:of|label|company|store|shop|deal|player|collection|producer)\b)|\brecord[- ](?:high|low|number|levels?|breaking|amount|year|temperatures?|sales|profits?|turnout|numbers)\b|\ball-time (?:high|low|record)\b/gi },
  // (Not opening the sentence, where it picks out one thing to talk about — "One of the oldest cars on the day was …",
  // "One of the best ways to enjoy the lakes" — rather than ranking the subject: "the fair is one of the largest".)
  { re: new RegExp(String.raw`\bone of the (?:most|least|${NOT_SUPERLATIVE}[a-z]+est)\b`, 'gi'), keep: (m, slice) => /\S/.test(slice.slice(0, m.index).replace(/^[^\p{L}\p{N}]+/u, '')) },
  // A rank a place or an owner gives: "the UK's largest cinema chain", "the nation's biggest seizure", "one of the
  // world's longest running programmes". (Not the highest or the best, "Wales's highest peak", "the RNLI's highest
  // awards", which name a known thing or an honour; nor "the council's most recent meeting".) Labellers of the read
  // batches flag half of the sentences it finds that nothing else flags.
  // (A name of several words whole: "New Zealand's biggest".)
  { re: /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+['’]s (?:largest|biggest|oldest|longest|busiest|fastest|smallest|tallest|deepest|most (?!recent\b)[\p{Ll}-]+)\b/gu },
  // A superlative or a first measured against history: "the deadliest … since 2015", "the largest … on record", "the
  // first since its return to democracy in 1982".
  { re: new RegExp(String.raw`\b(?:most|least|first|${NOT_SUPERLATIVE}[a-z]+est)\b[^.;,]{0,60}\b(?:ever|since (?:\d{4}|records began|(?:[a-z’']+ ){1,6}in \d{4})|on record|in (?:(?:its|their|his|her|the|[a-z]+['’]s) )+(?:\d+-year )?history)\b`, 'gi') },
  // (Not "for the first time in two weeks", "the first time since September": a while since it last happened, which
  // no labelled set counts as a record to check — nor "for the first time in 14 years", the return of a show.)
  // Or against the start of a war, a season, a crisis: "the heaviest shelling since the start of the war".
  { re: new RegExp(String.raw`\b${NOT_SUPERLATIVE}[a-z]+est\b[^.;,]{0,60}\bsince the (?:start|beginning|outbreak|launch|end) of\b`, 'gi') },
  { re: PREDICATIVE, group: 1 },
  // A measured superlative held: "Gwynedd has the highest number of second homes in Wales", "the ward with the highest
  // percentage of second homes".
  { re: /\b(?:has|have|had|with)\s+(?:now\s+|still\s+|also\s+)?(the\s+(?:highest|lowest|largest|biggest|greatest|smallest|most|fewest)\s+(?:number|rate|proportion|percentage|share|level|concentration|density|amount)s?\s+of)\b/gi, group: 1 },
  // A toll in lives taken: "a storm that has claimed at least 43 lives".
  { re: new RegExp(String.raw`\b(?:claimed|claiming|claims|cost|costing)\s+(?:(?:${APPROX})\s+)?(${TOLL_COUNT})\s+lives\b`, 'gi'), keep: (m) => isToll(m[1]), group: 1 },
  // Tolls: the count after the verb ("killed 212"), or before it ("At least 85 … have been killed", "Dozens of pupils
  // were among the dead").
  { re: new RegExp(String.raw`\b(?:killed|killing|kills|wounded|wounding|injured|injuring|evacuated|evacuating|displaced|displacing|arrested|arresting|detained|detaining)\s+(?:(?:${APPROX})\s+)?(${TOLL_COUNT})\b(?![\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|times)\b)`, 'gi'), keep: (m) => isToll(m[1]) },
  {
    re: new RegExp(String.raw`(?:\b(?:${APPROX})\s+)?\b(${TOLL_COUNT})\b(?=(?:\s+(?:of\s+)?[\w'-]+){0,4}\s+(?:(?:have|has|had)\s+been\s+|were\s+|are\s+|was\s+)?(?:${CASUALTY}|among the dead)\b)`, 'gi'),
    keep: (m, slice) => {
      const at = m.index + m[0].length;
      return isToll(m[1]) && TOLL_ABOUT.test(slice) && !NOT_A_TOLL.test(slice.slice(at)) && !MONTH_BEFORE.test(slice.slice(0, m.index)) && !AGED_BEFORE.test(slice.slice(Math.max(0, m.index - 20), m.index));
    },
  },
  // Last, so the rules above claim their figures first ("killed 212"): a count of people or things, ten or more, given
  // as fact — "564 patients had waited", "34 homes have crumbled", "Around 35 homes have no access". Not a year, a time
  // or a measure ("in 2017", "12 hours", "60 tonnes").
  {
    re: new RegExp(String.raw`(?<![\d,.:/-]|${CURRENCY})\b(${NUM})\s+(?:[a-z-]+\s+){0,2}?(people|children|men|women|[a-z]{2,}[^su\W]s)\b`, 'g'),
    keep: (m, slice) => {
      const n = m[1].replace(/,/g, '');
      if (!/^\d+$/.test(n) || value(n) < 10 || (!/,/.test(m[1]) && /^(?:1[89]|20)\d\d$/.test(n)) || NOT_COUNTED.test(m[2])) return false;
      const before = slice.slice(Math.max(0, m.index - 12), m.index);
      // (A day after a month's name is a date, "March 11 this year"; "In April 564 patients" is a count.)
      // (Not a set the sentence takes as known: "the 24 competing teams", "the team’s 20 members".)
      if (DEFINITE_BEFORE.test(before)) return false;
      return !COUNT_UNIT.test(m[0].slice(m[1].length)) && !NUMBERED.test(before) && !(value(n) <= 31 && MONTH_BEFORE.test(before));
    },
    group: 1,
  },
];

const DEFINITE_BEFORE = /(?:\b(?:the|its|their|his|her|our|your|my)|['’]s)\s+$/i;

/** The words of a court's order, up to a few words before the sum it sets. */
const COURT_ORDER = /\b(?:ordered(?:\s+[\w'’]+){0,3}\s+to\s+pay|(?:was|were|been)\s+fined)(?:\s+[\w'’]+){0,5}\s+$/i;

/** The figures in `text[from, to)`, as absolute spans, in order, not overlapping. */
export function findFigures(text: string, from: number, to: number): TextSpan[] {
  const slice = text.slice(from, to);
  const found: TextSpan[] = [];
  // Characters already inside a figure: checking each match against all the others was quadratic in a sentence
  // of many figures. (A match is never empty, so sharing a character is overlapping.)
  const taken = new Uint8Array(slice.length);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      if (rule.keep && !rule.keep(m, slice)) continue;
      const figure = rule.group ? m[rule.group] : m[0];
      const start = from + m.index + (rule.group ? m[0].lastIndexOf(figure) : 0);
      const end = start + figure.trimEnd().length;
      if (taken.subarray(start - from, end - from).includes(1)) continue;
      // "was ordered to pay £1,100 in costs", "have been fined more than £130,000": a court's order, on the record.
      if (COURT_ORDER.test(slice.slice(Math.max(0, start - from - 80), start - from))) continue;
      taken.fill(1, start - from, end - from);
      found.push({ start, end, text: text.slice(start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Exact sums of money ("£3,500", "$17", "€1,879", "14.09 pounds"): the texture of news that findFigures leaves
 *  alone when the writer states them, but a sum a source gives as fact ("the charity said it had spent £3,500")
 *  rests on its word. Not a court's order ("told to pay £800 towards costs"), which is on the record. */
export function findAmounts(text: string, from: number, to: number): TextSpan[] {
  const slice = text.slice(from, to);
  const found: TextSpan[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(slice); m; m = AMOUNT.exec(slice)) {
    if (COURT_ORDER.test(slice.slice(Math.max(0, m.index - 80), m.index)) || PAY_ORDER.test(slice.slice(Math.max(0, m.index - 60), m.index))) continue;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return found;
}
const AMOUNT = new RegExp(String.raw`${CURRENCY}${NUM}|\b${NUM}\s(?:pounds|dollars|euros)\b`, 'gi');
/** "told to pay a total of £800", "ordered to pay £75": a sum set by an order. */
const PAY_ORDER = /\b(?:told|ordered|required)\s+to\s+pay(?:\s+[\w'’]+){0,4}\s+$/i;
