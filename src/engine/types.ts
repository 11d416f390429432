// The shape of an analysis: plain data, JSON-serialisable, no editor types.
// Offsets are JavaScript string indices into the analysed text; `end` is exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** speech: someone's words; partial: a few words quoted inside the writer's sentence;
 *  scare: a term held at arm's length; title: the name of a work or programme. */
export type QuoteKind = 'speech' | 'partial' | 'scare' | 'title';

/** person: a named or described individual; organisation: an outlet, agency, government or company;
 *  group: people left unnamed ("officials", "witnesses"). */
export type SpeakerType = 'person' | 'organisation' | 'group';

export interface Speaker extends Span {
  /** The person or organisation the mention stands for ("Anatoly Antonov" for "he"). */
  name: string;
  /** The mention next to the quote as written ("he", "Mr Antonov", "the spokeswoman"). */
  text: string;
  type: SpeakerType;
  /** `id` of the person in `Analysis.people`, when the speaker is one of them. */
  personId: string | null;
}

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The attribution cue ("said", "told", "according to"). */
  cue: TextSpan | null;
}

export interface Person {
  /** Stable within one text: derived from the canonical name. */
  id: string;
  /** Canonical full name, as the article spells it most fully ("Kim Jong-un"). */
  name: string;
  /** Every other way the article names this person ("Mr Kim", "Kim", "Kim Jong Un"). */
  aliases: string[];
  role: string | null;
  age: number | null;
  /** Where the article names the person (pronouns are not mentions). */
  mentions: TextSpan[];
  /** Indices into `Analysis.quotes` of the quotes attributed to this person. */
  quotes: number[];
}

export type ClaimCategory =
  | 'single-source'
  | 'unconfirmed'
  | 'allegation'
  | 'denial'
  | 'anonymous'
  | 'hedged'
  | 'unsourced-figure';

export interface Claim extends TextSpan {
  /** Derived from the sentence's normalised words, so it survives edits elsewhere in the text. */
  id: string;
  category: ClaimCategory;
  /** Plain-English reason a copy editor would give. */
  reason: string;
  /** Who the claim rests on, when the sentence says ("KCNA"). */
  source: string | null;
  /** The words that raised the flag. */
  triggers: TextSpan[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem with the copy itself, vfile-message style: a place, a rule and a reason. */
export interface Problem extends Span {
  code: 'unbalanced-quote' | 'unattributed-quote' | 'pasted-debris';
  message: string;
  severity: Severity;
}

export interface Analysis {
  quotes: Quote[];
  people: Person[];
  claims: Claim[];
  problems: Problem[];
}
