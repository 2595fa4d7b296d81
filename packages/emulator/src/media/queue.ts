import type { DatabaseSync } from 'node:sqlite';
import { MediaError, MediaErrorCode } from './ffmpeg.js';

/** One encoding job, as stored. */
export interface EncodingJob {
  id: number;
  videoId: string;
  /** Path of the assembled source file. */
  source: string;
  /** How many times a run of this job has started (a restart mid-run counts). */
  attempts: number;
}

/** What the queue needs from its owner. */
export interface EncodingQueueOptions {
  /** The emulator's SQLite database; the queue keeps its jobs in its own `media_jobs` table. */
  db: DatabaseSync;
  /** Jobs run at the same time. Default 1: encoding takes both cores of a small machine. */
  concurrency?: number;
  /** Does the work. A rejection marks the job failed; the queue goes on with the next one. */
  run: (job: EncodingJob, signal: AbortSignal) => Promise<void>;
  /** Told about a job that failed for good (after `run` rejected). Its own errors are swallowed. */
  onFailure?: (job: EncodingJob, error: unknown) => void | Promise<void>;
  /** A job started this many times without finishing (e.g. it crashed the process) is given up. Default 3. */
  maxAttempts?: number;
}

/** A persisted FIFO of encoding jobs. */
export interface EncodingQueue {
  /** Adds a job and starts it when a slot is free. A queued job of the same video is replaced. */
  enqueue(videoId: string, source: string): void;
  /** Drops the video's queued job and stops its running one (the video was deleted). */
  cancel(videoId: string): void;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
  /** Stops taking jobs, kills running ones and leaves them queued, so the next start resumes them. */
  stop(): Promise<void>;
}

const now = () => new Date().toISOString();

/**
 * Creates the encoding queue and resumes the jobs a previous run left unfinished
 * (queued, or running when the process stopped or was killed).
 */
export function createEncodingQueue(options: EncodingQueueOptions): EncodingQueue {
  const { db, run, onFailure } = options;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const maxAttempts = options.maxAttempts ?? 3;
  db.exec(`CREATE TABLE IF NOT EXISTS media_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    video_id TEXT NOT NULL,
    source TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`);
  db.exec(`CREATE INDEX IF NOT EXISTS media_jobs_state ON media_jobs (state, id)`);

  const setState = db.prepare('UPDATE media_jobs SET state = ?, error = ?, updated_at = ? WHERE id = ?');
  const nextQueued = db.prepare(
    "SELECT id, video_id AS videoId, source, attempts FROM media_jobs WHERE state = 'queued' ORDER BY id LIMIT 1",
  );
  const markRunning = db.prepare(
    "UPDATE media_jobs SET state = 'running', attempts = attempts + 1, updated_at = ? WHERE id = ?",
  );

  // Jobs a previous process left running never finished: queue them again (or give up on a job that keeps dying).
  db.prepare(
    "UPDATE media_jobs SET state = 'failed', error = 'Gave up after repeated interrupted runs.', updated_at = ? WHERE state = 'running' AND attempts >= ?",
  ).run(now(), maxAttempts);
  db.prepare("UPDATE media_jobs SET state = 'queued', updated_at = ? WHERE state = 'running'").run(now());

  const running = new Map<number, { job: EncodingJob; controller: AbortController; done: Promise<void> }>();
  let stopped = false;
  let waiters: Array<() => void> = [];

  function settleIdle() {
    if (running.size > 0 || nextQueued.get()) return;
    const list = waiters;
    waiters = [];
    for (const resolve of list) resolve();
  }

  async function execute(job: EncodingJob, controller: AbortController) {
    try {
      await run(job, controller.signal);
      setState.run('done', null, now(), job.id);
    } catch (error) {
      if (controller.signal.aborted && stopped) {
        // Stopping, not failing: leave it for the next start.
        setState.run('queued', null, now(), job.id);
        return;
      }
      if (controller.signal.aborted) {
        setState.run('cancelled', null, now(), job.id);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      setState.run('failed', message, now(), job.id);
      try {
        await onFailure?.(job, error);
      } catch {
        // A failing failure handler must not stop the queue.
      }
    }
  }

  function pump() {
    while (!stopped && running.size < concurrency) {
      const row = nextQueued.get() as EncodingJob | undefined;
      if (!row) break;
      markRunning.run(now(), row.id);
      const job: EncodingJob = { ...row, attempts: row.attempts + 1 };
      const controller = new AbortController();
      const done = execute(job, controller).finally(() => {
        running.delete(job.id);
        pump();
        settleIdle();
      });
      running.set(job.id, { job, controller, done });
    }
    settleIdle();
  }

  const insert = db.prepare(
    "INSERT INTO media_jobs (video_id, source, state, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?)",
  );
  const dropQueued = db.prepare(
    "UPDATE media_jobs SET state = 'cancelled', updated_at = ? WHERE video_id = ? AND state = 'queued'",
  );

  function cancel(videoId: string) {
    dropQueued.run(now(), videoId);
    for (const entry of running.values()) {
      if (entry.job.videoId === videoId) entry.controller.abort(new MediaError(MediaErrorCode.Aborted, 'Cancelled.'));
    }
  }

  queueMicrotask(pump);

  return {
    enqueue(videoId, source) {
      if (stopped) return;
      cancel(videoId);
      const stamp = now();
      insert.run(videoId, source, stamp, stamp);
      pump();
    },
    cancel,
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settleIdle();
      });
    },
    async stop() {
      stopped = true;
      const entries = [...running.values()];
      for (const entry of entries) entry.controller.abort(new MediaError(MediaErrorCode.Aborted, 'Stopping.'));
      await Promise.all(entries.map((entry) => entry.done));
      const list = waiters;
      waiters = [];
      for (const resolve of list) resolve();
    },
  };
}
