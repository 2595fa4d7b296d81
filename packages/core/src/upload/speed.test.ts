import { describe, expect, it } from 'vitest';
import { createSpeedMeter } from './speed.js';

describe('createSpeedMeter', () => {
  it('smooths rates and ignores bursts closer than the minimum interval', () => {
    let t = 0;
    const meter = createSpeedMeter(0.5, 500, () => t);
    meter.restart();
    t = 100;
    expect(meter.add(1000)).toBe(0);
    t = 1000;
    expect(meter.add(1000)).toBe(2000); // 2000 bytes over 1 s
    t = 2000;
    expect(meter.add(4000)).toBe(3000); // halfway between 2000 and 4000
  });
});
