import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../options.js';
import { ApiProblem } from '../problems.js';
import type { ContentRange } from './content-range.js';
import { checkPart, isComplete } from './rules.js';
import type { UploadState } from './rules.js';

const MiB = 1024 * 1024;
const empty: UploadState = { mode: null, total: null, assembled: false, parts: [] };

function slugOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiProblem) return error.slug;
    throw error;
  }
  return 'accepted';
}

const part = (n: number, total: number | null): ContentRange => ({ kind: 'part', part: n, total });

describe('upload rules', () => {
  it('caps a request without Content-Range at 200 MiB', () => {
    expect(slugOf(() => checkPart(empty, undefined, 200 * MiB, DEFAULT_LIMITS))).toBe('accepted');
    expect(slugOf(() => checkPart(empty, undefined, 200 * MiB + 1, DEFAULT_LIMITS))).toBe(
      'upload-single-request-too-large',
    );
  });

  it('caps a video at 30 GiB', () => {
    const bytes: ContentRange = { kind: 'bytes', from: 0, to: 99, total: 30 * 1024 * MiB + 1 };
    expect(slugOf(() => checkPart(empty, bytes, 100, DEFAULT_LIMITS))).toBe('video-too-large');
  });

  it('allows at most 10 000 parts', () => {
    expect(slugOf(() => checkPart(empty, part(1, 10_001), 5 * MiB, DEFAULT_LIMITS))).toBe('upload-too-many-parts');
    expect(slugOf(() => checkPart(empty, part(10_000, 10_000), 1, DEFAULT_LIMITS))).toBe('accepted');
  });

  it('wants every part but the last to be at least 5 MiB', () => {
    expect(slugOf(() => checkPart(empty, part(1, 2), 5 * MiB - 1, DEFAULT_LIMITS))).toBe('upload-part-too-small');
    expect(slugOf(() => checkPart(empty, part(1, 2), 5 * MiB, DEFAULT_LIMITS))).toBe('accepted');
    expect(slugOf(() => checkPart(empty, part(2, 2), 1, DEFAULT_LIMITS))).toBe('accepted');
    expect(slugOf(() => checkPart(empty, part(1, null), 1, DEFAULT_LIMITS))).toBe('upload-part-too-small');
  });

  it('keeps the total once known and rejects a part number twice', () => {
    const state: UploadState = {
      mode: 'part',
      total: 3,
      assembled: false,
      parts: [{ key: 1, start: null, size: 5 * MiB }],
    };
    expect(slugOf(() => checkPart(state, part(2, 4), 5 * MiB, DEFAULT_LIMITS))).toBe('upload-total-changed');
    expect(slugOf(() => checkPart(state, part(3, null), 5 * MiB, DEFAULT_LIMITS))).toBe('upload-total-changed');
    expect(slugOf(() => checkPart(state, part(1, 3), 5 * MiB, DEFAULT_LIMITS))).toBe('upload-part-collision');
    expect(slugOf(() => checkPart(state, part(2, null), 5 * MiB, DEFAULT_LIMITS))).toBe('accepted');
  });

  it('never mixes forms', () => {
    const state: UploadState = {
      mode: 'part',
      total: 3,
      assembled: false,
      parts: [{ key: 1, start: null, size: 5 * MiB }],
    };
    const bytes: ContentRange = { kind: 'bytes', from: 0, to: 9, total: 10 };
    expect(slugOf(() => checkPart(state, bytes, 10, DEFAULT_LIMITS))).toBe('upload-content-range-mixed');
    expect(slugOf(() => checkPart(state, undefined, 10, DEFAULT_LIMITS))).toBe('upload-content-range-mixed');
  });

  it('checks byte ranges against the body and previous ranges', () => {
    const bytes = (from: number, to: number, total: number): ContentRange => ({ kind: 'bytes', from, to, total });
    expect(slugOf(() => checkPart(empty, bytes(0, 9, 10), 9, DEFAULT_LIMITS))).toBe('content-range-size-mismatch');
    const state: UploadState = {
      mode: 'bytes',
      total: 20 * MiB,
      assembled: false,
      parts: [{ key: 0, start: 0, size: 5 * MiB }],
    };
    expect(slugOf(() => checkPart(state, bytes(MiB, 6 * MiB - 1, 20 * MiB), 5 * MiB, DEFAULT_LIMITS))).toBe(
      'upload-part-collision',
    );
    expect(slugOf(() => checkPart(state, bytes(5 * MiB, 10 * MiB - 1, 21 * MiB), 5 * MiB, DEFAULT_LIMITS))).toBe(
      'upload-total-changed',
    );
  });

  it('refuses anything once the source is assembled', () => {
    const done: UploadState = { mode: 'single', total: 1, assembled: true, parts: [] };
    expect(slugOf(() => checkPart(done, undefined, 1, DEFAULT_LIMITS))).toBe('video-source-already-uploaded');
  });

  it('knows when an upload is complete', () => {
    expect(isComplete('part', 2, [{ key: 2, start: null, size: 1 }])).toBe(false);
    expect(isComplete('part', null, [{ key: 1, start: null, size: 1 }])).toBe(false);
    expect(
      isComplete('part', 2, [
        { key: 2, start: null, size: 1 },
        { key: 1, start: null, size: 1 },
      ]),
    ).toBe(true);
    expect(isComplete('bytes', 10, [{ key: 5, start: 5, size: 5 }])).toBe(false);
    expect(
      isComplete('bytes', 10, [
        { key: 5, start: 5, size: 5 },
        { key: 0, start: 0, size: 5 },
      ]),
    ).toBe(true);
  });
});
