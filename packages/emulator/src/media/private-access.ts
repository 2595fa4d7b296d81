import { randomBytes, randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** How long a delivery session (`avh`) lets a private video's assets through: 24 h, like api.video. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Private video access, api.video's way: each `GET /videos/{id}` mints a single-use token that goes inside the
 * asset URLs; `…/token/{T}/session` trades an unused token for a 24 h session (`avh`), which lets every later
 * asset request of that video through. Tokens and sessions are stored, so they survive a restart.
 */
export class PrivateAccess {
  readonly #insertToken: StatementSync;
  readonly #consumeToken: StatementSync;
  readonly #tokenExists: StatementSync;
  readonly #insertSession: StatementSync;
  readonly #session: StatementSync;

  constructor(db: DatabaseSync) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS media_private_tokens (
        token TEXT PRIMARY KEY,
        video_id TEXT NOT NULL,
        used INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS media_sessions (
        session TEXT PRIMARY KEY,
        video_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `);
    this.#insertToken = db.prepare('INSERT INTO media_private_tokens (token, video_id, created_at) VALUES (?, ?, ?)');
    this.#consumeToken = db.prepare(
      'UPDATE media_private_tokens SET used = 1 WHERE token = ? AND video_id = ? AND used = 0',
    );
    this.#tokenExists = db.prepare('SELECT 1 FROM media_private_tokens WHERE token = ? AND video_id = ?');
    this.#insertSession = db.prepare('INSERT INTO media_sessions (session, video_id, expires_at) VALUES (?, ?, ?)');
    this.#session = db.prepare('SELECT expires_at AS expiresAt FROM media_sessions WHERE session = ? AND video_id = ?');
  }

  /** A new single-use token for a private video's asset URLs. */
  mint(videoId: string): string {
    const token = randomUUID();
    this.#insertToken.run(token, videoId, Date.now());
    return token;
  }

  /** Uses up a token; true when it was minted for this video and not used before. */
  consume(videoId: string, token: string): boolean {
    return Number(this.#consumeToken.run(token, videoId).changes) === 1;
  }

  /** Whether a token was ever minted for this video (used or not). */
  known(videoId: string, token: string): boolean {
    return this.#tokenExists.get(token, videoId) !== undefined;
  }

  /** Opens a 24 h session for a video. */
  openSession(videoId: string, now = Date.now()): string {
    const session = randomBytes(24).toString('base64url');
    this.#insertSession.run(session, videoId, now + SESSION_TTL_MS);
    return session;
  }

  /** Whether a session is valid for this video now. */
  sessionValid(videoId: string, session: string | undefined, now = Date.now()): boolean {
    if (!session) return false;
    const row = this.#session.get(session, videoId) as { expiresAt: number } | undefined;
    return row !== undefined && row.expiresAt > now;
  }
}

const instances = new WeakMap<object, PrivateAccess>();

/**
 * The emulator's one `PrivateAccess`, over its database. `registerMedia` makes `ctx.hooks.mintPrivateToken` use it;
 * the live module can check private live tokens with the same `consume`/`sessionValid` (ids are any resource id).
 */
export function privateAccessFor(ctx: { db: DatabaseSync }): PrivateAccess {
  let access = instances.get(ctx);
  if (!access) instances.set(ctx, (access = new PrivateAccess(ctx.db)));
  return access;
}
