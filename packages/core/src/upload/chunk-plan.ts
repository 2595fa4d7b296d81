import { OptionsError } from '../errors.js';

const MiB = 1024 * 1024;

/** The smallest part api.video accepts (every part but the last). */
export const MIN_PART_SIZE = 5 * MiB;
/** The largest part size Vidkit allows (the official uploader's ceiling too). */
export const MAX_PART_SIZE = 128 * MiB;
/** The most parts one upload may have. */
export const MAX_PARTS = 10_000;
/** Default part size, as the official uploader's. */
export const DEFAULT_PART_SIZE = 50 * MiB;

/** How a file of known size is cut into parts. */
export interface ChunkPlan {
  /** Bytes of every part but the last. */
  partSize: number;
  /** Number of parts (at least 1, even for an empty file). */
  partsTotal: number;
  /** File size in bytes. */
  size: number;
}

/** Throws an `OptionsError` unless `chunkSize` is a whole number of bytes between 5 and 128 MiB. */
export function checkChunkSize(chunkSize: number): void {
  if (!Number.isInteger(chunkSize) || chunkSize < MIN_PART_SIZE || chunkSize > MAX_PART_SIZE) {
    throw new OptionsError(
      `chunkSize must be whole bytes from 5 MiB (api.video's minimum part) to 128 MiB; got ${chunkSize}.`,
    );
  }
}

/**
 * Cuts `size` bytes into parts of `chunkSize`. When that would need more than 10 000 parts (the API's limit), the
 * part size grows to the next whole MiB that fits, rather than failing.
 */
export function planChunks(size: number, chunkSize: number = DEFAULT_PART_SIZE): ChunkPlan {
  checkChunkSize(chunkSize);
  let partSize = chunkSize;
  if (Math.ceil(size / partSize) > MAX_PARTS) partSize = Math.ceil(size / MAX_PARTS / MiB) * MiB;
  if (partSize > MAX_PART_SIZE) {
    throw new OptionsError(`${size} bytes is over api.video's 30 GiB limit per video.`, 'invalid_source');
  }
  return { partSize, partsTotal: Math.max(1, Math.ceil(size / partSize)), size };
}

/** The byte range `[start, end)` of part `n` (1-based). */
export function partRange(plan: ChunkPlan, n: number): { start: number; end: number } {
  const start = (n - 1) * plan.partSize;
  return { start, end: Math.min(plan.size, start + plan.partSize) };
}
