// Hover cards: a person's (name, role, age, other names, mentions, quotes with jumps) and a quotation's (who,
// cue, kind). Article text is data: markup in it shows as typed and runs nothing; only copydesk.reveal is trusted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FOUNDING_ARTICLE, HOSTILE_ARTICLE, SAMPLE_ARTICLE, closeAll, currentTokens, engine, hoverAt, open, positionOf, shown } from './helpers';

const text = (cards: vscode.MarkdownString[]) => cards.map((c) => shown(c.value)).join('\n---\n');

/** Every command link in the Markdown: [label, command, args]. */
function links(md: string): [string, string, unknown[]][] {
  return [...md.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(command:([^?)]+)\?([^)]*)\)/g)].map((m) => [shown(m[1]), m[2], JSON.parse(decodeURIComponent(m[3]))]);
}

describe('Hover cards on the founding article', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = (await open(FOUNDING_ARTICLE)).document;
    await currentTokens(document);
  });
  after(closeAll);

  it('on "Mr Kim": one card with his full name, role, age, other names and where he is first named', async () => {
    const cards = await hoverAt(document, positionOf(document, 'Mr Kim (39)', 0, 4));
    const card = text(cards);
    assert.match(card, /^Kim Jong-un — North Korean leader, 39/, card);
    assert.match(card, /Also named: .*Mr Kim/, card);
    assert.match(card, /Named \d+ times, first on line 1\./, card);
    assert.equal(cards.length, 1, 'one card: the name is not in a quotation');
  });

  it('on "Kim Jong Un" inside KCNA’s quotation: the same person, then the quotation', async () => {
    const cards = await hoverAt(document, positionOf(document, 'Kim Jong Un courteously', 0, 2));
    assert.equal(cards.length, 2, text(cards));
    assert.match(shown(cards[0].value), /^Kim Jong-un/);
    assert.match(shown(cards[1].value), /Said by KCNA \(organisation\)/);
  });

  it('on Antonov’s quotation: who said it, the cue, the kind', async () => {
    const card = text(await hoverAt(document, positionOf(document, 'no right to lecture', 0, 3)));
    assert.match(card, /^Speech \(someone’s words\), line \d+/, card);
    assert.match(card, /Said by Anatoly Antonov \(Russia’s ambassador to the United States\)/, card);
    assert.match(card, /Cue: “said”/, card);
  });

  it('on Antonov’s name: his card lists his quotation with a jump to it', async () => {
    const [card] = await hoverAt(document, positionOf(document, 'Anatoly Antonov', 0, 3));
    assert.match(shown(card.value), /Quoted 1 time:\s+- “The United States has no right to lecture us on how to live,” line \d+/, shown(card.value));
    // The last jump (the card ends with its Add to People Directory link).
    const [label, command, args] = links(card.value).filter(([, c]) => c === 'copydesk.reveal').pop()!;
    assert.match(label, /^line \d+$/);
    assert.equal(command, 'copydesk.reveal');
    const [uri, start, end] = args as [string, number, number];
    assert.equal(uri, document.uri.toString());
    assert.match(document.getText().slice(start, end), /^“The United States has no right/);
  });

  it('a jump link runs copydesk.reveal and moves the cursor there', async () => {
    const [card] = await hoverAt(document, positionOf(document, 'Anatoly Antonov', 0, 3));
    const [, command, args] = links(card.value).filter(([, c]) => c === 'copydesk.reveal').pop()!;
    assert.equal(command, 'copydesk.reveal');
    await vscode.commands.executeCommand(command, ...args);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(new vscode.Range(editor.selection.active, editor.selection.active.translate(0, 28))), '“The United States has no ri');
  });

  it('on a scare quote and on an ordinary word', async () => {
    assert.match(text(await hoverAt(document, positionOf(document, 'pelmeni', 0, 2))), /^Scare quote \(a term held at arm’s length\)/);
    assert.deepEqual(await hoverAt(document, positionOf(document, 'sturgeon', 0, 2)), []);
  });
});

