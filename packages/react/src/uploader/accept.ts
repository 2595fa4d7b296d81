/** Why a file was not queued. */
export interface RejectedFile {
  file: File;
  /** Stable reason code, for custom UIs. */
  reason: 'type' | 'size' | 'empty';
  /** A sentence for people, shown by `<VideoUploader>`. */
  message: string;
}

/**
 * Splits picked or dropped files into the ones to upload and the ones refused, with a reason for each refusal.
 * `accept` uses the syntax of `<input accept>`: MIME types (`video/*`, `video/mp4`) and extensions (`.mkv`).
 */
export function partitionFiles(
  files: readonly File[],
  { accept = 'video/*', maxFileSize }: { accept?: string; maxFileSize?: number | undefined },
): { accepted: File[]; rejected: RejectedFile[] } {
  const patterns = accept
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const accepted: File[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    if (!matchesAccept(file, patterns)) {
      rejected.push({ file, reason: 'type', message: `Not an accepted file type (${file.type || 'unknown type'}).` });
    } else if (file.size === 0) {
      rejected.push({ file, reason: 'empty', message: 'The file is empty.' });
    } else if (maxFileSize !== undefined && file.size > maxFileSize) {
      rejected.push({ file, reason: 'size', message: `Larger than the ${formatLimit(maxFileSize)} limit.` });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, rejected };
}

function matchesAccept(file: File, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return patterns.some((pattern) => {
    if (pattern.startsWith('.')) return name.endsWith(pattern);
    if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}

function formatLimit(bytes: number): string {
  const mb = bytes / 1_000_000;
  return mb >= 1000 ? `${(mb / 1000).toFixed(1)} GB` : `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}
