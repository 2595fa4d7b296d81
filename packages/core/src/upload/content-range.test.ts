import { describe, expect, it } from 'vitest';
import { formatContentRange, parseContentRange } from './content-range.js';

describe('Content-Range: part n/N', () => {
  it('formats known and unknown totals', () => {
    expect(formatContentRange(1, 1)).toBe('part 1/1');
    expect(formatContentRange(3, 7)).toBe('part 3/7');
    expect(formatContentRange(2, '*')).toBe('part 2/*');
  });

  it('parses what it formats and refuses other shapes', () => {
    expect(parseContentRange('part 3/7')).toEqual({ part: 3, total: 7 });
    expect(parseContentRange('part 2/*')).toEqual({ part: 2, total: undefined });
    expect(parseContentRange('bytes 0-9/10')).toBeUndefined();
    expect(parseContentRange('part 0/3')).toBeUndefined();
    expect(parseContentRange('part 4/3')).toBeUndefined();
  });
});
