// A copy editor's decision about a claim: plain JSON data, no editor types.

/** verified: checked and stands; dismissed: nothing to check; open: decided again to need checking. */
export type DecisionStatus = 'verified' | 'dismissed' | 'open';

export const STATUSES: readonly DecisionStatus[] = ['verified', 'dismissed', 'open'];

export interface Decision {
  /** Names the decision for good: the claim's id when it was first decided. Merges match on it. */
  key: string;
  /** The claim it is anchored to now. The engine derives claim ids from the sentence's words, so an edit changes it. */
  claimId: string;
  /** That claim's sentence, which lets the decision find it again after an edit or a move. */
  text: string;
  status: DecisionStatus;
  /** The editor's note ("checked with the press office"), '' for none. */
  note: string;
  /** When the status or note last changed (ISO 8601): the later one wins when two windows disagree. */
  decidedAt: string;
  /** When the anchor (claimId, text) last changed (ISO 8601). */
  anchoredAt: string;
}

/** What `.copydesk/claims.json` holds: decisions per document, by the document's path in the folder. */
export interface DecisionFile {
  version: 1;
  documents: Record<string, Decision[]>;
}
