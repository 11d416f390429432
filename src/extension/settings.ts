// Every `copydesk.*` setting the extension reads goes through here: a value of the wrong type, out of range or
// unknown is reported once (naming the setting and the value) and the default applies. Values are only ever
// compared and copied: nothing from the settings or the workspace is run. Pure logic, no `vscode` import, so
// it is tested in plain Node (test/extension/unit/settings.test.ts).

export interface SettingSpec<T> {
  readonly default: T;
  /** What a good value looks like, for the message: "true or false". */
  readonly expected: string;
  /** The value to use, or `undefined` when `value` is not acceptable. */
  check(value: unknown): T | undefined;
}

const boolean = (fallback: boolean): SettingSpec<boolean> => ({
  default: fallback,
  expected: 'true or false',
  check: (v) => (typeof v === 'boolean' ? v : undefined),
});

const integer = (fallback: number, min: number, max: number, unit: string): SettingSpec<number> => ({
  default: fallback,
  expected: `a whole number of ${unit} from ${min} to ${max}`,
  check: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined),
});

/** A VS Code language id: letters, digits and a few marks ("markdown", "plaintext", "restructuredtext"). */
const LANGUAGE_ID = /^[A-Za-z0-9][A-Za-z0-9_.+#-]{0,63}$/;

const languages: SettingSpec<readonly string[]> = {
  default: [],
  expected: 'a list of language ids such as ["markdown", "plaintext"]',
  check: (v) =>
    Array.isArray(v) && v.length <= 100 && v.every((l) => typeof l === 'string' && LANGUAGE_ID.test(l))
      ? [...new Set(v as string[])]
      : undefined,
};

/** File paths or URIs (each a non-blank string); blanks around a path are trimmed, repeats dropped. */
const paths: SettingSpec<readonly string[]> = {
  default: [],
  expected: 'a list of file paths such as [".copydesk/desk.yaml", "/shared/people.yaml"]',
  check: (v) =>
    Array.isArray(v) && v.length <= 100 && v.every((p) => typeof p === 'string' && p.trim().length > 0 && p.length <= 4096)
      ? [...new Set((v as string[]).map((p) => p.trim()))]
      : undefined,
};

/** Default of copydesk.maxDocumentSize, in characters (about 2 MB of text). */
export const DEFAULT_MAX_DOCUMENT_SIZE = 2_000_000;

/** The settings, by name under `copydesk.`; package.json declares the same names, defaults and ranges. */
export const SETTING_SPECS = {
  languages,
  analysisDelay: integer(300, 0, 5000, 'milliseconds'),
  markUnattributedQuotes: boolean(true),
  claimsInProblems: boolean(false),
  maxDocumentSize: integer(DEFAULT_MAX_DOCUMENT_SIZE, 1000, 100_000_000, 'characters'),
  peopleDirectories: paths,
} as const;

export type SettingName = keyof typeof SETTING_SPECS;
export type SettingValue<N extends SettingName> = (typeof SETTING_SPECS)[N]['default'];

/** A value as the message shows it: JSON, shortened, so a huge or odd value cannot flood the notification. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The value to use and, when the setting's value was not acceptable, the message saying so. */
export function validateSetting<N extends SettingName>(name: N, value: unknown): { value: SettingValue<N>; problem?: string } {
  const spec = SETTING_SPECS[name] as SettingSpec<SettingValue<N>>;
  if (value === undefined || value === null) return { value: spec.default };
  const ok = spec.check(value);
  if (ok !== undefined) return { value: ok };
  return {
    value: spec.default,
    problem: `Copydesk: the setting "copydesk.${name}" should be ${spec.expected}, not ${describeValue(value)}; using the default, ${describeValue(spec.default)}.`,
  };
}

/**
 * Reads settings through `get` (VS Code's configuration in the extension, a map in the tests) and hands each
 * problem to `report` once: the same bad value is not reported again however often it is read, until the
 * setting changes to another value.
 */
export class SettingsReader {
  private readonly reported = new Map<string, string>();
  /** Every message reported so far (for the tests and the output channel). */
  readonly messages: string[] = [];

  constructor(
    private readonly get: (name: string) => unknown,
    private readonly report: (message: string) => void,
  ) {}

  read<N extends SettingName>(name: N): SettingValue<N> {
    let raw: unknown;
    try {
      raw = this.get(name);
    } catch {
      raw = undefined;
    }
    const { value, problem } = validateSetting(name, raw);
    if (problem === undefined) {
      this.reported.delete(name);
    } else if (this.reported.get(name) !== problem) {
      this.reported.set(name, problem);
      this.messages.push(problem);
      this.report(problem);
    }
    return value;
  }

  /** Reads every setting once, so a bad value is reported when it is set, not only when first used. */
  readAll(): void {
    for (const name of Object.keys(SETTING_SPECS) as SettingName[]) this.read(name);
  }
}
