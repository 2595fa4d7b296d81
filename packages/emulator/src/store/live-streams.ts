import type { DatabaseSync } from 'node:sqlite';
import type { EmulatorEvents } from '../events.js';
import { DocStore } from './docs.js';
import type { LiveStreamRecord } from './types.js';

/** Live streams; the live module flips `broadcasting` through {@link LiveStreamStore.setBroadcasting}. */
export class LiveStreamStore {
  readonly docs: DocStore<LiveStreamRecord>;
  readonly #events: EmulatorEvents;

  constructor(db: DatabaseSync, events: EmulatorEvents) {
    this.docs = new DocStore(db, 'live-stream');
    this.#events = events;
  }

  get(liveStreamId: string): LiveStreamRecord | undefined {
    return this.docs.get(liveStreamId);
  }

  list(): LiveStreamRecord[] {
    return this.docs.all();
  }

  findByStreamKey(streamKey: string): LiveStreamRecord | undefined {
    return this.docs.all().find((stream) => stream.streamKey === streamKey);
  }

  /** Sets `broadcasting` (does not touch `updatedAt`, like api.video). Emits `live-stream:updated` on change. */
  setBroadcasting(liveStreamId: string, broadcasting: boolean): LiveStreamRecord | undefined {
    const before = this.docs.get(liveStreamId);
    if (!before) return undefined;
    if (before.broadcasting === broadcasting) return before;
    const after = this.docs.update(liveStreamId, (stream) => ({ ...stream, broadcasting }));
    this.#events.emit('live-stream:updated', { liveStreamId });
    return after;
  }
}
