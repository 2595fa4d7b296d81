import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { WatchBeacon, WatchEvent } from '../analytics/beacon.js';

/** How long recorded playbacks are kept, as api.video keeps its analytics data. */
export const RETENTION_MS = 30 * 24 * 3600_000;

/** A playback (one `pid`) as recorded, with its events in time order. */
export interface RecordedPlayback {
  pid: string;
  sid: string;
  mediaId: string;
  referrer: string;
  userAgent: string;
  ip: string;
  events: Pick<WatchEvent, 'eat' | 'typ' | 'vti' | 'pau' | 'eco'>[];
}

/** Who sent a beacon, as the server sees it (api.video adds the same from the request). */
export interface BeaconOrigin {
  userAgent: string;
  ip: string;
}

interface PlaybackRow {
  pid: string;
  sid: string;
  media_id: string;
  referrer: string;
  user_agent: string;
  ip: string;
}

interface EventRow {
  pid: string;
  eat: number;
  typ: number;
  vti: number;
  pau: number;
  eco: number;
}

/** The playback sessions `POST /watch` records, one row per playback id plus its events. */
export class WatchStore {
  readonly #db: DatabaseSync;
  readonly #upsert: StatementSync;
  readonly #event: StatementSync;
  readonly #playbacks: StatementSync;
  readonly #events: StatementSync;
  readonly #expireEvents: StatementSync;
  readonly #expirePlaybacks: StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    // A playback keeps the media, viewer and referrer of its first beacon: its pid names one media.
    this.#upsert = db.prepare(`
      INSERT INTO watch_playbacks (pid, sid, media_id, referrer, user_agent, ip, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (pid) DO UPDATE SET last_at = max(last_at, excluded.last_at)`);
    this.#event = db.prepare('INSERT INTO watch_events (pid, eat, typ, vti, pau, eco) VALUES (?, ?, ?, ?, ?, ?)');
    this.#playbacks = db.prepare('SELECT * FROM watch_playbacks WHERE last_at >= ?');
    this.#events = db.prepare(
      'SELECT e.* FROM watch_events e JOIN watch_playbacks p ON p.pid = e.pid WHERE p.last_at >= ? ORDER BY e.eat, e.rowid',
    );
    this.#expireEvents = db.prepare(
      'DELETE FROM watch_events WHERE pid IN (SELECT pid FROM watch_playbacks WHERE last_at < ?)',
    );
    this.#expirePlaybacks = db.prepare('DELETE FROM watch_playbacks WHERE last_at < ?');
  }

  /** Records a valid beacon's events in one transaction. */
  record(beacon: WatchBeacon, origin: BeaconOrigin, now = Date.now()): void {
    const lastAt = Math.max(0, ...beacon.eve.map((event) => event.eat));
    this.#db.exec('BEGIN');
    try {
      this.#expireEvents.run(now - RETENTION_MS);
      this.#expirePlaybacks.run(now - RETENTION_MS);
      this.#upsert.run(beacon.pid, beacon.sid, beacon.mid, beacon.ref, origin.userAgent, origin.ip, lastAt);
      for (const { eat, typ, vti, pau, eco } of beacon.eve)
        this.#event.run(beacon.pid, eat, typ, vti, pau ? 1 : 0, eco);
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Every playback with an event at or after `since`, its events in time order. */
  playbacks(since: number): RecordedPlayback[] {
    const byPid = new Map<string, RecordedPlayback>();
    for (const row of this.#playbacks.all(since) as unknown as PlaybackRow[]) {
      byPid.set(row.pid, {
        pid: row.pid,
        sid: row.sid,
        mediaId: row.media_id,
        referrer: row.referrer,
        userAgent: row.user_agent,
        ip: row.ip,
        events: [],
      });
    }
    for (const row of this.#events.all(since) as unknown as EventRow[]) {
      byPid.get(row.pid)?.events.push({ eat: row.eat, typ: row.typ, vti: row.vti, pau: row.pau === 1, eco: row.eco });
    }
    return [...byPid.values()];
  }
}
