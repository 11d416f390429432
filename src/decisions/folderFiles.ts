// The decisions file in a folder (`.copydesk/claims.json`), over the few file operations it needs, so that the
// same code runs on VS Code's workspace.fs (desktop, remote, browser) and, in tests, on Node's fs.

/** File operations on names inside the store's folder. */
export interface FolderFs {
  /** The file's bytes; undefined when it does not exist. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, data: Uint8Array): Promise<void>;
  /** Renames over an existing file in one step. */
  rename(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** Creates the folder (and its parents) when missing. */
  makeFolder(): Promise<void>;
}

export const STORE_FOLDER = '.copydesk';
export const STORE_FILE = 'claims.json';

export function folderStoreFiles(fs: FolderFs, name = `${STORE_FOLDER}/${STORE_FILE}`) {
  const encode = (s: string) => new TextEncoder().encode(s);
  return {
    name,
    async read(): Promise<string | undefined> {
      const bytes = await fs.read(STORE_FILE);
      return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
    },
    /** Written beside the file under a name of its own, then renamed over it: never half a file. */
    async write(text: string): Promise<void> {
      await fs.makeFolder();
      const temp = `${STORE_FILE}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
      try {
        await fs.write(temp, encode(text));
        await fs.rename(temp, STORE_FILE);
      } catch (e) {
        await fs.remove(temp).catch(() => undefined);
        throw e;
      }
    },
    async keepAside(text: string): Promise<string> {
      const copy = `${STORE_FILE}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await fs.write(copy, encode(text));
      return `${STORE_FOLDER}/${copy}`;
    },
  };
}
