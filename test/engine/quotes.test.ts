// The quotation-mark scan: quotes versus apostrophes, runs across paragraphs, unbalanced marks.
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/engine/document';
import { scanQuotes } from '../../src/engine/quotes';
import { analyze } from '../../src/engine';

const scan = (text: string) => {
  const r = scanQuotes(text, buildDocument(text).paragraphs);
  return { quotes: r.quotes.map((q) => text.slice(q.start, q.end)), problems: r.problems.map((p) => [text.slice(p.start, p.end), p.code]), raw: r };
};

describe('scanQuotes', () => {
  it('finds curly and straight double quotes', () => {
    assert.deepEqual(scan('He said “yes” and she said "no".').quotes, ['“yes”', '"no"']);
  });

  it('runs a quotation on past pasted advertisement lines, even with the labels run into the re-opened paragraph', () => {
    const text = 'He said: “The plan is wrong.\nAdvertisement\nHide AdAdvertisement\nHide Ad“A debate would be reasonable.”\nShe left.';
    const r = scan(text);
    assert.deepEqual(r.quotes, ['“The plan is wrong.\nAdvertisement\nHide AdAdvertisement\nHide Ad“A debate would be reasonable.”']);
    assert.deepEqual(r.problems, []);
    // An advertisement line after a paragraph left open with no re-opening is still an unclosed quotation.
    assert.equal(scan('He said: “The plan is wrong.\nAdvertisement\nShe left.').problems[0][1], 'unbalanced-quote');
  });

  it('does not take apostrophes for quotes', () => {
    const r = scan('Putin’s rock ’n’ roll years, the ’90s and the leaders’ meeting: don’t.');
    assert.deepEqual(r.quotes, []);
    assert.deepEqual(r.problems, []);
    // A dash mangled by a wrong encoding (”“ between spaces) is no pair of marks.
    assert.deepEqual(scan('It was my coming out in New York ”“ Clive Davis was the announcer.').quotes, []);
    // Inside a single-quoted quotation, the elision's second mark does not close it.
    assert.deepEqual(scan('The fans sang ‘rock ’n’ roll’ songs all night.').quotes, ['‘rock ’n’ roll’']);
  });

  it('finds single quotes used as quotation marks, and inside double ones', () => {
    assert.deepEqual(scan("Team honored for 'courageous achievement' at the contest").quotes, ["'courageous achievement'"]);
    const r = scan('“He called it ‘a disgrace’ today,” she said.');
    assert.deepEqual(r.quotes, ['“He called it ‘a disgrace’ today,”', '‘a disgrace’']);
    assert.deepEqual(r.raw.quotes.map((q) => q.depth), [0, 1]);
  });

  it('reads the typewriter pair \'\' as a double quotation mark', () => {
    assert.deepEqual(scan("''It's over,'' said Ms. Jones.").quotes, ["''It's over,''"]);
  });

  it('reads two right single marks as the close of a double quotation, not inside a single one', () => {
    assert.deepEqual(scan('“We live in fear,’’ Ana said. “It’s a ‘test’’ for us,” she said.').quotes, ['“We live in fear,’’', '“It’s a ‘test’’ for us,”', '‘test’']);
  });

  it('reads an apostrophe typed twice inside a word as no quotation mark', () => {
    assert.deepEqual(scan("She holds her husband''s detention notice. ''It's over,'' she said.").quotes, ["''It's over,''"]);
  });

  it('joins a quotation that runs over paragraphs and closes', () => {
    const text = '“First part of the speech.\n“Second part, still her words.”\nNarration.';
    assert.deepEqual(scan(text).quotes, ['“First part of the speech.\n“Second part, still her words.”']);
    assert.deepEqual(scan(text).problems, []);
  });

  it('joins a run of re-opened paragraphs that never closes — the copy cut off or its last mark left out — and reports it', () => {
    const cut = scan('He said: “The first part of the speech.\n“The second part, cut off in the mid');
    assert.deepEqual(cut.quotes, ['“The first part of the speech.\n“The second part, cut off in the mid']);
    assert.equal(cut.problems.length, 1);
    const unclosed = scan('“The first part.\n“The last part, never closed.\nThe union’s officer said: “Another quote.”');
    assert.deepEqual(unclosed.quotes, ['“The first part.\n“The last part, never closed.', '“Another quote.”']);
  });

  it('runs a quotation in single marks over paragraphs as one in double marks, in copy that quotes in singles', () => {
    const text = 'Hilary Benn said: ‘I am very aware of the problems.\n‘In the light of this I have decided.’\nThe NFU expects more.';
    assert.deepEqual(scan(text).quotes, ['‘I am very aware of the problems.\n‘In the light of this I have decided.’']);
    assert.deepEqual(scan(text).problems, []);
    assert.deepEqual(scan('He said: ‘First part.\n‘Second part, cut off').quotes, ['‘First part.\n‘Second part, cut off']);
    // A ‘ mid-sentence is no speech opened: it does not run on.
    assert.deepEqual(scan('The word ‘sorry was missing.\n‘Yes,’ she said.').quotes, ['‘Yes,’']);
  });

  it('closes a straight single quotation after an s when the next mark opens another, and keeps plural possessives', () => {
    assert.deepEqual(scan("Cllr Darren Scully called the killers 'scumbags' and 'animals'.").quotes, ["'scumbags'", "'animals'"]);
    assert.deepEqual(scan("The players' union said the clubs' owners were wrong.").quotes, []);
    // (An apostrophe inside a word after it is no mark that could close: "before toddler's death".)
    assert.deepEqual(scan("Nurses 'missed the signs' before toddler's death").quotes, ["'missed the signs'"]);
  });

  it('runs a quotation in single marks on where the copy re-opens it with a straight mark', () => {
    const text = 'Cllr Martin Tett said: ‘Clean air zones may have a role.\n\n\'This includes the ability to act.\'\n\nThe consultation closes in June.';
    assert.deepEqual(scan(text).quotes, ['‘Clean air zones may have a role.\n\n\'This includes the ability to act.\'']);
  });

  it('keeps a transcript’s parts apart, and reports it, when its re-opened paragraphs never close', () => {
    const r = scan('"PENCE: Well, look.\n"WALLACE: Do you?\n"PENCE: Yes.');
    assert.equal(r.quotes.length, 3);
    assert.deepEqual(r.raw.quotes.map((q) => q.continued), [false, true, true]);
    assert.equal(r.problems.length, 1);
  });

  it('keeps a transcript’s re-opened paragraphs apart even when the last one closes', () => {
    const r = scan('"PENCE: Well, look.\n"WALLACE: Do you?\n"PENCE: Yes, I do."');
    assert.equal(r.quotes.length, 3);
  });

  it('reports an unclosed quotation and a stray closing mark with their positions', () => {
    const r = scan('She said “this never ends.\nNarration goes on” here.\nAnother ” stray.');
    assert.deepEqual(r.problems.map((p) => p[1]), ['unbalanced-quote', 'unbalanced-quote']);
    assert.deepEqual(r.problems.map((p) => p[0]), ['N', '”']);
  });

  it('runs a quotation on into a paragraph that closes it without re-opening, and says so', () => {
    const text = 'He said, “We played well.\nWe could have scored twice.” Then he left.';
    const r = scan(text);
    assert.deepEqual(r.quotes, ['“We played well.\nWe could have scored twice.”']);
    assert.equal(r.raw.problems[0].start, text.indexOf('We could'));
  });

  it('reports a quotation left open at the end of a paragraph', () => {
    const r = scan('She said “this never ends.\nThe next paragraph is narration.');
    assert.deepEqual(r.problems, [['“', 'unbalanced-quote']]);
  });

  it('closes a quotation typed with an opening mark at its end, and reports the mark', () => {
    const r = scan('“It’s unusual,“ said Larry Noble. “It is hard.”');
    assert.deepEqual(r.quotes, ['“It’s unusual,“', '“It is hard.”']);
    assert.deepEqual(r.problems, [['“', 'unbalanced-quote']]);
  });

  it('opens a quotation typed with a closing mark at its start, and reports the mark; a closing mark after a word still closes', () => {
    const r = scan('The coach looked shaken. ”Yes, of course. It is very difficult," Costa said. He said ”nothing”.');
    assert.deepEqual(r.quotes, ['”Yes, of course. It is very difficult,"', '”nothing”']);
    assert.deepEqual(r.problems, [['”', 'unbalanced-quote'], ['”', 'unbalanced-quote']]);
    // No mark to close it: a stray closing mark, as before.
    assert.deepEqual(scan('He left. ”Gone').quotes, []);
  });

  it('joins a paragraph re-opened with a mistyped mark (a closing mark or a double prime) to the quotation it continues', () => {
    const text = 'Hinds replied: “Hang on – ministers talk the whole time.\n″Clearly this is serious.\n”Of course the secretary is focused on it.”';
    assert.deepEqual(scan(text).quotes, [text.slice(text.indexOf('“'))]);
    // A double prime for inches is no mark at all.
    assert.deepEqual(scan('It is a 12″ pizza.').quotes, []);
  });

  it('runs a quotation on where a pasted paragraph break was lost (“…nurses.“You hear …”), and reports nothing', () => {
    const text = 'Ann Lee said: “We are fed up. They make money off patients.“You hear it all the time.“It is terrible.” She left.';
    assert.deepEqual(scan(text).quotes, [text.slice(text.indexOf('“'), text.indexOf(' She'))]);
    assert.deepEqual(scan(text).problems, []);
    // (A second opening after a space still says the first was never closed.)
    assert.deepEqual(scan('He said: “We are fed up. “You hear it.”').problems.map((p) => p[1]), ['unbalanced-quote']);
    // (With none open, a mark after a full stop and no space opens one.)
    const glued = 'The bid came from Harrisburg.“There are hurdles,” said Ann Lee.';
    assert.deepEqual(scan(glued).quotes, ['“There are hurdles,”']);
    assert.deepEqual(scan(glued).problems, []);
  });

  it('reads a plural possessive as an apostrophe in a single-quoted speech that runs on into the next paragraph', () => {
    const text = 'Ann Lee said: ‘The fall has happened.\n\n‘Despite 100 years’ of nursing knowledge, our advice fell on deaf ears.\n\n‘Fewer students means fewer nurses.’';
    assert.deepEqual(scan(text).quotes, [text.slice(text.indexOf('‘'))]);
  });

  it('reads double primes typed for quotation marks, not inches after a number', () => {
    const text = '″You can build a ship more cheaply overseas,″ said Tom Hale. It is a 12″ pizza.';
    assert.deepEqual(scan(text).quotes, ['″You can build a ship more cheaply overseas,″']);
    assert.deepEqual(scan(text).problems, []);
  });

  it('handles empty text and text with no marks', () => {
    assert.deepEqual(scan('').quotes, []);
    assert.deepEqual(scan('No quotes here at all.').quotes, []);
  });

  it('keeps pasted headline lines apart, while hard-wrapped prose joins into paragraphs', () => {
    const headlines = 'Putin repeats Ukraine demands in first call with German leader\nDonald Trump’s return adds urgency and uncertainty to winter war\nUkraine says eastern town of Kupiansk still in its hands despite\nPete Hegseth: US army veteran, Fox News firebrand and now nominee';
    assert.equal(buildDocument(headlines).paragraphs.length, 4);
    const wrapped = 'The minister said on Tuesday that the new rules would come into\nforce next year, after a consultation with the industry and with\nunions, which have opposed parts of the plan since it was first\nannounced in the spring.\n\nSecond paragraph here.';
    assert.equal(buildDocument(wrapped).paragraphs.length, 2);
  });
});

