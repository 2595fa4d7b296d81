#!/usr/bin/env node
// vidkit-media clip [--duration 4] [--width 640] [--height 360] [--fps 30] [--codec h264|vp9] [--container mp4|mov|mkv|webm] [--no-audio]
// vidkit-media file --size 1GiB [--seed vidkit]
// Prints the path of the generated (or cached) file.

import { parseArgs } from 'node:util';
import { ensureClip, ensureFile } from './index.mjs';

const UNITS = { b: 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3 };
function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text ?? '');
  const unit = UNITS[(m?.[2] || 'b').toLowerCase()];
  if (!m || !unit) throw new Error(`Cannot read size "${text}": write e.g. 1048576, 500MiB or 1GiB.`);
  return Math.round(Number(m[1]) * unit);
}

const [kind, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    duration: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    fps: { type: 'string' },
    codec: { type: 'string' },
    container: { type: 'string' },
    'no-audio': { type: 'boolean' },
    size: { type: 'string' },
    seed: { type: 'string' },
  },
});
const num = (v) => (v === undefined ? undefined : Number(v));

try {
  if (kind === 'clip') {
    console.log(
      await ensureClip({
        duration: num(values.duration),
        width: num(values.width),
        height: num(values.height),
        fps: num(values.fps),
        codec: values.codec,
        container: values.container,
        audio: !values['no-audio'],
      }),
    );
  } else if (kind === 'file') {
    console.log(await ensureFile({ size: parseSize(values.size), seed: values.seed }));
  } else {
    console.error(
      'usage: vidkit-media clip [--duration s] [--width px] [--height px] [--codec h264|vp9] [--container …] [--no-audio]\n       vidkit-media file --size 1GiB [--seed text]',
    );
    process.exit(2);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
