import { backoffDelay } from '../internal/backoff.js';
import { createStore, type Listener } from '../internal/store.js';
import { onlineManager } from '../managers/online-manager.js';
import { visibilityManager } from '../managers/visibility-manager.js';

/** Errors back off on top of the interval, up to this many ms. */
const MAX_BACKOFF = 60_000;

/** What a shared poller needs to know about the thing it polls. */
export interface PollSpec<S> {
  initial: S;
  /** Fetches and returns the patch to merge into the snapshot. Must honour `signal`. */
  poll(signal: AbortSignal, state: S): Promise<Partial<S>>;
  /** The patch to merge after a failed poll (`failures` counts consecutive failures from 1). */
  onError(error: unknown, failures: number, state: S): Partial<S>;
  /** True once nothing can change any more (e.g. every quality encoded): polling stops. */
  isSettled?(state: S): boolean;
}

/** One shared poll loop; every watcher handle of the same key subscribes to it. */
export interface PollEntry<S> {
  getSnapshot(): S;
  /** Subscribes with the interval this subscriber asks for; the loop polls at the smallest one. */
  watch(listener: Listener, interval: number): () => void;
}

/** Loops by owner (a fetcher or credential, so dropping it frees its loops; `PUBLIC` for URL keys), then key. */
const registry = new WeakMap<object, Map<string, PollEntry<object>>>();
/** Owner of loops keyed by a public URL. */
export const PUBLIC = {};

/**
 * The poll loop for (`owner`, `key`), created on first use. However many handles and subscribers watch one key,
 * there is at most one request in flight and one per interval; the loop runs only while someone subscribes.
 */
export function sharedPoller<S extends object>(owner: object, key: string, spec: () => PollSpec<S>): PollEntry<S> {
  let loops = registry.get(owner);
  if (!loops) registry.set(owner, (loops = new Map()));
  let entry = loops.get(key) as PollEntry<S> | undefined;
  if (!entry) loops.set(key, (entry = createPollEntry(spec()) as PollEntry<object> as PollEntry<S>));
  return entry;
}

/** The loop for (`owner`, `key`) if someone created it, without creating one (the player joins a badge's loop). */
export const findPoller = <S extends object>(owner: object, key: string): PollEntry<S> | undefined =>
  registry.get(owner)?.get(key) as PollEntry<S> | undefined;

export function createPollEntry<S extends object>(spec: PollSpec<S>): PollEntry<S> {
  // The interval each subscription asks for; the loop polls at the smallest.
  const intervals = new Map<object, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  let failures = 0;
  let lastError: unknown;
  let lastPoll = 0;
  // Polling starts with the first subscriber and stops with the last.
  const store = createStore<S>({ ...spec.initial }, () => {
    const offVisible = visibilityManager.subscribe(schedule);
    const offOnline = onlineManager.subscribe(schedule);
    return () => {
      offVisible();
      offOnline();
      clearTimeout(timer);
      controller?.abort();
      controller = timer = undefined;
    };
  });

  const delay = () => {
    const base = Math.min(...intervals.values());
    const interval = base;
    if (failures === 0) return interval;
    const backoff = interval + backoffDelay(failures, { baseDelay: base, maxDelay: MAX_BACKOFF });
    // A 429's `retryAfter` (seconds, see ApiError) wins when it asks for longer.
    return Math.max(backoff, ((lastError as { retryAfter?: number } | null)?.retryAfter ?? 0) * 1000);
  };

  function schedule() {
    clearTimeout(timer);
    timer = undefined;
    // In flight (it reschedules when done), stopped, hidden or offline (the managers call back), or settled.
    // A page shown again after more than an interval checks at once (the timer's delay is then negative).
    if (controller || !intervals.size || !visibilityManager.getSnapshot() || !onlineManager.getSnapshot()) return;
    if (spec.isSettled?.(store.getSnapshot())) return;
    timer = setTimeout(run, lastPoll + delay() - Date.now());
  }

  async function run() {
    timer = undefined;
    const current = (controller = new AbortController());
    try {
      const patch = await spec.poll(current.signal, store.getSnapshot());
      if (current.signal.aborted) return;
      failures = 0;
      store.update(patch);
    } catch (error) {
      if (current.signal.aborted) return;
      failures++;
      lastError = error;
      store.update(spec.onError(error, failures, store.getSnapshot()));
    } finally {
      if (controller === current) {
        controller = undefined;
        lastPoll = Date.now();
        schedule();
      }
    }
  }

  return {
    getSnapshot: store.getSnapshot,
    watch(listener, interval) {
      const token = {};
      intervals.set(token, interval);
      const off = store.subscribe(listener);
      if (!controller) schedule();
      return () => {
        if (intervals.delete(token)) off();
      };
    },
  };
}
