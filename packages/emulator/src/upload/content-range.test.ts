import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../problems.js';
import { parseContentRange } from './content-range.js';

describe('parseContentRange', () => {
  it('reads the three forms api.video accepts', () => {
    expect(parseContentRange(undefined)).toBeUndefined();
    expect(parseContentRange('part 2/5')).toEqual({ kind: 'part', part: 2, total: 5 });
    expect(parseContentRange('part 3/*')).toEqual({ kind: 'part', part: 3, total: null });
    expect(parseContentRange('part 1/1')).toEqual({ kind: 'part', part: 1, total: 1 });
    expect(parseContentRange('bytes 0-99/1000')).toEqual({ kind: 'bytes', from: 0, to: 99, total: 1000 });
  });

  it.each([
    'part 0/3',
    'part 4/3',
    'part 1/0',
    'part -1/3',
    'part a/3',
    'parts 1/3',
    'bytes 10-5/100',
    'bytes 0-100/100',
    'bytes 0-99',
    'bytes */100',
    '',
    'part 1/3, part 2/3',
  ])('refuses %j with content-range-invalid', (header) => {
    try {
      parseContentRange(header);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiProblem);
      expect((error as ApiProblem).status).toBe(400);
      expect((error as ApiProblem).slug).toBe('content-range-invalid');
    }
  });

  it('refuses a repeated header', () => {
    expect(() => parseContentRange(['part 1/2', 'part 2/2'])).toThrow(ApiProblem);
  });
});
