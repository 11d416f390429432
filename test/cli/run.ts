// The CLI run in-process, its output and errors collected: shared by the CLI suites.
import { main } from '../../src/cli/main';

export type Run = { code: number; out: string; err: string };

/** `copydesk ...argv`, as its exit code and what it printed to stdout and stderr. */
export function run(...argv: string[]): Run {
  let out = '';
  let err = '';
  const code = main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}