describe('a quotation in straight single marks run over paragraphs', () => {
  it('opens after a colon when the next paragraph re-opens with a straight mark, and stays one quotation', () => {
    const text = "Phil Nee, the union's general secretary, said: 'As predicted, it has been a busy weekend across all sites.\n\n'The numbers are high,' she said.";
    const q = analyze(text).quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].text, text.slice(text.indexOf("'As"), text.indexOf(' she')));
    assert.deepEqual(analyze(text).problems, []);
    // An apostrophe is no quotation: "The pupils' books …\n\n'Yes,' he said."
    assert.deepEqual(analyze("The pupils' books were lost.\n\n'Yes,' he said.").quotes.map((x) => x.text), ["'Yes,'"]);
  });
});

describe('marks mixed by a publishing system', () => {
  it('closes a quotation opened with ‘ at a ” when no double mark is open, and says the marks do not match', () => {
    const text = 'Val Davis, a court assistant, said: ‘I have never seen anybody run as fast as Spencer did.”';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [['‘I have never seen anybody run as fast as Spencer did.”', 'Val Davis']]);
    assert.deepEqual(a.problems.map((p) => p.message), ['Quotation opened with ‘ and closed with ”: use matching marks.']);
    // Inside a double quotation the ” closes the double one.
    assert.deepEqual(analyze('She said “it was ‘fast” and left.').quotes.map((q) => q.text), ['“it was ‘fast”']);
  });
});

describe('a quotation in single marks run over paragraphs, opening on a figure', () => {
  it('is one quotation from its first mark: “He said: ’4,500 people live here. That’s it.\\n\\n’We have done it.’”', () => {
    const a = analyze("Mr Lee runs the pub.\n\nHe said: '4,500 people live in this village. That's the bottom line.\n\n'We have done everything we can.'");
    assert.deepEqual(a.quotes.map((q) => [q.text.slice(0, 12), q.speaker?.name ?? null]), [["'4,500 peopl", 'Lee']]);
  });
});

describe('a quotation in single straight marks run over paragraphs, opening a sentence after another', () => {
  it('is one quotation: “…again,’ he said. ’She was out of control.\\n\\n’She is not going to pose a risk.’”', () => {
    const a = analyze("'She will not trouble the courts again,' he said. 'She was out of control at a time in her life.\n\n'She is not going to pose a risk.'");
    assert.deepEqual(a.quotes.map((q) => q.text.slice(0, 12)), ["'She will no", "'She was out"]);
    assert.equal(a.problems.filter((p) => p.code === 'unbalanced-quote').length, 0);
  });
});
