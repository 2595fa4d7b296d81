/**
 * Smoothed throughput: an exponential moving average of the rate between samples at least `minInterval` ms apart
 * (parts finishing together would otherwise read as an absurd instant rate).
 */
export function createSpeedMeter(alpha = 0.3, minInterval = 500, now: () => number = () => Date.now()) {
  let speed = 0;
  let lastTime: number | undefined;
  let pendingBytes = 0;
  return {
    /** Records `bytes` just accepted; returns the smoothed bytes/s. */
    add(bytes: number): number {
      const t = now();
      if (lastTime === undefined) {
        lastTime = t;
        pendingBytes = bytes;
        return speed;
      }
      pendingBytes += bytes;
      const elapsed = t - lastTime;
      if (elapsed < minInterval) return speed;
      const rate = (pendingBytes * 1000) / elapsed;
      speed = speed === 0 ? rate : alpha * rate + (1 - alpha) * speed;
      lastTime = t;
      pendingBytes = 0;
      return speed;
    },
    /** Starts measuring afresh (after a pause), keeping the last speed as the prior. */
    restart(): void {
      lastTime = now();
      pendingBytes = 0;
    },
    get speed() {
      return speed;
    },
  };
}
