import { isBrowserLike } from '../internal/environment.js';

export { memoryResumeStore } from './memory-resume-store.js';

/** What is kept to resume an upload after a reload or crash. Holds no credential. */
export interface ResumeState {
  videoId: string;
  partSize: number;
  partsTotal: number;
  /** Part numbers (1-based) the API accepted. */
  partsDone: number[];
  /** Epoch ms of the last change. */
  updatedAt: number;
}

/** Where resumable uploads keep their progress. Methods may be sync or async. */
export interface ResumeStore {
  get(key: string): ResumeState | undefined | Promise<ResumeState | undefined>;
  set(key: string, state: ResumeState): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

const FS = 'node:fs/promises';
const OS = 'node:os';

/** The `node:fs/promises` functions used, typed here so the build needs no Node types. */
interface NodeFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** Browsers: one `localStorage` entry per upload, under `prefix`. */
export function localStorageResumeStore(
  storage: Storage = globalThis.localStorage,
  prefix = 'vidkit:upload:',
): ResumeStore {
  return {
    get(key) {
      const raw = storage.getItem(prefix + key);
      if (!raw) return undefined;
      try {
        return JSON.parse(raw) as ResumeState;
      } catch {
        return undefined;
      }
    },
    set: (key, state) => storage.setItem(prefix + key, JSON.stringify(state)),
    delete: (key) => storage.removeItem(prefix + key),
  };
}

/**
 * Node: all uploads in one JSON file (written to a temporary file and renamed, so a crash never leaves it half
 * written). `path` defaults to `vidkit-uploads.json` in the OS temporary directory.
 */
export function fileResumeStore(path?: string): ResumeStore {
  let chain: Promise<unknown> = Promise.resolve();
  const load = async () => {
    // Variable specifiers keep bundlers from resolving Node modules for browsers.
    const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ FS)) as NodeFs;
    const file =
      path ??
      `${((await import(/* @vite-ignore */ /* webpackIgnore: true */ OS)) as { tmpdir(): string }).tmpdir()}/vidkit-uploads.json`;
    let data: Record<string, ResumeState> = {};
    try {
      data = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, ResumeState>;
    } catch {
      // Missing or unreadable: start empty.
    }
    return { fs, file, data };
  };
  const write = (change: (data: Record<string, ResumeState>) => void) => {
    const next = chain.then(async () => {
      const { fs, file, data } = await load();
      change(data);
      const temp = `${file}.${Math.random().toString(36).slice(2)}.tmp`;
      await fs.writeFile(temp, JSON.stringify(data));
      await fs.rename(temp, file);
    });
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    get: async (key) => {
      await chain;
      return (await load()).data[key];
    },
    set: (key, state) => write((data) => void (data[key] = state)),
    delete: (key) => write((data) => void delete data[key]),
  };
}

/** localStorage in browsers, a JSON file in Node. */
export function defaultResumeStore(): ResumeStore {
  return isBrowserLike() && typeof globalThis.localStorage !== 'undefined'
    ? localStorageResumeStore()
    : fileResumeStore();
}
