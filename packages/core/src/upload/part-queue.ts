import { partRange, type ChunkPlan } from './chunk-plan.js';
import { formatContentRange } from './content-range.js';
import type { OpenedSource } from './source.js';

/** One part ready to send. */
export interface Part {
  n: number;
  bytes: Blob;
  contentRange: string;
  /** The part that ends the file. */
  last: boolean;
}

/** Hands parts to the workers in order; parts aborted by a pause are given back and handed out again first. */
export interface PartQueue {
  take(): Promise<Part | undefined>;
  giveBack(part: Part): void;
  /** Bytes read so far (streams) or the file size. */
  readonly bytesKnown: number;
  /** Part count, `undefined` while a stream has not ended. */
  readonly partsKnown: number | undefined;
}

/** Parts of a file of known size, skipping those already done (resume). */
export function rangedQueue(source: OpenedSource, plan: ChunkPlan, done: ReadonlySet<number>): PartQueue {
  const pending: number[] = [];
  for (let n = 1; n <= plan.partsTotal; n++) if (!done.has(n)) pending.push(n);
  return {
    take: async () => {
      const n = pending.shift();
      if (n === undefined) return undefined;
      const { start, end } = partRange(plan, n);
      return {
        n,
        bytes: await source.slice!(start, end),
        contentRange: formatContentRange(n, plan.partsTotal),
        last: n === plan.partsTotal,
      };
    },
    giveBack(part) {
      pending.push(part.n);
      pending.sort((a, b) => a - b);
    },
    bytesKnown: plan.size,
    partsKnown: plan.partsTotal,
  };
}
