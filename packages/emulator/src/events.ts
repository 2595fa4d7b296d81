/** Events the REST part emits for the media and live modules. Payloads carry ids, never whole records. */
export interface EmulatorEventMap {
  /**
   * Every part of a video's source is in and assembled at `path` (also for URL imports, clones, recordings). Emitted
   * again when a deleted video whose encoding had not finished is restored.
   */
  'source:assembled': { videoId: string; path: string };
  /** A `source` URL import (or copy) failed: timeout, size limit, an error answer, an empty body. */
  'source:import-failed': { videoId: string; reason: string };
  'video:created': { videoId: string };
  /** Fields changed through the API (title, public, mp4Support, …). */
  'video:updated': { videoId: string };
  /** The video was deleted (discarded): stop working on it, but keep its files, since it can be restored. */
  'video:deleted': { videoId: string };
  'video:restored': { videoId: string };
  /** An image replaced the thumbnail, stored at `path`. */
  'thumbnail:uploaded': { videoId: string; path: string };
  /** `PATCH /videos/{id}/thumbnail`: the thumbnail should be regenerated at `timecode` (hh:mm:ss[.ff]). */
  'thumbnail:picked': { videoId: string; timecode: string };
  'caption:uploaded': { videoId: string; language: string; path: string };
  'caption:deleted': { videoId: string; language: string };
  'chapter:uploaded': { videoId: string; language: string; path: string };
  'chapter:deleted': { videoId: string; language: string };
  'live-stream:created': { liveStreamId: string; streamKey: string };
  'live-stream:updated': { liveStreamId: string };
  'live-stream:deleted': { liveStreamId: string; streamKey: string };
  /** `PUT /live-streams/{id}/complete`: the broadcast should end. */
  'live-stream:complete': { liveStreamId: string };
  'live-stream:thumbnail': { liveStreamId: string; path: string | null };
  'watermark:deleted': { watermarkId: string };
  'webhook:created': { webhookId: string };
}

export type EmulatorEventName = keyof EmulatorEventMap;
type Listener<K extends EmulatorEventName> = (payload: EmulatorEventMap[K]) => void | Promise<void>;

/**
 * A typed event emitter. A listener that throws or rejects is logged and never breaks the request that emitted
 * the event, nor the other listeners.
 */
export class EmulatorEvents {
  readonly #listeners = new Map<EmulatorEventName, Set<Listener<never>>>();
  readonly #onError: (error: unknown, event: string) => void;

  constructor(onError: (error: unknown, event: string) => void) {
    this.#onError = onError;
  }

  /** Adds a listener; returns a function that removes it. */
  on<K extends EmulatorEventName>(event: K, listener: Listener<K>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => this.off(event, listener);
  }

  off<K extends EmulatorEventName>(event: K, listener: Listener<K>): void {
    this.#listeners.get(event)?.delete(listener as Listener<never>);
  }

  emit<K extends EmulatorEventName>(event: K, payload: EmulatorEventMap[K]): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) {
      try {
        const result = (listener as Listener<K>)(payload);
        if (result instanceof Promise) result.catch((error: unknown) => this.#onError(error, event));
      } catch (error) {
        this.#onError(error, event);
      }
    }
  }

  removeAll(): void {
    this.#listeners.clear();
  }
}
