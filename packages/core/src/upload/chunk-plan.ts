import { OptionsError } from '../errors.js';
import { checkChunkSize, DEFAULT_PART_SIZE, MAX_PART_SIZE, MAX_PARTS, MiB } from './chunk-size.js';

/** How a file of known size is cut into parts. */
export interface ChunkPlan {
  /** Bytes of every part but the last. */
  partSize: number;
  /** Number of parts (at least 1, even for an empty file). */
  partsTotal: number;
  /** File size in bytes. */
  size: number;
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
