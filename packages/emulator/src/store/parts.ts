import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** One received part: `key` is the part number (`part` mode), the start offset (`bytes` mode) or 1 (`single`). */
export interface PartRow {
  key: number;
  /** Byte offset, known in `bytes` mode only. */
  start: number | null;
  size: number;
}

/** The received parts of uploads in progress. */
export class PartStore {
  readonly #list: StatementSync;
  readonly #insert: StatementSync;
  readonly #has: StatementSync;
  readonly #clear: StatementSync;

  constructor(db: DatabaseSync) {
    this.#list = db.prepare('SELECT key, start, size FROM upload_parts WHERE video_id = ? ORDER BY key');
    this.#insert = db.prepare('INSERT OR IGNORE INTO upload_parts (video_id, key, start, size) VALUES (?, ?, ?, ?)');
    this.#has = db.prepare('SELECT 1 AS one FROM upload_parts WHERE video_id = ? AND key = ?');
    this.#clear = db.prepare('DELETE FROM upload_parts WHERE video_id = ?');
  }

  list(videoId: string): PartRow[] {
    return (this.#list.all(videoId) as { key: number; start: number | null; size: number }[]).map((row) => ({
      key: Number(row.key),
      start: row.start === null ? null : Number(row.start),
      size: Number(row.size),
    }));
  }

  has(videoId: string, key: number): boolean {
    return this.#has.get(videoId, key) !== undefined;
  }

  /** Records a part; false when that key was already there. */
  insert(videoId: string, part: PartRow): boolean {
    return Number(this.#insert.run(videoId, part.key, part.start, part.size).changes) > 0;
  }

  clear(videoId: string): void {
    this.#clear.run(videoId);
  }
}
