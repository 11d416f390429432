// Claim decisions: what a copy editor decided about each claim, kept across edits, sessions and colleagues.
// No editor or Node imports: the extension supplies the files (workspace.fs, or editor storage).
export { anchorDecisions, SAME_SENTENCE, type Anchoring, type ClaimRef } from './anchor';
export { emptyFile, mergeFiles, parseFile, serializeFile } from './file';
export { similarity, words } from './similarity';
export { DecisionStore, type StoreFiles } from './store';
export { folderStoreFiles, STORE_FILE, STORE_FOLDER, type FolderFs } from './folderFiles';
export type * from './types';
