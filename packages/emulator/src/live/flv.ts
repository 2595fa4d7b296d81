import type { MediaKind } from './rtmp/connection.js';

const TAG_TYPE: Record<MediaKind, number> = { audio: 8, video: 9, metadata: 18 };

/** The FLV file header (audio + video) followed by PreviousTagSize0. */
export function flvHeader(): Buffer {
  return Buffer.from([0x46, 0x4c, 0x56, 0x01, 0x05, 0, 0, 0, 9, 0, 0, 0, 0]);
}

/** One FLV tag and its trailing PreviousTagSize: RTMP media payloads are FLV tag bodies already. */
export function flvTag(kind: MediaKind, timestamp: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(11);
  header[0] = TAG_TYPE[kind];
  header.writeUIntBE(payload.length, 1, 3);
  header.writeUIntBE(timestamp & 0xffffff, 4, 3);
  header[7] = (timestamp >>> 24) & 0xff;
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(11 + payload.length);
  return Buffer.concat([header, payload, trailer]);
}