describe('Hover cards on the sample article', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = (await open(SAMPLE_ARTICLE)).document;
    await currentTokens(document);
  });
  after(closeAll);

  it('on a pronoun the engine resolved ("She continued"): the person it stands for', async () => {
    const q = engine().analyze(document.getText()).quotes.find((x) => x.speaker?.personId && /^(he|she)$/i.test(x.speaker.text));
    assert.ok(q?.speaker, 'a quotation whose speaker is a pronoun');
    const card = text(await hoverAt(document, document.positionAt(q.speaker.start + 1)));
    assert.ok(card.startsWith(q.speaker.name), card);
    assert.ok(card.includes(`Here as “${q.speaker.text}”.`), card);
    assert.match(card, /Quoted \d+ times?:/, card);
  });

  it('on speech with no speaker: says so', async () => {
    const card = text(await hoverAt(document, positionOf(document, 'must be completed in English', 0, 3)));
    assert.match(card, /No speaker found: say who said it\./, card);
  });
});

describe('Hover cards treat article text as data', () => {
  let document: vscode.TextDocument;
  const LINK = '[x](command:workbench.action.quit)';
  const IMG = '<img src=x onerror=alert(1)>';

  before(async () => {
    document = (await open(HOSTILE_ARTICLE)).document;
    await currentTokens(document);
  });
  after(closeAll);

  it('a quotation holding a command link and an HTML tag shows them as typed', async () => {
    const cards = await hoverAt(document, positionOf(document, 'is not a name', 0, 2));
    const card = cards[cards.length - 1];
    assert.ok(shown(card.value).includes(`“${LINK} ${IMG} is not a name,”`), card.value);
    assert.ok(!card.value.includes(LINK) && !card.value.includes(IMG), `escaped, not live:\n${card.value}`);
  });

  it('the person’s card lists those quotations as typed: *stars*, $(icons), entities, backslashes', async () => {
    const [card] = await hoverAt(document, positionOf(document, 'John Smith', 0, 2));
    const plain = shown(card.value);
    assert.ok(plain.includes(`“${LINK} ${IMG} is not a name,”`), plain);
    assert.ok(plain.includes('“We paid *everyone* $(alert) &lt; on time \\ as agreed.”'), plain);
  });

  it('only copydesk.reveal is trusted (and Add to People Directory on a person’s card), HTML is off, and every link in a card is Copydesk’s', async () => {
    assert.ok(vscode.workspace.isTrusted, 'the test workspace is trusted');
    let personCards = 0;
    for (const needle of ['John Smith', 'is not a name', 'We paid']) {
      for (const card of await hoverAt(document, positionOf(document, needle, 0, 2))) {
        const trusted = card.isTrusted;
        assert.ok(typeof trusted === 'object' && trusted !== null, `isTrusted is a list of commands, not true: ${JSON.stringify(trusted)}`);
        const adds = links(card.value).filter(([, command]) => command === 'copydesk.addToPeopleDirectory');
        if (adds.length) {
          personCards++;
          assert.deepEqual(trusted.enabledCommands, ['copydesk.reveal', 'copydesk.addToPeopleDirectory']);
          assert.deepEqual(adds.map(([label, , args]) => [label, args]), [['Add to People Directory', [{ uri: document.uri.toString(), name: 'John Smith' }]]]);
        } else {
          assert.deepEqual(trusted.enabledCommands, ['copydesk.reveal']);
        }
        assert.ok(!card.supportHtml, 'no HTML');
        for (const [, command] of links(card.value)) assert.ok(command === 'copydesk.reveal' || command === 'copydesk.addToPeopleDirectory', command);
        assert.doesNotMatch(card.value, /(^|[^\\])</, `every < is escaped:\n${card.value}`);
      }
    }
    assert.ok(personCards >= 1, 'John Smith’s card offers Add to People Directory');
  });
});
