// The opt-in HTTPS mode (tls option, --tls-cert/--tls-key), for clients that only build `https://` URLs.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../cli-args.js';
import { startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';

let dir: string;
let cert: Buffer;
let emulator: TestEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vidkit-tls-'));
  // A throwaway self-signed pair for this run, as a user would make one (or use mkcert).
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  cert = await readFile(join(dir, 'cert.pem'));
  emulator = await startTestEmulator({ tls: { cert, key: await readFile(join(dir, 'key.pem')) } });
});
afterAll(async () => {
  await emulator?.dispose();
  await rm(dir, { recursive: true, force: true });
});

/** A request over HTTPS that trusts only the test certificate. */
function secureGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca: cert, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS mode', () => {
  it('serves the API over TLS at an https:// URL, and asset URLs follow', async () => {
    expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const authorization = emulator.auth.authorization!;
    const created = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${emulator.url}/videos`,
        { method: 'POST', ca: cert, headers: { authorization, 'content-type': 'application/json' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ title: 'secure' }));
    });
    expect(created.status).toBe(201);
    const video = JSON.parse(created.body) as { videoId: string; assets: Record<string, string> };
    expect(video.assets['hls']).toBe(`${emulator.url}/vod/${video.videoId}/hls/manifest.m3u8`);
    const listed = await secureGet(`${emulator.url}/videos`, { authorization });
    expect(listed).toMatchObject({ status: 200, type: 'application/json' });
    expect(JSON.parse(listed.body).data).toHaveLength(1);
  });

  it('answers a request without Host in api.video’s shape, as over HTTP', async () => {
    const { port } = new URL(emulator.url);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: Number(port), ca: cert, servername: 'localhost' }, () =>
        socket.write('GET /videos HTTP/1.1\r\nConnection: close\r\n\r\n'),
      );
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toContain('"type":"https://docs.api.video/reference/');
  });
});

describe('--tls-cert and --tls-key', () => {
  it('read the PEM files', () => {
    const options = parseCli(['--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem')]);
    expect(options.tls?.cert.toString()).toContain('-----BEGIN CERTIFICATE-----');
    expect(options.tls?.key.toString()).toContain('-----BEGIN PRIVATE KEY-----');
  });

  it('go together, and must be readable PEM files', () => {
    expect(() => parseCli(['--tls-cert', join(dir, 'cert.pem')])).toThrow(UsageError);
    expect(() => parseCli(['--tls-key', join(dir, 'key.pem')])).toThrow(UsageError);
    expect(() => parseCli(['--tls-cert', join(dir, 'nope.pem'), '--tls-key', join(dir, 'key.pem')])).toThrow(
      /cannot read/,
    );
    expect(() => parseCli(['--tls-cert', join(dir, '..'), '--tls-key', join(dir, 'key.pem')])).toThrow(UsageError);
  });
});
