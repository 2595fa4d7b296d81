import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/** A pass-through stream that never goes faster than `bytesPerSecond` on average. */
export function throttle(bytesPerSecond: number): Transform {
  const start = Date.now();
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      bytes += chunk.length;
      const due = start + (bytes / bytesPerSecond) * 1000;
      const wait = due - Date.now();
      if (wait > 0) setTimeout(() => callback(null, chunk), wait);
      else callback(null, chunk);
    },
  });
}
