// The pure pieces behind hovers, views, List Quotes, navigation and quick fixes, in plain Node — with a
// synthetic analysis where a person's very name is hostile markup, which the engine itself never produces.
import * as assert from 'node:assert/strict';
import type { Analysis, Claim } from '../../../src/engine';
import { cardsAt, type CardContext } from '../../../src/extension/model/cards';
import { claimGroups } from '../../../src/extension/model/claimGroups';
import { step } from '../../../src/extension/model/navigation';
import { pastedLineSpans } from '../../../src/extension/model/pastedLines';
import { NO_SPEAKER, NOT_ATTRIBUTED, quoteGroups } from '../../../src/extension/model/quoteGroups';
import { summary } from '../../../src/extension/model/summary';
import { commandLink, escapeIcons, markdownText, openingWords, shorten } from '../../../src/extension/model/text';

/** What CommonMark shows for our Markdown: backslash escapes undone, Copydesk's links reduced to labels. */
const shown = (md: string) =>
  md
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(command:[^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');

const HOSTILE = ['[x](command:workbench.action.quit)', '<img src=x onerror=alert(1)>', '**bold** _it_ `code` # h', '$(alert) &amp; &lt;b&gt; \\ | ~~s~~', '![i](http://x/y.png)', 'http://evil.example/'];

describe('extension model: article text in Markdown', () => {
  for (const s of HOSTILE) {
    it(`shows ${JSON.stringify(s)} exactly, with no live markup`, () => {
      const md = markdownText(s);
      assert.equal(shown(md), s);
      assert.doesNotMatch(md, /(^|[^\\])[[\]<>()*_`#!&|~$]/, md);
    });
  }

  it('makes text one line (no Markdown blocks from leading spaces or blank lines)', () => {
    assert.equal(markdownText('  a\n\n    b\tc '), 'a b c');
  });

  it('links to a Copydesk command with JSON arguments', () => {
    const link = commandLink('line 3', 'copydesk.reveal', ['file:///a b.article', 1, 5]);
    assert.equal(link, `[line 3](command:copydesk.reveal?${encodeURIComponent(JSON.stringify(['file:///a b.article', 1, 5]))})`);
  });

  it('escapes $(icon) for quick picks, and leaves other dollars alone', () => {
    assert.equal(escapeIcons('pay $(alert) now, $5 (cash)'), 'pay \\$(alert) now, $5 (cash)');
  });

  it('shortens at a word boundary, and gives opening words', () => {
    assert.equal(shorten('one two three four five', 15), 'one two three…');
    assert.equal(shorten('onetwothreefourfive', 10), 'onetwothre…');
    assert.equal(shorten('short', 12), 'short');
    assert.equal(openingWords('A leaked internal letter seen by Sky News says that', 4), 'A leaked internal letter…');
  });
});

describe('extension model: hover cards', () => {
  const NAME = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)>';
  const TEXT = `“We stay,” said ${NAME}. “No,” he said. Later “fine” was heard.`;
  const at = (needle: string, from = 0) => {
    const start = TEXT.indexOf(needle, from);
    assert.ok(start >= 0, needle);
    return { start, end: start + needle.length, text: needle };
  };
  const he = at('he said');
  const analysis: Analysis = {
    quotes: [
      { ...at('“We stay,”'), kind: 'speech', speaker: { ...at(NAME), name: NAME, type: 'person', personId: 'p1' }, cue: at('said') },
      { ...at('“No,”'), kind: 'speech', speaker: { start: he.start, end: he.start + 2, text: 'he', name: NAME, type: 'person', personId: 'p1' }, cue: at('said', he.start) },
      { ...at('“fine”'), kind: 'scare', speaker: null, cue: null },
    ],
    people: [{ id: 'p1', name: NAME, aliases: ['<b>X</b>'], role: 'the *acting* [chair]', age: 41, mentions: [at(NAME)], quotes: [0, 1] }],
    claims: [],
    problems: [],
  };
  const links: unknown[][] = [];
  const ctx: CardContext = {
    lineOf: () => 1,
    jump: (label, start, end) => {
      links.push([start, end]);
      return commandLink(label, 'copydesk.reveal', ['u', start, end]);
    },
  };

  it('a person whose name is markup: the card shows the name, role and other names as typed', () => {
    const found = cardsAt(analysis, at(NAME).start + 3, ctx)!;
    assert.equal(found.cards.length, 1);
    const card = found.cards[0];
    assert.ok(shown(card).startsWith(`${NAME} — the *acting* [chair], 41`), shown(card));
    assert.ok(shown(card).includes('Also named: <b>X</b>'));
    assert.ok(!card.includes(NAME) && !card.includes('<b>'), card);
    for (const m of card.matchAll(/(?<!\\)\]\(command:([^?]+)/g)) assert.equal(m[1], 'copydesk.reveal');
    assert.match(shown(card), /Quoted 2 times:\n\n- “We stay,” line 1\n- “No,” line 1/);
  });

  it('"he": the person it stands for, saying how they are written here', () => {
    const found = cardsAt(analysis, he.start, ctx)!;
    assert.equal(found.start, he.start);
    assert.ok(shown(found.cards[0]).includes('Here as “he”.'));
  });

  it('a quotation: its kind, speaker and cue; a scare quote: no speaker expected', () => {
    const card = shown(cardsAt(analysis, 2, ctx)!.cards[0]);
    assert.match(card, /^Speech \(someone’s words\), line 1/);
    assert.ok(card.includes(`Said by ${NAME} (the *acting* [chair])`), card);
    const scare = shown(cardsAt(analysis, at('“fine”').start + 2, ctx)!.cards[0]);
    assert.match(scare, /^Scare quote/);
    assert.ok(!scare.includes('No speaker found'));
  });

  it('nothing on an ordinary word', () => {
    assert.equal(cardsAt(analysis, TEXT.indexOf('Later') + 1, ctx), undefined);
  });
});

describe('extension model: groups and navigation', () => {
  const claim = (start: number, category: Claim['category']): Claim => ({ id: `c${start}`, start, end: start + 5, text: `claim ${start}`, category, reason: 'r', source: null, triggers: [] });

  it('claims by category in a fixed order, open ones first', () => {
    const claims = [claim(50, 'hedged'), claim(10, 'single-source'), claim(30, 'hedged')];
    const decided = { key: 'k', claimId: 'c30', text: '', status: 'verified' as const, note: '', decidedAt: '', anchoredAt: '' };
    const groups = claimGroups(claims, [undefined, undefined, decided]);
    assert.deepEqual(groups.map((g) => g.label), ['Single source', 'Hedged']);
    assert.deepEqual(groups[1].entries.map((e) => e.claim.start), [50, 30]);
    assert.equal(groups[1].open, 1);
  });

  it('quotes by speaker in order of appearance, then no speaker, then the rest', () => {
    const q = (start: number, speaker: string | null, kind: 'speech' | 'scare' = 'speech') => ({
      start, end: start + 3, text: 'x', kind, cue: null,
      speaker: speaker ? { start: 0, end: 1, text: speaker, name: speaker, type: 'person' as const, personId: null } : null,
    });
    const groups = quoteGroups({ quotes: [q(0, null, 'scare'), q(5, 'B'), q(9, null), q(12, 'A'), q(20, 'B')], people: [], claims: [], problems: [] });
    assert.deepEqual(groups.map((g) => [g.label, g.quotes.length]), [['B', 2], ['A', 1], [NO_SPEAKER, 1], [NOT_ATTRIBUTED, 1]]);
  });

  it('next and previous wrap round', () => {
    const spans = [{ start: 30, end: 40 }, { start: 10, end: 20 }];
    assert.equal(step(spans, 0, 1)?.start, 10);
    assert.equal(step(spans, 10, 1)?.start, 30);
    assert.equal(step(spans, 35, 1)?.start, 10);
    assert.equal(step(spans, 30, -1)?.start, 10);
    assert.equal(step(spans, 5, -1)?.start, 30);
    assert.equal(step([], 5, 1), undefined);
  });

  it('the status summary', () => {
    assert.equal(summary(7, 6, 4), '7 quotes · 6 people · 4 to check');
    assert.equal(summary(1, 1, 0), '1 quote · 1 person · 0 to check');
  });
});

describe('extension model: which lines "Remove pasted line" deletes', () => {
  const lines = ['Para one.', '', 'Related headline', '', 'Para two.', 'Share this', 'Tweet', 'Para three.'];
  const offsets = (() => {
    const out: number[] = [];
    let o = 0;
    for (const l of lines) out.push(o), (o += l.length + 1);
    return out;
  })();
  const lineOf = (offset: number) => offsets.filter((o) => o <= offset).length - 1;
  const span = (line: number) => ({ start: offsets[line], end: offsets[line] + lines[line].length });

  it('a line between blank lines takes one blank line with it', () => {
    assert.deepEqual(pastedLineSpans([span(2)], lines, lineOf), [{ from: 2, to: 4 }]);
  });

  it('touching lines are joined; a line inside a paragraph goes alone', () => {
    assert.deepEqual(pastedLineSpans([span(6), span(5)], lines, lineOf), [{ from: 5, to: 7 }]);
  });

  it('a problem spanning lines takes them all', () => {
    assert.deepEqual(pastedLineSpans([{ start: offsets[5], end: offsets[6] + 3 }], lines, lineOf), [{ from: 5, to: 7 }]);
  });
});
