import type { WritableStore } from '../internal/store.js';
import type { UploadContext } from './context.js';
import type { Part } from './part-queue.js';
import type { RunState } from './prepare-run.js';
import type { createSpeedMeter } from './speed.js';
import type { UploadedVideo, UploadSnapshot } from './types.js';

/** What sending one part reports (`UploadContext.send`'s hooks). */
type SendEvents = NonNullable<Parameters<UploadContext['send']>[3]>;

/** What the part senders report to, turned into snapshot updates (progress, speed, attempts) and resume saves. */
export interface RunProgress {
  /** Attempt number of each part being retried or re-sent. */
  attempts: Map<number, number>;
  /** What sending part `n` reports: its attempts, retries and bytes sent so far. */
  partEvents(n: number): SendEvents;
  /** A part the API accepted, with its answer (the Video, for the last one). */
  onDone(part: Part, answer: UploadedVideo | undefined): void;
  /** Saves what is done, for a later resume. */
  persist(): void;
}

/** Wires a run's state to the store: progress never goes backwards, and 100 % means the API has every part. */
export function trackProgress(
  run: RunState,
  store: WritableStore<UploadSnapshot>,
  speed: ReturnType<typeof createSpeedMeter>,
  halted: () => boolean,
): RunProgress {
  const { queue, size, done } = run;
  const update = store.update;
  const attempts = new Map<number, number>();
  const waiting = new Set<number>();
  // Bytes of each part in flight sent so far: the most of any attempt, so a re-sent part never moves progress back.
  const sending = new Map<number, number>();
  let reportedAt = 0;

  const report = () => {
    reportedAt = Date.now();
    const known = queue.partsKnown;
    const total = size ?? queue.bytesKnown;
    let sent = run.bytesUploaded;
    for (const bytes of sending.values()) sent += bytes;
    const accepted = done.size === known;
    // Bytes sent but not yet accepted stop at 99 %: 100 % means the API has every part.
    const fraction = accepted ? run.bytesUploaded / total : size ? Math.min(0.99, sent / total) : 0;
    const meter = speed.speed;
    update({
      bytesUploaded: run.bytesUploaded,
      bytesTotal: total,
      // Never backwards, never past 1.
      progress: Math.min(1, Math.max(store.getSnapshot().progress, fraction)),
      speed: meter,
      eta: meter > 0 ? Math.max(0, total - sent) / meter : undefined,
      partsDone: done.size,
      partsTotal: known ?? 0,
    });
  };
  const showAttempts = () =>
    update({
      status: halted() ? 'paused' : waiting.size > 0 ? 'retrying' : 'uploading',
      attempt: Math.max(1, ...attempts.values()),
    });
  const persist = () => run.videoId && run.resumer?.save(run.videoId, done);

  return {
    attempts,
    persist,
    partEvents: (n) => ({
      onAttempt(attempt) {
        waiting.delete(n);
        attempts.set(n, attempt);
        if (attempt > 1) showAttempts();
      },
      onRetry(attempt) {
        waiting.add(n);
        attempts.set(n, attempt);
        showAttempts();
      },
      onSent(bytes) {
        const before = sending.get(n) ?? 0;
        if (bytes <= before) return;
        sending.set(n, bytes);
        speed.add(bytes - before);
        // Progress events come by the dozen per second and part; listeners hear of them ten times a second.
        if (Date.now() - reportedAt >= 100) report();
      },
    }),
    onDone(part, answer) {
      run.videoId ??= answer?.videoId;
      if (answer) run.video = answer;
      attempts.delete(part.n);
      done.add(part.n);
      run.bytesUploaded += part.bytes.size;
      speed.add(part.bytes.size - (sending.get(part.n) ?? 0));
      sending.delete(part.n);
      report();
      showAttempts();
      persist();
    },
  };
}
