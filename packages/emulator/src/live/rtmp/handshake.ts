import { randomBytes } from 'node:crypto';

/** Length of C1/C2/S1/S2 (RTMP spec §5.2). */
export const HANDSHAKE_SIZE = 1536;

/**
 * The server's answer to C0+C1: S0 (version 3), S1 (time, zeros, random) and S2 (C1 echoed).
 * This is the "simple" handshake; publishers (ffmpeg, OBS, librtmp) accept it, only players validate digests.
 */
export function handshakeResponse(c1: Buffer): Buffer {
  const s1 = Buffer.alloc(HANDSHAKE_SIZE);
  s1.writeUInt32BE(Math.floor(performance.now()) >>> 0, 0);
  randomBytes(HANDSHAKE_SIZE - 8).copy(s1, 8);
  return Buffer.concat([Buffer.from([3]), s1, c1]);
}
