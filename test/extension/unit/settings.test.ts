// The copydesk.* settings reader and the paused-document check, in plain Node.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pauseReason, formatSize, looksBinary } from '../../../src/extension/model/pause';
import { SETTING_SPECS, SettingsReader, describeValue, validateSetting, type SettingName } from '../../../src/extension/settings';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
const declared: Record<string, { default: unknown; minimum?: number; maximum?: number }> = manifest.contributes.configuration.properties;

describe('settings: validateSetting', () => {
  it('every setting the reader knows is declared in package.json with the same default', () => {
    for (const [name, spec] of Object.entries(SETTING_SPECS)) {
      const property = declared[`copydesk.${name}`];
      assert.ok(property, `copydesk.${name} is not in package.json`);
      assert.deepEqual(property.default, spec.default, name);
      assert.deepEqual(validateSetting(name as SettingName, property.default), { value: spec.default }, name);
    }
  });

  it('good values are used as they are', () => {
    assert.deepEqual(validateSetting('analysisDelay', 0), { value: 0 });
    assert.deepEqual(validateSetting('analysisDelay', 5000), { value: 5000 });
    assert.deepEqual(validateSetting('markUnattributedQuotes', false), { value: false });
    assert.deepEqual(validateSetting('claimsInProblems', true), { value: true });
    assert.deepEqual(validateSetting('languages', ['markdown', 'plaintext', 'markdown']), { value: ['markdown', 'plaintext'] });
    assert.deepEqual(validateSetting('maxDocumentSize', 5_000_000), { value: 5_000_000 });
    assert.deepEqual(validateSetting('peopleDirectories', [' desk.yaml ', '/shared/people.json', 'desk.yaml']), { value: ['desk.yaml', '/shared/people.json'] });
    assert.deepEqual(validateSetting('peopleDirectories', []), { value: [] });
  });

  it('a missing value is the default, silently', () => {
    for (const name of Object.keys(SETTING_SPECS) as SettingName[]) {
      assert.deepEqual(validateSetting(name, undefined), { value: SETTING_SPECS[name].default });
      assert.deepEqual(validateSetting(name, null), { value: SETTING_SPECS[name].default });
    }
  });

  const bad: [SettingName, unknown, RegExp][] = [
    ['markUnattributedQuotes', 'yes', /"copydesk\.markUnattributedQuotes" should be true or false, not "yes"; using the default, true\./],
    ['claimsInProblems', 1, /"copydesk\.claimsInProblems" should be true or false, not 1; using the default, false\./],
    ['analysisDelay', 'fast', /"copydesk\.analysisDelay" should be a whole number of milliseconds from 0 to 5000, not "fast"; using the default, 300\./],
    ['analysisDelay', -5, /not -5; using the default, 300/],
    ['analysisDelay', 1e9, /not 1000000000/],
    ['analysisDelay', 2.5, /not 2\.5/],
    ['analysisDelay', Number.NaN, /not null/],
    ['maxDocumentSize', '2MB', /"copydesk\.maxDocumentSize" should be a whole number of characters from 1000 to 100000000, not "2MB"; using the default, 2000000\./],
    ['maxDocumentSize', 0, /not 0/],
    ['languages', 'markdown', /"copydesk\.languages" should be a list of language ids .*, not "markdown"; using the default, \[\]\./],
    ['languages', ['markdown', 42], /not \["markdown",42\]/],
    ['languages', ['$(rm -rf /)'], /not \["\$\(rm -rf \/\)"\]/],
    ['languages', { markdown: true }, /not \{"markdown":true\}/],
    ['peopleDirectories', 'desk.yaml', /^Copydesk: the setting "copydesk\.peopleDirectories" should be a list of file paths .*, not "desk\.yaml"; using the default, \[\]\.$/],
    ['peopleDirectories', ['desk.yaml', 3], /"copydesk\.peopleDirectories" .*not \["desk\.yaml",3\]/],
    ['peopleDirectories', ['  '], /"copydesk\.peopleDirectories" .*not \["  "\]/],
    ['peopleDirectories', { desk: 'desk.yaml' }, /"copydesk\.peopleDirectories" .*not \{"desk":"desk\.yaml"\}/],
  ];
  for (const [name, value, message] of bad) {
    it(`${name} = ${describeValue(value)}: the default, and a message naming the setting and the value`, () => {
      const { value: used, problem } = validateSetting(name, value);
      assert.deepEqual(used, SETTING_SPECS[name].default);
      assert.match(problem ?? '', message);
      assert.match(problem ?? '', /^Copydesk: the setting "copydesk\./);
    });
  }

  it('a huge or unprintable value is shortened in the message, never run', () => {
    const { problem } = validateSetting('languages', 'x'.repeat(10_000));
    assert.ok(problem && problem.length < 250, problem);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.match(validateSetting('claimsInProblems', cyclic).problem ?? '', /not \[object Object\]/);
    let called = false;
    const fn = () => { called = true; return true; };
    assert.equal(validateSetting('claimsInProblems', fn).value, false);
    assert.equal(called, false);
  });
});

describe('settings: SettingsReader', () => {
  it('reports a bad value once, however often it is read; again after it changes; not after it is fixed', () => {
    const values: Record<string, unknown> = { analysisDelay: 'fast' };
    const reported: string[] = [];
    const reader = new SettingsReader((name) => values[name], (m) => reported.push(m));
    for (let i = 0; i < 5; i++) assert.equal(reader.read('analysisDelay'), 300);
    assert.equal(reported.length, 1);
    assert.match(reported[0], /copydesk\.analysisDelay.*"fast"/);
    values.analysisDelay = 'slow';
    assert.equal(reader.read('analysisDelay'), 300);
    assert.equal(reader.read('analysisDelay'), 300);
    assert.equal(reported.length, 2);
    assert.match(reported[1], /"slow"/);
    values.analysisDelay = 50;
    assert.equal(reader.read('analysisDelay'), 50);
    values.analysisDelay = 'slow';
    reader.read('analysisDelay');
    assert.equal(reported.length, 3, 'bad again after being fixed: reported again');
    assert.deepEqual(reader.messages, reported);
  });

  it('readAll reports each bad setting once, and the good ones not at all', () => {
    const values: Record<string, unknown> = { claimsInProblems: 'on', languages: ['markdown'], maxDocumentSize: -1 };
    const reported: string[] = [];
    const reader = new SettingsReader((name) => values[name], (m) => reported.push(m));
    reader.readAll();
    reader.readAll();
    assert.equal(reported.length, 2);
    assert.match(reported.join('\n'), /claimsInProblems/);
    assert.match(reported.join('\n'), /maxDocumentSize/);
  });

  it('copydesk.peopleDirectories of the wrong type: one message naming it and the value, no files', () => {
    const values: Record<string, unknown> = { peopleDirectories: 'desk.yaml' };
    const reported: string[] = [];
    const reader = new SettingsReader((name) => values[name], (m) => reported.push(m));
    reader.readAll();
    assert.deepEqual(reader.read('peopleDirectories'), []);
    assert.deepEqual(reader.read('peopleDirectories'), []);
    assert.equal(reported.length, 1);
    assert.match(reported[0], /"copydesk\.peopleDirectories".*"desk\.yaml"/);
    values.peopleDirectories = ['desk.yaml'];
    assert.deepEqual(reader.read('peopleDirectories'), ['desk.yaml']);
    assert.equal(reported.length, 1);
  });

  it('a configuration that throws reads as the default', () => {
    const reader = new SettingsReader(() => { throw new Error('boom'); }, () => assert.fail('nothing to report'));
    assert.equal(reader.read('markUnattributedQuotes'), true);
  });
});

describe('paused documents: pauseReason', () => {
  it('ordinary text, empty text, a few stray U+FFFD: analysed', () => {
    assert.equal(pauseReason('', 2_000_000), undefined);
    assert.equal(pauseReason('“We will win,” she said.', 2_000_000), undefined);
    assert.equal(pauseReason(`Caf\uFFFD society returns. ${'The council met on Tuesday. '.repeat(20)}`, 2_000_000), undefined);
    assert.equal(pauseReason('x'.repeat(2_000_000), 2_000_000), undefined, 'exactly at the limit');
  });

  it('over copydesk.maxDocumentSize: paused, with the size', () => {
    assert.equal(pauseReason('x'.repeat(3_400_000), 2_000_000), 'Copydesk paused: 3.4 MB is over copydesk.maxDocumentSize');
    assert.equal(pauseReason('x'.repeat(5000), 1000), 'Copydesk paused: 5 KB is over copydesk.maxDocumentSize');
  });

  it('binary: a NUL character, or mostly U+FFFD', () => {
    assert.equal(looksBinary('PK\u0003\u0004\u0000\u0000 word/document.xml'), true);
    assert.equal(looksBinary(`${'ordinary text '.repeat(100_000)}\u0000`), true, 'a NUL anywhere');
    assert.equal(looksBinary('\uFFFD\uFFFDJFIF\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD'), true);
    assert.equal(looksBinary('\uFFFD'.repeat(3) + 'abc'.repeat(3)), false);
    assert.match(pauseReason('\u0000\u0001\u0002', 2_000_000) ?? '', /^Copydesk paused: this looks like a binary file/);
  });

  it('formatSize', () => {
    assert.equal(formatSize(3_400_000), '3.4 MB');
    assert.equal(formatSize(1_000_000), '1.0 MB');
    assert.equal(formatSize(12_345), '12 KB');
    assert.equal(formatSize(10), '1 KB');
  });

  it('a 50 MB document is checked quickly (no freeze)', () => {
    const big = 'The council met on Tuesday. '.repeat(1_800_000);
    const started = Date.now();
    assert.match(pauseReason(big, 2_000_000) ?? '', /50\.4 MB is over/);
    assert.equal(looksBinary(big), false);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  });
});
