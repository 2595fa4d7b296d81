import { OptionsError } from '../errors.js';

/** One mebibyte. */
export const MiB = 1024 * 1024;

/** The smallest part api.video accepts (every part but the last). */
export const MIN_PART_SIZE = 5 * MiB;
/** The largest part size Vidkit allows (the official uploader's ceiling too). */
export const MAX_PART_SIZE = 128 * MiB;
/** The most parts one upload may have. */
export const MAX_PARTS = 10_000;
/** Default part size, as the official uploader's. */
export const DEFAULT_PART_SIZE = 50 * MiB;

/** Throws an `OptionsError` unless `chunkSize` is a whole number of bytes between 5 and 128 MiB. */
export function checkChunkSize(chunkSize: number): void {
  if (!Number.isInteger(chunkSize) || chunkSize < MIN_PART_SIZE || chunkSize > MAX_PART_SIZE) {
    throw new OptionsError(
      `chunkSize must be whole bytes from 5 MiB (api.video's minimum part) to 128 MiB; got ${chunkSize}.`,
    );
  }
}
