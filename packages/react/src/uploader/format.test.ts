import { expect, it } from 'vitest';
import { formatBytes, formatEta, formatSpeed } from './format.js';

it('formats bytes, speed and ETA for people', () => {
  expect(formatBytes(999)).toBe('999 B');
  expect(formatBytes(1_500_000)).toBe('1.5 MB');
  expect(formatBytes(25_000_000)).toBe('25 MB');
  expect(formatSpeed(undefined)).toBe('–');
  expect(formatSpeed(2_400_000)).toBe('2.4 MB/s');
  expect(formatEta(undefined)).toBe('–');
  expect(formatEta(41.2)).toBe('42 s');
  expect(formatEta(180)).toBe('3 min');
  expect(formatEta(3900)).toBe('1 h 5 min');
});
