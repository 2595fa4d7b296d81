import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEncodingQueue, type EncodingJob } from './queue.js';

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vidkit-queue-'));
  dbPath = join(dir, 'db.sqlite');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const states = (db: DatabaseSync) =>
  (
    db.prepare('SELECT video_id AS v, state FROM media_jobs ORDER BY id').all() as Array<{ v: string; state: string }>
  ).map((r) => `${r.v}:${r.state}`);

describe('createEncodingQueue', () => {
  it('runs jobs one at a time in order, and a failing job does not stop the next', async () => {
    const db = new DatabaseSync(dbPath);
    const log: string[] = [];
    let active = 0;
    const failures: string[] = [];
    const queue = createEncodingQueue({
      db,
      run: async (job) => {
        active++;
        log.push(`start ${job.videoId} (${active} active)`);
        await new Promise((r) => setTimeout(r, 20));
        active--;
        if (job.videoId === 'vi2') throw new Error('not a video');
      },
      onFailure: (job, error) => void failures.push(`${job.videoId}: ${(error as Error).message}`),
    });
    queue.enqueue('vi1', '/a');
    queue.enqueue('vi2', '/b');
    queue.enqueue('vi3', '/c');
    await queue.idle();
    expect(log).toEqual(['start vi1 (1 active)', 'start vi2 (1 active)', 'start vi3 (1 active)']);
    expect(failures).toEqual(['vi2: not a video']);
    expect(states(db)).toEqual(['vi1:done', 'vi2:failed', 'vi3:done']);
    await queue.stop();
    db.close();
  });

  it('resumes, after a restart, the job that was running and the ones queued', async () => {
    const first = new DatabaseSync(dbPath);
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    // The first process "dies" mid-job: its run never settles and the queue is never stopped.
    createEncodingQueue({
      db: first,
      run: () => {
        started();
        return new Promise(() => undefined);
      },
    }).enqueue('vi1', '/a');
    await running;
    first
      .prepare(
        "INSERT INTO media_jobs (video_id, source, state, created_at, updated_at) VALUES ('vi2', '/b', 'queued', '', '')",
      )
      .run();
    expect(states(first)).toEqual(['vi1:running', 'vi2:queued']);
    first.close();

    const second = new DatabaseSync(dbPath);
    const seen: EncodingJob[] = [];
    const queue = createEncodingQueue({ db: second, run: async (job) => void seen.push(job) });
    await queue.idle();
    expect(seen.map((j) => [j.videoId, j.source, j.attempts])).toEqual([
      ['vi1', '/a', 2],
      ['vi2', '/b', 1],
    ]);
    expect(states(second)).toEqual(['vi1:done', 'vi2:done']);
    await queue.stop();
    second.close();
  });

  it('stop() aborts the running job and leaves it queued for the next start', async () => {
    const db = new DatabaseSync(dbPath);
    const queue = createEncodingQueue({
      db,
      run: (_job, signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
    queue.enqueue('vi1', '/a');
    await new Promise((r) => setTimeout(r, 20));
    await queue.stop();
    expect(states(db)).toEqual(['vi1:queued']);
    db.close();
  });

  it('cancel() drops a deleted video’s job', async () => {
    const db = new DatabaseSync(dbPath);
    const ran: string[] = [];
    const queue = createEncodingQueue({
      db,
      run: (job, signal) =>
        new Promise((resolve, reject) => {
          ran.push(job.videoId);
          signal.addEventListener('abort', () => reject(signal.reason));
          setTimeout(resolve, 50);
        }),
    });
    queue.enqueue('vi1', '/a');
    queue.enqueue('vi2', '/b');
    queue.cancel('vi2');
    await queue.idle();
    expect(ran).toEqual(['vi1']);
    expect(states(db)).toEqual(['vi1:done', 'vi2:cancelled']);
    await queue.stop();
    db.close();
  });
});
