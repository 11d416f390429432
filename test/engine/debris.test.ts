import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/engine/document';
import { findDebris, labelOf } from '../../src/engine/debris';
import { shapeOf } from '../../src/engine/lineShape';
import { PASTED_LINES } from '../fixtures/kimPutinSummit';

const debris = (text: string) => findDebris(buildDocument(text)).map((p) => ({ line: text.slice(p.start, p.end), message: p.message }));
const lines = (text: string) => debris(text).map((d) => d.line);

// Two paragraphs each side of the pasted lines: with fewer, text.ts takes a short text with several
// unpunctuated lines for hard-wrapped copy and joins its lines into one paragraph.
const PROSE_A =
  'The council voted on Tuesday to close the library, ending a campaign that had lasted two years.\nThe building will be sold in the spring, and its books moved to the town hall.';
const PROSE_B =
  'Residents said they would appeal against the decision before the end of the month.\nA public meeting is planned for next Thursday evening at the school.';

describe('findDebris', () => {
  it('finds nothing in empty or blank text', () => {
    assert.deepEqual(debris(''), []);
    assert.deepEqual(debris('\n\n  \n'), []);
  });

  it('leaves the title, dateline and byline at the top alone', () => {
    const text = `Council votes to close village library\nFriday, July 21, 2017\nBy Jane Smith\n${PROSE_A}\n${PROSE_B}`;
    assert.deepEqual(debris(text), []);
  });

  it('leaves a single section subheading between paragraphs alone', () => {
    assert.deepEqual(debris(`${PROSE_A}\nWhat happens next\n${PROSE_B}`), []);
    assert.deepEqual(debris(`# Council votes to close library\n\n${PROSE_A}\n\n## What happens next\n\n${PROSE_B}`), []);
  });

  it('leaves a live blog’s entry times and headlines alone', () => {
    assert.deepEqual(debris(`${PROSE_A}\n\n14:10 GMT\nKremlin denies targeting civilians\n\n${PROSE_B}`), []);
    assert.deepEqual(debris(`${PROSE_A}\n\n2:25 p.m.\nCampaign defends early-morning tweets\n\n${PROSE_B}`), []);
  });

  it('finds a run of related-article headlines between paragraphs, each as a whole line', () => {
    const heads = ['Mayor promises review of library funding after protest', 'Five things to know about the council budget'];
    const text = `${PROSE_A}\n${heads.join('\n')}\n${PROSE_B}`;
    const found = findDebris(buildDocument(text));
    assert.deepEqual(found.map((p) => text.slice(p.start, p.end)), heads);
    for (const p of found) {
      assert.equal(p.code, 'pasted-debris');
      assert.equal(p.severity, 'hint');
      assert.equal(p.message, 'Related-article headline pasted from a web page');
    }
  });

  it('needs prose after a run of two; a run of three may end the text', () => {
    const two = 'Reporting by Jane Smith\nEditing by John Doe';
    assert.deepEqual(debris(`${PROSE_A}\n${two}`), []);
    const three = ['Mayor promises review of library funding', 'Five things to know about the council budget', 'Why village libraries matter'];
    assert.deepEqual(lines(`${PROSE_A}\n${three.join('\n')}`), three);
  });

  it('sees through link labels inside a run of headlines', () => {
    const text = `${PROSE_A}\nMayor promises review of library funding\n[ Library closures across the countyOpens in new window ]\nFive things to know about the council budget\n${PROSE_B}`;
    assert.equal(debris(text).length, 3);
  });

  it('names each kind of page furniture', () => {
    const cases: [string, string][] = [
      ['[ Inside the new library buildingOpens in new window ]', 'Link pasted from a web page: “Inside the new library building…Opens in new window”'],
      ['Advertisement', 'Advertisement label'],
      ['ADVERTISEMENT', 'Advertisement label'],
      ['Hide AdAdvertisement', 'Advertisement label'],
      ['Read more', 'Read more link'],
      ['READ MORE: Mayor promises review of library funding', 'Read more link pasted from a web page: “Mayor promises review of library funding”'],
      ['Share this article', 'Share buttons'],
      ['Share on Facebook', 'Share buttons'],
      ['Share on WhatsApp', 'Share buttons'],
      ['Copy link', 'Share buttons'],
      ['Facebook Twitter Email', 'Share buttons'],
      ['Sign up to our newsletter', 'Newsletter sign-up prompt'],
      ['For news across the region, sign up for breaking news alerts delivered directly to you when they happen.', 'Sign-up or donation prompt pasted from a web page'],
      ['By providing your email address, you have read and agree to our Terms and Conditions.', 'Sign-up or donation prompt pasted from a web page'],
      ['More than 3,000 readers have already pitched in to keep free access to the Courier.', 'Sign-up or donation prompt pasted from a web page'],
      ["Click to play video: 'Ferry timetable changes to be discussed at council'", 'Video player label pasted from a web page'],
      ['MORE: Minister leaves the door open to a review of ferry fares', 'Read more link pasted from a web page: “Minister leaves the door open to a review of ferry fares”'],
      ['The BBC is not responsible for the content of external sites.', 'Note on external links pasted from a web page'],
    ];
    for (const [line, message] of cases) {
      assert.deepEqual(debris(`${PROSE_A}\n${line}\n${PROSE_B}`), [{ line, message }], line);
    }
  });

  it('takes the headline under a bare "Read more" label', () => {
    assert.deepEqual(lines(`${PROSE_A}\nRead more:\nMayor promises review of library funding\n${PROSE_B}`), [
      'Read more:',
      'Mayor promises review of library funding',
    ]);
  });

  it('takes the bulleted headlines under a bare "Read more", but not a bulleted list of facts', () => {
    const links = ["- Tributes paid to 'kind' Herts police officer", '• Complaints preceded Hitchin blaze'];
    assert.deepEqual(lines(`${PROSE_A}\nREAD MORE\n${links.join('\n')}\n${PROSE_B}`), ['READ MORE', ...links]);
    assert.deepEqual(lines(`${PROSE_A}\n- Bins will be emptied on Tuesday.\n- Recycling centres stay open.\n${PROSE_B}`), []);
  });

  it('takes every headline under a bare "More on this story" at the end of the text', () => {
    const heads = ['Mayor promises review of library funding', 'Five things to know about the council budget'];
    assert.deepEqual(lines(`${PROSE_A}\n${PROSE_B}\nMore on this story\n${heads.join('\n')}`), ['More on this story', ...heads]);
  });

  it('reads a hard-wrapped Markdown file by its blocks', () => {
    const wrapped = (s: string) => s.replace(/(.{40,70}?) /g, '$1\n');
    const text = [
      '# Council votes to close library',
      wrapped(PROSE_A.replace('\n', ' ')),
      'Mayor promises review of library funding',
      'Five things to know about the council budget',
      'Advertisement',
      wrapped(PROSE_B.replace('\n', ' ')),
    ].join('\n\n');
    assert.deepEqual(lines(text), ['Mayor promises review of library funding', 'Five things to know about the council budget', 'Advertisement']);
  });

  it('leaves captions, credits and prose that merely mentions the words', () => {
    const text = [
      PROSE_A,
      'Image: Nick Moreau.',
      'Photo: Reuters',
      'The library will share its building with the advertisement agency next door, officials said.',
      'Read more about the plan in the council minutes, which were published on Monday.',
      PROSE_B,
    ].join('\n');
    assert.deepEqual(debris(text), []);
  });

  it('finds every pasted line in the founding article and none of its paragraphs', () => {
    const text = readFileSync(join(__dirname, '../fixtures/kim-putin-summit.article'), 'utf8');
    const found = debris(text);
    assert.deepEqual(
      found.map((d) => d.line),
      PASTED_LINES,
    );
    assert.deepEqual([...new Set(found.map((d) => d.message.split(':')[0]))], ['Related-article headline pasted from a web page', 'Link pasted from a web page']);
  });
});

