import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../client/api-client.js';
import { formData, reply, startServer } from '../client/test-support/server.js';
import type { TestServer } from '../client/test-support/server.js';

let server: TestServer;
let dir: string;
const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vidkit-core-binary-'));
  server = await startServer((req, res) => reply(res, 201, {}));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function received(index: number) {
  const form = await formData(server.requests[index]!);
  const file = form.get('file') as File;
  return { form, name: file.name, sha: sha(new Uint8Array(await file.arrayBuffer())) };
}

describe('binary uploads', () => {
  it('sends a Blob/File, a Buffer, an ArrayBuffer and a file path as the multipart `file` field', async () => {
    const path = join(dir, 'thumb.jpg');
    await writeFile(path, bytes);
    const client = createApiClient({ apiBaseUrl: server.url, accessToken: 't' });
    await client.videos.uploadThumbnail('vi1', new File([bytes], 'poster.png'));
    await client.videos.uploadThumbnail('vi1', bytes);
    await client.watermarks.upload(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    await client.captions.upload('vi1', 'fr', path);
    const expected = sha(bytes);
    expect(await received(0)).toMatchObject({ name: 'poster.png', sha: expected });
    expect(await received(1)).toMatchObject({ name: 'file', sha: expected });
    expect(await received(2)).toMatchObject({ name: 'file', sha: expected });
    expect(await received(3)).toMatchObject({ name: 'thumb.jpg', sha: expected });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /videos/vi1/thumbnail',
      'POST /videos/vi1/thumbnail',
      'POST /watermarks',
      'POST /videos/vi1/captions/fr',
    ]);
  });

  it('adds text fields and the Content-Range header for source parts', async () => {
    const client = createApiClient({ apiBaseUrl: server.url, accessToken: 't' });
    const start = server.requests.length;
    await client.players.uploadLogo('pt1', new Blob([bytes]), { link: 'https://example.com' });
    await client.uploads.withToken('to1', new Blob([bytes]), { videoId: 'vi9', contentRange: 'part 2/3' });
    const logo = await received(start);
    expect(logo.form.get('link')).toBe('https://example.com');
    const part = await received(start + 1);
    expect(part.form.get('videoId')).toBe('vi9');
    expect(part.sha).toBe(sha(bytes));
    expect(server.requests[start + 1]!.headers['content-range']).toBe('part 2/3');
    expect(server.requests[start + 1]!.url).toBe('/upload?token=to1');
  });
});
