// Implements HoverProvider: a card for the person named or speaking under the cursor (also "he" where the
// engine resolved it), and one for the quotation. Article text is escaped into the Markdown as data; HTML is
// off; the only command the card may run is Copydesk's own jump (`isTrusted.enabledCommands`).
import * as vscode from 'vscode';
import { entryById, matchPeople, type PeopleDirectory } from '../directory';
import type { AnalysisService } from './analysis';
import { Commands, HOVER_COMMANDS } from './ids';
import { cardsAt, type CardContext } from './model/cards';
import { commandLink } from './model/text';
import { rangeOf } from './reveal';

export class ArticleHovers implements vscode.HoverProvider {
  /** `directory`: the people directory, when one is read; each card then shows its entry beside the article. */
  constructor(private readonly analyses: AnalysisService, private readonly directory?: () => PeopleDirectory) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const current = await this.analyses.current(document, token);
    if (!current || current.version !== document.version || token.isCancellationRequested) return undefined;
    const uri = document.uri.toString();
    const ctx: CardContext = {
      lineOf: (offset) => document.positionAt(offset).line + 1,
      jump: (label, start, end) => commandLink(label, Commands.reveal, [uri, start, end]),
    };
    const directory = this.directory?.();
    if (directory?.entries.length) {
      const matches = matchPeople(current.analysis, directory);
      ctx.entryOf = (person) => entryById(directory, matches.find((m) => m.personId === person.id)?.entryId ?? null);
    }
    const found = cardsAt(current.analysis, document.offsetAt(position), ctx);
    if (!found || !found.cards.length) return undefined;
    return new vscode.Hover(found.cards.map(card), rangeOf(document, found));
  }
}

export function card(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}
