import { formatBytes } from './format.js';
import { defaultUploaderMessages, type UploaderMessages } from './messages.js';

/** The file-like objects the uploader accepts: a browser `File`, or anything with the same three fields. */
export interface FileLike {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/** Why a file was not queued: a stable `reason` for code and a `message` for people. */
export interface RejectedFile<F extends FileLike = File> {
  file: F;
  reason: 'type' | 'size' | 'empty';
  message: string;
}

/** What the uploader accepts: the same options every adapter's uploader takes. */
export interface AcceptOptions {
  /** Accepted types in `<input accept>` syntax: MIME types (`video/*`, `video/mp4`) and extensions (`.mkv`). Default `video/*`. */
  accept?: string | undefined;
  /** Largest accepted file, in bytes. */
  maxFileSize?: number | undefined;
  /** Take several files at once. Default true; with `false`, only the first file counts. */
  multiple?: boolean | undefined;
  locale?: string | undefined;
  messages?: UploaderMessages | undefined;
}

/**
 * Splits picked or dropped files into those to upload and those refused, each refusal with its reason: a type
 * that `accept` does not match, an empty file, or one over `maxFileSize`. Nothing is read or sent.
 *
 * @example
 * const { accepted, rejected } = acceptFiles(input.files, { accept: 'video/*', maxFileSize: 2e9 });
 */
export function acceptFiles<F extends FileLike>(
  files: Iterable<F> | ArrayLike<F> | null | undefined,
  options: AcceptOptions = {},
): { accepted: F[]; rejected: RejectedFile<F>[] } {
  const { accept = 'video/*', maxFileSize, multiple = true, locale, messages = defaultUploaderMessages } = options;
  const all = files ? Array.from(files as ArrayLike<F>) : [];
  const picked = multiple ? all : all.slice(0, 1);
  const patterns = accept
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const accepted: F[] = [];
  const rejected: RejectedFile<F>[] = [];
  for (const file of picked) {
    if (!matchesAccept(file, patterns)) {
      rejected.push({ file, reason: 'type', message: messages.rejectedType(file.type) });
    } else if (file.size === 0) {
      rejected.push({ file, reason: 'empty', message: messages.rejectedEmpty });
    } else if (maxFileSize !== undefined && file.size > maxFileSize) {
      rejected.push({ file, reason: 'size', message: messages.rejectedSize(formatBytes(maxFileSize, locale)) });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, rejected };
}

function matchesAccept(file: FileLike, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return patterns.some((pattern) => {
    if (pattern.startsWith('.')) return name.endsWith(pattern);
    if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}
