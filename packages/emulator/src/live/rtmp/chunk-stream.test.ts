import { expect, test } from 'vitest';
import { decodeAmf0, encodeAmf0 } from './amf0.js';
import { ChunkReader, encodeMessage } from './chunk-stream.js';

test('AMF0 command values survive an encode/decode round trip', () => {
  const values = ['connect', 1, { app: 's', tcUrl: 'rtmp://127.0.0.1/s', nested: { ok: true } }, null, [1, 'two']];
  expect(decodeAmf0(encodeAmf0(...values))).toEqual(values);
});

test('reassembles messages split into chunks and fed one byte at a time', () => {
  const payload = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
  const wire = Buffer.concat([
    encodeMessage(4, { type: 9, streamId: 1, timestamp: 40, payload }, 128),
    encodeMessage(4, { type: 8, streamId: 1, timestamp: 0x1000000 + 5, payload: Buffer.from([1, 2, 3]) }, 128),
  ]);
  const reader = new ChunkReader();
  const messages = [];
  for (const byte of wire) messages.push(...reader.push(Buffer.from([byte])));
  expect(messages).toHaveLength(2);
  expect(messages[0]).toMatchObject({ type: 9, streamId: 1, timestamp: 40 });
  expect(messages[0]!.payload.equals(payload)).toBe(true);
  // Timestamps past 24 bits travel in the extended field, repeated on continuation chunks.
  expect(messages[1]).toMatchObject({ type: 8, timestamp: 0x1000005 });
});

test('applies delta timestamps (type 1–3 headers) and the peer’s Set Chunk Size', () => {
  const reader = new ChunkReader();
  const chunkSize = Buffer.alloc(4);
  chunkSize.writeUInt32BE(4096);
  const big = Buffer.alloc(3000, 7);
  const first = encodeMessage(6, { type: 9, streamId: 1, timestamp: 100, payload: Buffer.from([9]) }, 4096);
  // fmt 1 (delta 33, new length/type) and fmt 3 (same delta again), hand-built on chunk stream 6.
  const fmt1 = Buffer.from([0x46, 0, 0, 33, 0, 0, 2, 9, 0xaa, 0xbb]);
  const fmt3 = Buffer.from([0xc6, 0xcc, 0xdd]);
  const messages = [
    ...reader.push(encodeMessage(2, { type: 1, streamId: 0, payload: chunkSize }, 128)),
    ...reader.push(Buffer.concat([encodeMessage(5, { type: 9, streamId: 1, payload: big }, 4096), first, fmt1, fmt3])),
  ];
  expect(reader.chunkSize).toBe(4096);
  expect(messages.map((m) => [m.type, m.timestamp, m.payload.length])).toEqual([
    [1, 0, 4],
    [9, 0, 3000],
    [9, 100, 1],
    [9, 133, 2],
    [9, 166, 2],
  ]);
});
