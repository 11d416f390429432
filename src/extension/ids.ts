// Every id the extension shares with package.json, in one place.

export const LANGUAGE_ID = 'article';

export const Commands = {
  enableForLanguage: 'copydesk.enableForLanguage',
  listQuotes: 'copydesk.listQuotes',
  exportQuotes: 'copydesk.exportQuotes',
  nextClaim: 'copydesk.nextClaim',
  previousClaim: 'copydesk.previousClaim',
  nextQuote: 'copydesk.nextQuote',
  previousQuote: 'copydesk.previousQuote',
  markVerified: 'copydesk.markVerified',
  dismissClaim: 'copydesk.dismissClaim',
  reopenClaim: 'copydesk.reopenClaim',
  forgetDecision: 'copydesk.forgetDecision',
  showClaims: 'copydesk.showClaims',
  removePastedLines: 'copydesk.removePastedLines',
  addToPeopleDirectory: 'copydesk.addToPeopleDirectory',
  /** Internal: jump to a span (hover links, tree items). Hidden from the Command Palette. */
  reveal: 'copydesk.reveal',
} as const;

/** The only commands hover links may run. */
export const HOVER_COMMANDS: readonly string[] = [Commands.reveal];

export const Views = {
  container: 'copydesk',
  claims: 'copydesk.claims',
  quotes: 'copydesk.quotes',
  people: 'copydesk.people',
} as const;

export const ContextKeys = {
  /** The active editor holds an article Copydesk analyses. */
  articleOpen: 'copydesk.articleOpen',
} as const;

export const Settings = {
  section: 'copydesk',
  languages: 'languages',
  analysisDelay: 'analysisDelay',
  markUnattributedQuotes: 'markUnattributedQuotes',
  claimsInProblems: 'claimsInProblems',
  peopleDirectories: 'peopleDirectories',
} as const;

export const Colors = {
  unattributedQuoteBorder: 'copydesk.unattributedQuoteBorder',
  unattributedQuoteRuler: 'copydesk.unattributedQuoteRuler',
} as const;

export const STATUS_ITEM_ID = 'copydesk.summary';
export const DIAGNOSTIC_SOURCE = 'Copydesk';
/** Diagnostic code of a claim to check (the engine's problems keep their own codes). */
export const CLAIM_CODE = 'claim-to-check';
