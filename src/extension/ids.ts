// Every id the extension shares with package.json, in one place.

export const LANGUAGE_ID = 'article';

export const Commands = {
  enableForLanguage: 'copydesk.enableForLanguage',
} as const;

export const Settings = {
  section: 'copydesk',
  languages: 'languages',
  analysisDelay: 'analysisDelay',
  markUnattributedQuotes: 'markUnattributedQuotes',
} as const;

export const Colors = {
  unattributedQuoteBorder: 'copydesk.unattributedQuoteBorder',
  unattributedQuoteRuler: 'copydesk.unattributedQuoteRuler',
} as const;
