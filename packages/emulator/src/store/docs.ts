import type { DatabaseSync, StatementSync } from 'node:sqlite';

/**
 * A collection of JSON documents of one kind in the `docs` table, in insertion order.
 * Reads and writes are synchronous, so a read-modify-write in one function never races another request.
 */
export class DocStore<T extends object> {
  readonly #get: StatementSync;
  readonly #all: StatementSync;
  readonly #insert: StatementSync;
  readonly #update: StatementSync;
  readonly #delete: StatementSync;
  readonly #kind: string;

  constructor(db: DatabaseSync, kind: string) {
    this.#kind = kind;
    this.#get = db.prepare('SELECT data FROM docs WHERE kind = ? AND id = ?');
    this.#all = db.prepare('SELECT data FROM docs WHERE kind = ? ORDER BY rowid');
    this.#insert = db.prepare('INSERT INTO docs (kind, id, data) VALUES (?, ?, ?)');
    this.#update = db.prepare('UPDATE docs SET data = ? WHERE kind = ? AND id = ?');
    this.#delete = db.prepare('DELETE FROM docs WHERE kind = ? AND id = ?');
  }

  get(id: string): T | undefined {
    const row = this.#get.get(this.#kind, id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  all(): T[] {
    return (this.#all.all(this.#kind) as { data: string }[]).map((row) => JSON.parse(row.data) as T);
  }

  insert(id: string, doc: T): T {
    this.#insert.run(this.#kind, id, JSON.stringify(doc));
    return doc;
  }

  /** Replaces a document; returns the new one, or undefined when it does not exist. */
  update(id: string, change: (doc: T) => T): T | undefined {
    const current = this.get(id);
    if (!current) return undefined;
    const next = change(current);
    this.#update.run(JSON.stringify(next), this.#kind, id);
    return next;
  }

  delete(id: string): boolean {
    return Number(this.#delete.run(this.#kind, id).changes) > 0;
  }
}
