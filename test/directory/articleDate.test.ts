// The article's own date (a dateline or a date line near the top), and ended roles judged at it.
import * as assert from 'node:assert/strict';
import { checkArticle, findArticleDate, rolesDate } from '../../src/directory';
import { SHOIGU_ENTRY } from '../fixtures/shoiguRoles';
import { analysis, directory } from './helpers';

const TODAY = '2026-11-28';
const dateOf = (text: string) => findArticleDate(text, { today: TODAY });

describe('people directory: the article’s date', () => {
  const found: [string, string, string, 'dateline' | 'date-line'][] = [
    // [article opening, date, the date's words, kind]
    ['MOSCOW, Sept 13, 2023 (Reuters) - Russian President Vladimir Putin met Kim Jong-un.', '2023-09-13', 'Sept 13, 2023', 'dateline'],
    ['LONDON, 13 September 2023 — The Home Secretary said on Tuesday that…', '2023-09-13', '13 September 2023', 'dateline'],
    ['KYIV, Ukraine, Sept. 13, 2023 (AP) — Ukrainian forces…', '2023-09-13', 'Sept. 13, 2023', 'dateline'],
    ['PORT-AU-PRINCE, Jan 5, 2024 - Haiti’s…', '2024-01-05', 'Jan 5, 2024', 'dateline'],
    ['Kim invites Putin to North Korea\n\n13 September 2023\n\nNorth Korean leader Kim Jong-un…', '2023-09-13', '13 September 2023', 'date-line'],
    ['Kim invites Putin\nPublished: 2023-09-13\nNorth Korean leader…', '2023-09-13', '2023-09-13', 'date-line'],
    ['Kim invites Putin\nUpdated 2023-09-13T10:05:00Z\n', '2023-09-13', '2023-09-13T10:05:00Z', 'date-line'],
    ['Kim invites Putin\nWednesday 13 September 2023 10.05 BST\nNorth Korean leader…', '2023-09-13', '13 September 2023', 'date-line'],
    ['Kim invites Putin\nBy Jane Smith | September 13th, 2023\n\nNorth Korean leader…', '2023-09-13', 'September 13th, 2023', 'date-line'],
    ['Kim invites Putin\r\nFirst published on Wed 13 Sep 2023 at 14:20 GMT+1\r\n', '2023-09-13', '13 Sep 2023', 'date-line'],
    ['Leap day\n29 February 2024\n', '2024-02-29', '29 February 2024', 'date-line'],
    ['Kim invites Putin\nSept. 13, 2023 5:00 AM ET\n', '2023-09-13', 'Sept. 13, 2023', 'date-line'],
    ['Kim invites Putin\nUpdated 5:04 p.m. EDT, September 13, 2023\n', '2023-09-13', 'September 13, 2023', 'date-line'],
    ['Kim invites Putin\nBy Jane Smith, Political Correspondent\nThursday, 14th of September 2023\n', '2023-09-14', '14th of September 2023', 'date-line'],
  ];
  for (const [text, date, words, kind] of found) {
    it(`${JSON.stringify(text.slice(0, 48))}…: ${date} (${kind})`, () => {
      const d = dateOf(text);
      assert.ok(d, 'a date found');
      assert.equal(d.date, date);
      assert.equal(d.kind, kind);
      assert.equal(d.text, words);
      assert.equal(text.slice(d.start, d.end), words, 'the span is the date’s words');
      assert.equal(d.yearInferred, false);
    });
  }

  it('a dateline without a year: the latest year that does not put the day after today', () => {
    const d = dateOf('MOSCOW, Sept 13 (Reuters) - Russian President Vladimir Putin…');
    assert.deepEqual(d && { date: d.date, text: d.text, kind: d.kind, yearInferred: d.yearInferred },
      { date: '2026-09-13', text: 'Sept 13', kind: 'dateline', yearInferred: true });
    assert.equal(findArticleDate('SEOUL, Dec 24 (Yonhap) - North Korea…', { today: TODAY })?.date, '2025-12-24', 'December is still to come this year');
    assert.equal(findArticleDate('WASHINGTON, 2 March — The Senate…', { today: TODAY })?.date, '2026-03-02');
  });

  it('a date in a sentence of the story, or in a headline, is not the article’s date', () => {
    assert.equal(dateOf('Putin to meet Kim on 13 September 2023\n\nThe two leaders…'), null, 'a headline with a date');
    assert.equal(dateOf('North Korea was founded on 9 September 1948 with the backing of the Soviet Union.'), null);
    assert.equal(dateOf('WASHINGTON (AP) — The Senate voted on Tuesday.'), null, 'a dateline with no date');
    assert.equal(dateOf('The talks ran from 13 September 2023 to 14 September 2023.'), null);
    assert.equal(dateOf(''), null);
  });

  it('impossible dates are no dates', () => {
    assert.equal(dateOf('Kim invites Putin\n31 September 2023\n'), null);
    assert.equal(dateOf('Kim invites Putin\n29 February 2023\n'), null, '2023 is no leap year');
    assert.equal(dateOf('Kim invites Putin\n2023-13-01\n'), null);
  });

  it('only near the top: a date line far down the article is not looked at', () => {
    const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} of the story says something.`).join('\n');
    assert.equal(dateOf(`${body}\n13 September 2023\n`), null);
    assert.equal(dateOf(`Headline\n13 September 2023\n${body}`)?.date, '2023-09-13');
  });

  it('rolesDate: the article’s date when it gives one, else today', () => {
    assert.deepEqual(
      (({ date, source }) => ({ date, source }))(rolesDate('LONDON, 13 September 2023 — …', { today: TODAY })),
      { date: '2023-09-13', source: 'article' },
    );
    assert.deepEqual(rolesDate('No date here.', { today: TODAY }), { date: TODAY, source: 'today', found: null });
  });
});

describe('people directory: ended roles as of the article’s date', () => {
  const DESK = directory(`
people:
${SHOIGU_ENTRY}`);
  const story = (opening: string) => `${opening} Russian defence minister Sergei Shoigu was shown missiles.\n`;
  const check = (text: string, options = {}) =>
    checkArticle(text, analysis(text, [{ name: 'Sergei Shoigu', mentions: ['Sergei Shoigu'] }]), DESK, { today: TODAY, ...options }).problems;

  it('an article dated while he held the role: no problem, although the role has ended today', () => {
    assert.deepEqual(check(story('MOSCOW, Sept 13, 2023 (Reuters) -')), []);
  });

  it('an article dated after the role ended: the problem, saying which date it was judged at', () => {
    const problems = check(story('MOSCOW, 2 June 2024 (Reuters) -'));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].code, 'ended-role');
    assert.equal(problems[0].message,
      "Sergei Shoigu: defence minister until May 2024 (people directory); then Secretary of the Security Council (as of the article's date, 2 June 2024)");
  });

  it('an article with no date: judged at today', () => {
    const problems = check(story('Last year,'));
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, 'Sergei Shoigu: defence minister until May 2024 (people directory); now Secretary of the Security Council');
  });

  it('a date the caller gives wins over the article’s', () => {
    assert.equal(check(story('MOSCOW, Sept 13, 2023 (Reuters) -'), { asOf: '2025-01-01' }).length, 1);
  });
});
