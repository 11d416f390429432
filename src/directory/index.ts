// The newsroom's people directory: house spellings, aliases and dated roles, checked against an article.
// No editor or Node imports (no `fs`): callers read the files and hand their text in.
export { findArticleDate, rolesDate, type ArticleDate, type FindDateOptions, type RolesDate } from './articleDate';
export { addToDirectory, type AddOptions, type AddResult, type PersonFacts } from './add';
export { applyEdits, checkArticle, fixAll, formatDate, hasEnded, type CheckOptions } from './check';
export { entryById, findEntry, matchPeople } from './match';
export { mergeDirectories } from './merge';
export { nameKey } from './names';
export { ENTRY_FIELDS, formatOf, parseDirectory, type DirectoryFormat, type ParseOptions } from './parse';
export type * from './types';