describe('labelOf and shapeOf', () => {
  it('does not take sentences for labels', () => {
    assert.equal(labelOf('Share prices fell sharply on Monday.'), null);
    assert.equal(labelOf('Subscribers complained about the price rise.'), null);
    assert.equal(labelOf('FACEBOOK.'), null, 'a letters page heading readers’ comments, not a button');
    assert.equal(labelOf('Follow Jane Smith on Twitter @janesmith.')?.message, 'Social-media follow prompt');
    assert.equal(labelOf('Follow us on WhatsApp for breaking news')?.message, 'Social-media follow prompt');
    assert.equal(labelOf('Follow the road on foot to the beach.'), null);
  });

  it('tells headlines from prose, datelines, bylines, captions and headings', () => {
    assert.equal(shapeOf('Ukraine says eastern town still in its hands despite Russian attacks'), 'headline');
    assert.equal(shapeOf(PROSE_A), 'prose');
    assert.equal(shapeOf('Friday, July 21, 2017'), 'dateline');
    assert.equal(shapeOf('21 July 2017 12:30 GMT'), 'dateline');
    assert.equal(shapeOf('By Jane Smith'), 'byline');
    assert.equal(shapeOf('Image: Nick Moreau.'), 'caption');
    assert.equal(shapeOf('## What happens next'), 'heading');
  });
});

describe('a browser or cookie notice', () => {
  it('finds the notices a page shows about the reader’s browser and its cookies, not copy about browsers', () => {
    const text = [
      'Your browser is no longer supported',
      'Your browser appears to have cookies disabled. For the best experience, please enable cookies in your browser',
      'We’ll assume we have your consent to use cookies, so you won’t need to log in each time you visit our site.',
      'Your browser history can show what you searched for, the court heard.',
    ].join('\n\n');
    assert.deepEqual(lines(text), [
      'Your browser is no longer supported',
      'Your browser appears to have cookies disabled. For the best experience, please enable cookies in your browser',
      'We’ll assume we have your consent to use cookies, so you won’t need to log in each time you visit our site.',
    ]);
  });
});
