import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { ensureClip, ensureFile, sha256File } from './index.mjs';

const ffprobe = process.env.FFPROBE_PATH ?? 'ffprobe';
function probe(path) {
  return JSON.parse(
    execFileSync(ffprobe, ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', path], {
      encoding: 'utf8',
    }),
  );
}

test('ensureClip makes a clip of the asked duration, size and codec, and reuses it', async () => {
  const path = await ensureClip({ duration: 2, width: 320, height: 240, codec: 'h264' });
  const info = probe(path);
  const video = info.streams.find((s) => s.codec_type === 'video');
  assert.equal(video.codec_name, 'h264');
  assert.equal(video.width, 320);
  assert.equal(video.height, 240);
  assert.ok(info.streams.some((s) => s.codec_type === 'audio'));
  assert.ok(Math.abs(Number(info.format.duration) - 2) < 0.2, `duration ${info.format.duration}`);
  const again = await ensureClip({ duration: 2, width: 320, height: 240, codec: 'h264' });
  assert.equal(again, path);
});

test('ensureClip makes webm/VP9 without audio', async () => {
  const info = probe(await ensureClip({ duration: 1, width: 160, height: 120, codec: 'vp9', audio: false }));
  assert.equal(info.streams.length, 1);
  assert.equal(info.streams[0].codec_name, 'vp9');
});

test('ensureFile writes exactly size bytes, deterministically per seed', async () => {
  const a = await ensureFile({ size: 3 * 1024 * 1024 + 7, seed: 'test-a' });
  assert.equal(statSync(a).size, 3 * 1024 * 1024 + 7);
  const b = await ensureFile({ size: 1000, seed: 'test-b' });
  const c = await ensureFile({ size: 1000, seed: 'test-c' });
  assert.notEqual(await sha256File(b), await sha256File(c));
});
