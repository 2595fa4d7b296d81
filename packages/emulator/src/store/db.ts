import { DatabaseSync } from 'node:sqlite';

/** Opens (and migrates) the emulator's SQLite database. */
export function openDatabase(path: string): DatabaseSync {
  const db = new DatabaseSync(path);
  // WAL + FULL: a row committed before a 201 survives a SIGKILL of the process.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS docs (
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (kind, id)
    );
    CREATE TABLE IF NOT EXISTS upload_parts (
      video_id TEXT NOT NULL,
      key INTEGER NOT NULL,
      start INTEGER,
      size INTEGER NOT NULL,
      PRIMARY KEY (video_id, key)
    );
    CREATE TABLE IF NOT EXISTS auth_tokens (
      token TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      expires_at INTEGER NOT NULL,
      used INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS watch_playbacks (
      pid TEXT PRIMARY KEY,
      sid TEXT NOT NULL,
      media_id TEXT NOT NULL,
      referrer TEXT NOT NULL,
      user_agent TEXT NOT NULL,
      ip TEXT NOT NULL,
      last_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS watch_events (
      pid TEXT NOT NULL,
      eat INTEGER NOT NULL,
      typ INTEGER NOT NULL,
      vti REAL NOT NULL,
      pau INTEGER NOT NULL,
      eco INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS watch_events_pid ON watch_events (pid, eat);
  `);
  return db;
}
