// Implements HoverProvider: a card for the person named or speaking under the cursor (also "he" where the
// engine resolved it), and one for the quotation. Article text is escaped into the Markdown as data; HTML is
// off; the only commands a card may run are Copydesk's own jump (`isTrusted.enabledCommands`) and, on a
// person's card in a trusted workspace, Add to People Directory for that person.
import * as vscode from 'vscode';
import { entryById, matchPeople, rolesDate, type PeopleDirectory } from '../directory';
import type { AnalysisService } from './analysis';
import { Commands, HOVER_COMMANDS } from './ids';
import { addLink, cardsAt, rolesAtOf, type CardContext } from './model/cards';
import { commandLink } from './model/text';
import { rangeOf } from './reveal';

export class ArticleHovers implements vscode.HoverProvider {
  /** `directory`: the people directory, when one is read; each card then shows its entry beside the article. */
  constructor(private readonly analyses: AnalysisService, private readonly directory?: () => PeopleDirectory) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const current = await this.analyses.current(document, token);
    if (!current || current.version !== document.version || token.isCancellationRequested) return undefined;
    const uri = document.uri.toString();
    const text = document.getText();
    const ctx: CardContext = {
      lineOf: (offset) => document.positionAt(offset).line + 1,
      jump: (label, start, end) => commandLink(label, Commands.reveal, [uri, start, end]),
      // The date ended roles are judged at: the article's own (a dateline, a date line), else today. The
      // directory's diagnostics use the same (checkArticle's default).
      rolesAt: rolesAtOf(rolesDate(text)),
    };
    // Restricted Mode: no link that would write the directory (the command refuses there too).
    if (vscode.workspace.isTrusted) {
      ctx.addLink = (person, entry) => addLink(Commands.addToPeopleDirectory, uri, person, entry);
    }
    const directory = this.directory?.();
    if (directory?.entries.length) {
      const matches = matchPeople(current.analysis, directory);
      ctx.entryOf = (person) => entryById(directory, matches.find((m) => m.personId === person.id)?.entryId ?? null);
    }
    const found = cardsAt(current.analysis, document.offsetAt(position), ctx);
    if (!found || !found.cards.length) return undefined;
    return new vscode.Hover(
      found.cards.map((markdown) => card(markdown, ctx.addLink !== undefined && markdown.includes(`(command:${Commands.addToPeopleDirectory}?`))),
      rangeOf(document, found),
    );
  }
}

/** A card's Markdown, trusted for Copydesk's jump only — and for Add to People Directory when the card holds
 *  that link (a person's card, in a trusted workspace). Article text in it is escaped, so no link in it is the
 *  article's. */
export function card(markdown: string, canAdd = false): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = { enabledCommands: canAdd ? [...HOVER_COMMANDS, Commands.addToPeopleDirectory] : [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}
