import { describe, expect, it } from 'vitest';
import { parseRateLimit } from './rate-limit.js';
import { toQueryString } from './query.js';

describe('parseRateLimit', () => {
  it('reads the X-RateLimit-* headers, and nothing when none is there', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '500',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Retry-After': '12',
    });
    expect(parseRateLimit(headers)).toEqual({ limit: 500, remaining: 0, retryAfter: 12 });
    expect(parseRateLimit(new Headers({ 'X-RateLimit-Retry-After': '3' }))).toEqual({
      limit: undefined,
      remaining: undefined,
      retryAfter: 3,
    });
    expect(parseRateLimit(new Headers({ 'X-RateLimit-Limit': 'soon' }))).toBeUndefined();
    expect(parseRateLimit(new Headers())).toBeUndefined();
  });
});

describe('toQueryString', () => {
  it('leaves out empty values and nests deep objects', () => {
    expect(toQueryString(undefined)).toBe('');
    expect(toQueryString({ a: undefined, b: null })).toBe('');
    expect(
      decodeURIComponent(toQueryString({ filterBy: { country: ['FR', 'DE'], mediaType: 'video' }, unique: true })),
    ).toBe('?filterBy[country][]=FR&filterBy[country][]=DE&filterBy[mediaType]=video&unique=true');
  });
});
