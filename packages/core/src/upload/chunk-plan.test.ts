import { describe, expect, it } from 'vitest';
import { ErrorCode, OptionsError } from '../errors.js';
import { partRange, planChunks } from './chunk-plan.js';
import { MAX_PARTS, MIN_PART_SIZE } from './chunk-size.js';

const MiB = 1024 * 1024;

describe('planChunks', () => {
  it('cuts a file into parts of the chunk size, the last one shorter', () => {
    const plan = planChunks(12 * MiB + 1, 5 * MiB);
    expect(plan).toEqual({ partSize: 5 * MiB, partsTotal: 3, size: 12 * MiB + 1 });
    expect(partRange(plan, 1)).toEqual({ start: 0, end: 5 * MiB });
    expect(partRange(plan, 3)).toEqual({ start: 10 * MiB, end: 12 * MiB + 1 });
  });

  it('sends an exact multiple in full parts and a one-byte file as part 1/1', () => {
    expect(planChunks(10 * MiB, 5 * MiB).partsTotal).toBe(2);
    expect(partRange(planChunks(10 * MiB, 5 * MiB), 2)).toEqual({ start: 5 * MiB, end: 10 * MiB });
    expect(planChunks(1, 5 * MiB)).toEqual({ partSize: 5 * MiB, partsTotal: 1, size: 1 });
  });

  it('grows the part size to stay within 10 000 parts', () => {
    const size = 200 * 1024 * MiB; // 200 GiB at 5 MiB would be 40 960 parts
    const plan = planChunks(size, MIN_PART_SIZE);
    expect(plan.partsTotal).toBeLessThanOrEqual(MAX_PARTS);
    expect(plan.partSize % MiB).toBe(0);
    expect(plan.partSize).toBe(21 * MiB);
    expect(planChunks(MAX_PARTS * 5 * MiB, 5 * MiB).partSize).toBe(5 * MiB);
    expect(planChunks(MAX_PARTS * 5 * MiB + 1, 5 * MiB).partSize).toBe(6 * MiB);
  });

  it('rejects part sizes outside 5–128 MiB with an OptionsError', () => {
    expect(() => planChunks(10, 5 * MiB - 1)).toThrow(OptionsError);
    expect(() => planChunks(10, 128 * MiB + 1)).toThrow(/5 MiB/);
    expect(() => planChunks(10, 5 * MiB + 0.5)).toThrow(OptionsError);
    // 2 TiB would need parts over 128 MiB.
    expect(() => planChunks(2 * 1024 * 1024 * MiB, 5 * MiB)).toThrow(
      expect.objectContaining({ code: ErrorCode.InvalidSource }),
    );
  });
});
