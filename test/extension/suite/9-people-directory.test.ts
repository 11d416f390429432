// The people directory in the editor: .copydesk/people.yaml in the workspace folder (a copy of
// test/fixtures/desk-people.yaml, written here and removed afterwards so the other suites see no directory),
// read again when it changes, with its own problems shown in it at their line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ROOT, WORKSPACE, api, closeAll, eventually } from './helpers';

const DIR = path.join(WORKSPACE, '.copydesk');
const PEOPLE = path.join(DIR, 'people.yaml');
const FIXTURE = path.join(ROOT, 'test/fixtures/desk-people.yaml');

interface DirectoryApi {
  directory(): { entries: { name: string; lastChecked: string | null }[] };
}
const service = async () => (await api() as unknown as { directory: DirectoryApi }).directory;
const names = async () => (await service()).directory().entries.map((e) => e.name).sort();

describe('People directory: reading .copydesk/people.yaml', () => {
  before(() => {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
  });
  after(async () => {
    await closeAll();
    fs.rmSync(PEOPLE, { force: true });
    if (fs.existsSync(DIR) && !fs.readdirSync(DIR).length) fs.rmdirSync(DIR);
  });

  it('reads the entries it can, and leaves out the bad one', async () => {
    await eventually(async () => (await names()).join() === 'Kim Jong-un,Sergei Shoigu', 'the directory read', 15000);
    const kim = (await service()).directory().entries.find((e) => e.name === 'Kim Jong-un')!;
    assert.equal(kim.lastChecked, '2025-01-15');
  });

  it('shows the bad entry’s problem in the directory file, at its line', async () => {
    const uri = vscode.Uri.file(PEOPLE);
    const line = fs.readFileSync(PEOPLE, 'utf8').split('\n').findIndex((l) => l.includes('roles: [nobody]'));
    const diagnostics = await eventually(() => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');
      return found.length ? found : undefined;
    }, 'diagnostics in people.yaml');
    assert.ok(diagnostics.some((d) => d.range.start.line === line && d.severity === vscode.DiagnosticSeverity.Error),
      diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));
  });

  it('reads the file again when it changes on disk', async () => {
    fs.appendFileSync(PEOPLE, '\n  - name: Anatoly Antonov\n    roles:\n      - title: Russian ambassador to the United States\n');
    await eventually(async () => (await names()).includes('Anatoly Antonov'), 'Antonov read after the change');
    fs.writeFileSync(PEOPLE, fs.readFileSync(FIXTURE, 'utf8'));
    await eventually(async () => !(await names()).includes('Anatoly Antonov'), 'Antonov gone again');
  });
});
