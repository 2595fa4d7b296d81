import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ApiVideoClient from '@api.video/nodejs-client';
import ApiVideoError from '@api.video/nodejs-client/lib/ApiVideoError.js';
import { startEmulator } from '@vidkit/emulator';
import type { EmulatorOptions, RunningEmulator } from '@vidkit/emulator';
import { specViolations } from '@vidkit/tooling/openapi/validate';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startWireTap } from './wire-tap.js';
import type { Exchange, WireTap } from './wire-tap.js';

export { ApiVideoClient, ApiVideoError };

/** The smallest part the official client accepts (and api.video's minimum part size). */
export const MIN_CHUNK_SIZE = 5 * 1024 * 1024;

/** What a test file works with: the official client, pointed at a real emulator through the wire tap. */
export interface Conformance {
  /** `@api.video/nodejs-client`, unmodified, with the emulator's API key and the smallest chunk size it allows. */
  client: ApiVideoClient;
  emulator: RunningEmulator;
  /** The API's base URL as the client sees it (the wire tap in front of the emulator). */
  baseUri: string;
  /** Every answer so far, as it crossed the wire. */
  exchanges: Exchange[];
  /** A scratch directory for files to upload, removed at the end. */
  dir: string;
  /** Writes a file into the scratch directory and returns its path (the client uploads from paths). */
  file(name: string, data: Uint8Array | string): Promise<string>;
  /** The sha256 of the source the emulator assembled for a video. */
  sourceSha(videoId: string): Promise<string>;
}

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * One emulator, wire tap and client for the calling test file (started in `beforeAll`). After each test, every
 * answer the client received must be one api.video's spec documents for that operation and status, with a body
 * that validates against the spec's schema, sent as `application/json`.
 */
export function useConformance(options: EmulatorOptions = {}): Conformance {
  let emulator: RunningEmulator | undefined;
  let tap: WireTap | undefined;
  let client: ApiVideoClient | undefined;
  let dir = '';
  let checked = 0;
  beforeAll(async () => {
    [emulator, dir] = await Promise.all([
      startEmulator({ port: 0, host: '127.0.0.1', encoding: { enabled: false }, ...options }),
      mkdtemp(join(tmpdir(), 'vidkit-conformance-')),
    ]);
    tap = await startWireTap(emulator.url);
    client = new ApiVideoClient({ apiKey: emulator.apiKey, baseUri: tap.url, chunkSize: MIN_CHUNK_SIZE });
  });
  afterEach(() => {
    const fresh = tap!.exchanges.slice(checked);
    checked = tap!.exchanges.length;
    expect(fresh.length, 'answers seen by the wire tap').toBeGreaterThan(0);
    expect(fresh.flatMap(specViolations)).toEqual([]);
  });
  afterAll(async () => {
    await tap?.stop();
    await emulator?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The conformance fixture starts in beforeAll; use it inside tests.');
    return value;
  };
  return {
    get client() {
      return started(client);
    },
    get emulator() {
      return started(emulator);
    },
    get baseUri() {
      return started(tap).url;
    },
    get exchanges() {
      return started(tap).exchanges;
    },
    get dir() {
      return dir;
    },
    async file(name, data) {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    },
    async sourceSha(videoId) {
      return sha256(await readFile(join(started(emulator).dataDir, 'videos', videoId, 'source')));
    },
  };
}

/** The error a call rejects with, for assertions on the client's own error type. */
export async function rejection(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('The call was expected to fail and succeeded.');
}

/** The fields api.video's client keeps on its error (private in its typings, public at runtime). */
export function errorFields(error: unknown): { code: number; problemDetails: Record<string, unknown> } {
  expect(error).toBeInstanceOf(ApiVideoError);
  const fields = error as unknown as { code: number; problemDetails: Record<string, unknown> };
  return { code: fields.code, problemDetails: fields.problemDetails };
}

/** A tiny valid JPEG (SOI, JFIF APP0, EOI): enough for thumbnail, logo and watermark uploads. */
export const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);

/** A tiny PNG signature + IEND: enough for uploads that check the extension. */
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

/** A one-cue WebVTT file. */
export const vtt = (text: string) => `WEBVTT\n\n00:00.000 --> 00:01.000\n${text}\n`;

/** `size` pseudo-random bytes (so that a part shifted or repeated changes the sha256). */
export function bytes(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
