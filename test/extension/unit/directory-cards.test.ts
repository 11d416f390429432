// The people-directory part of a hover card, in plain Node: which date ended roles are judged at (and the card
// saying so), and the Add to People Directory link, only where the caller offers it.
import * as assert from 'node:assert/strict';
import { mergeDirectories, parseDirectory, rolesDate, type DirectoryEntry } from '../../../src/directory';
import type { Analysis, Person } from '../../../src/engine';
import { addLink, personCard, rolesAtOf, rolesAtText, type CardContext } from '../../../src/extension/model/cards';

const TEXT = 'MOSCOW, Sept 13, 2023 (Reuters) - Russian defence minister Sergei Shoigu met Kim Jong-un.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const shoigu: Person = { id: 'p1', name: 'Sergei Shoigu', aliases: [], role: 'Russian defence minister', age: null, mentions: [at('Sergei Shoigu')], quotes: [] };
const analysis: Analysis = { quotes: [], people: [shoigu], claims: [], problems: [] };
const entry: DirectoryEntry = mergeDirectories([
  parseDirectory('people:\n  - name: Sergei Shoigu\n    roles:\n      - title: Russian defence minister\n        from: 2012-11\n        to: 2024-05\n', { file: 'people.yaml' }),
]).entries[0];
const base: CardContext = { lineOf: () => 1, jump: (label) => label };
/** The Markdown as shown: escapes dropped. */
const shown = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('hover card: ended roles as of the article’s date', () => {
  it('the article’s dateline: the role had not ended then, and the card says which date it judged at', () => {
    const card = shown(personCard(analysis, shoigu, { ...base, rolesAt: rolesAtOf(rolesDate(TEXT, { today: '2026-11-28' })) }, undefined, entry));
    assert.match(card, /Role: Russian defence minister \(November 2012 – May 2024\) — \*directory\*/, card);
    assert.doesNotMatch(card, /ended/, card);
    assert.match(card, /Roles as of the article's date, 13 September 2023/, card);
  });

  it('no date in the article: judged at today, and said so', () => {
    const card = shown(personCard(analysis, shoigu, { ...base, rolesAt: rolesAtOf(rolesDate('Shoigu met Kim.', { today: '2026-11-28' })) }, undefined, entry));
    assert.match(card, /\(November 2012 – May 2024\) — \*\*ended\*\* — \*directory\*/, card);
    assert.match(card, /Roles as of today, 28 November 2026/, card);
  });

  it('a dateline without a year says the year was assumed', () => {
    const r = rolesDate('MOSCOW, Sept 13 (Reuters) - …', { today: '2026-11-28' });
    assert.equal(rolesAtText(rolesAtOf(r)), "as of the article's date, 13 September 2026 (its dateline gives no year: this year assumed)");
  });

  it('an entry with no dated role: no line about dates', () => {
    const undated = { ...entry, roles: [{ title: 'Russian defence minister', from: null, to: null }] };
    assert.doesNotMatch(personCard(analysis, shoigu, { ...base, rolesAt: { date: '2026-11-28', source: 'today' } }, undefined, undated), /Roles as of/);
  });
});

describe('hover card: the Add to People Directory link', () => {
  const link = (person: Person, e: DirectoryEntry | null | undefined) => addLink('copydesk.addToPeopleDirectory', 'file:///a.article', person, e);

  it('offered when the caller gives it: Add for someone not in the directory, Update for someone who is', () => {
    const notIn = personCard(analysis, shoigu, { ...base, addLink: link }, undefined, null);
    assert.ok(notIn.endsWith(`\n\n${link(shoigu, null)}`), notIn);
    assert.match(notIn, /^\[Add to People Directory\]\(command:copydesk\.addToPeopleDirectory\?/m);
    const args = JSON.parse(decodeURIComponent(/\(command:copydesk\.addToPeopleDirectory\?([^)]*)\)/.exec(notIn)![1]));
    assert.deepEqual(args, [{ uri: 'file:///a.article', name: 'Sergei Shoigu' }]);
    assert.match(personCard(analysis, shoigu, { ...base, addLink: link }, undefined, entry), /\[Update in People Directory\]\(command:/);
  });

  it('not offered without it (Restricted Mode): no command but the jumps', () => {
    const card = personCard(analysis, shoigu, base, undefined, null);
    assert.doesNotMatch(card, /People Directory\]|command:/, card);
  });

  it('a name with Markdown or a bracket in it stays in the arguments: the link is whole, and the only one', () => {
    for (const name of ['Evil [x](command:workbench.action.quit)', 'O’Brien (Jr) )', "D'Arcy *"]) {
      const odd: Person = { ...shoigu, name };
      const card = personCard({ ...analysis, people: [odd] }, odd, { ...base, addLink: link }, undefined, null);
      const links = [...card.matchAll(/(?<!\\)\]\(command:([^?)]+)\?([^)\s]*)\)/g)];
      assert.deepEqual(links.map((m) => m[1]), ['copydesk.addToPeopleDirectory'], card);
      assert.ok(card.endsWith(links[0][0]), `the link runs to the end of the card:\n${card}`);
      assert.deepEqual(JSON.parse(decodeURIComponent(links[0][2])), [{ uri: 'file:///a.article', name }]);
    }
  });
});
