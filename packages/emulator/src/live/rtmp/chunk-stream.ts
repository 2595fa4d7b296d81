/** One complete RTMP message, reassembled from its chunks. */
export interface RtmpMessage {
  /** Message type id: 1 set chunk size, 8 audio, 9 video, 18 data (AMF0), 20 command (AMF0)… */
  type: number;
  streamId: number;
  /** Absolute timestamp in milliseconds (deltas already applied). */
  timestamp: number;
  payload: Buffer;
}

/** Thrown when the peer breaks the chunk protocol; the connection is then closed. */
export class RtmpProtocolError extends Error {
  override name = 'RtmpProtocolError';
}

interface ChunkStreamState {
  timestamp: number;
  delta: number;
  length: number;
  type: number;
  streamId: number;
  extended: boolean;
  parts: Buffer[];
  received: number;
}

/** Largest message this server accepts (a 4K keyframe fits many times over). */
const MAX_MESSAGE_LENGTH = 16 * 1024 * 1024;

/**
 * Reassembles the client→server chunk stream into messages (RTMP spec §5.3). Feed it bytes as they arrive;
 * it keeps the tail of a chunk that has not fully arrived yet.
 */
export class ChunkReader {
  #pending: Buffer = Buffer.alloc(0);
  #streams = new Map<number, ChunkStreamState>();
  /** Incoming chunk size; changed by the peer's Set Chunk Size message. */
  chunkSize = 128;

  /** Appends bytes and returns every message they complete, in order. */
  push(bytes: Buffer): RtmpMessage[] {
    this.#pending = this.#pending.length === 0 ? bytes : Buffer.concat([this.#pending, bytes]);
    const messages: RtmpMessage[] = [];
    let offset = 0;
    for (;;) {
      const consumed = this.#readChunk(offset, messages);
      if (consumed === 0) break;
      offset += consumed;
    }
    this.#pending = this.#pending.subarray(offset);
    return messages;
  }

  /** Reads one chunk at `start`; returns the bytes it used, or 0 when the chunk is not complete yet. */
  #readChunk(start: number, out: RtmpMessage[]): number {
    const buf = this.#pending;
    let at = start;
    if (at >= buf.length) return 0;
    const first = buf[at] as number;
    const fmt = first >> 6;
    let csid = first & 0x3f;
    at += 1;
    if (csid === 0) {
      if (at + 1 > buf.length) return 0;
      csid = 64 + (buf[at] as number);
      at += 1;
    } else if (csid === 1) {
      if (at + 2 > buf.length) return 0;
      csid = 64 + (buf[at] as number) + (buf[at + 1] as number) * 256;
      at += 2;
    }

    const headerLength = [11, 7, 3, 0][fmt] as number;
    if (at + headerLength > buf.length) return 0;
    const previous = this.#streams.get(csid);
    if (fmt !== 0 && !previous) throw new RtmpProtocolError(`chunk stream ${csid} starts without a full header`);
    const state: ChunkStreamState = previous ?? {
      timestamp: 0,
      delta: 0,
      length: 0,
      type: 0,
      streamId: 0,
      extended: false,
      parts: [],
      received: 0,
    };

    let field = 0;
    if (fmt <= 2) field = buf.readUIntBE(at, 3);
    let length = state.length;
    let type = state.type;
    let streamId = state.streamId;
    if (fmt <= 1) {
      length = buf.readUIntBE(at + 3, 3);
      type = buf[at + 6] as number;
    }
    if (fmt === 0) streamId = buf.readUInt32LE(at + 7);
    at += headerLength;

    const extended = fmt <= 2 ? field === 0xffffff : state.extended;
    if (extended) {
      if (at + 4 > buf.length) return 0;
      if (fmt <= 2) field = buf.readUInt32BE(at);
      at += 4;
    }

    const startsMessage = state.received === 0;
    const remaining = (startsMessage ? length : state.length) - state.received;
    const size = Math.min(remaining, this.chunkSize);
    if (at + size > buf.length) return 0;
    if (length > MAX_MESSAGE_LENGTH) throw new RtmpProtocolError(`message of ${length} bytes is too large`);

    // Only now, with the whole chunk present, is the header committed to the stream's state.
    if (startsMessage) {
      if (fmt === 0) {
        state.timestamp = field;
        state.delta = 0;
      } else if (fmt === 3) {
        state.timestamp += state.delta;
      } else {
        state.delta = field;
        state.timestamp += field;
      }
      state.length = length;
      state.type = type;
      state.streamId = streamId;
    }
    state.extended = extended;
    this.#streams.set(csid, state);

    state.parts.push(buf.subarray(at, at + size));
    state.received += size;
    if (state.received === state.length) {
      out.push({
        type: state.type,
        streamId: state.streamId,
        timestamp: state.timestamp,
        payload: Buffer.concat(state.parts),
      });
      state.parts = [];
      state.received = 0;
      if (state.type === 1) this.#applyChunkSize(out[out.length - 1] as RtmpMessage);
    }
    return at + size - start;
  }

  #applyChunkSize(message: RtmpMessage): void {
    if (message.payload.length < 4) throw new RtmpProtocolError('short Set Chunk Size message');
    const size = message.payload.readUInt32BE(0) & 0x7fffffff;
    if (size < 1) throw new RtmpProtocolError('chunk size 0');
    this.chunkSize = size;
  }
}

/**
 * Splits one message into chunks on chunk stream `csid` (type 0 header, then type 3 continuations), with
 * `chunkSize` bytes of payload per chunk.
 */
export function encodeMessage(
  csid: number,
  message: Omit<RtmpMessage, 'timestamp'> & { timestamp?: number },
  chunkSize: number,
): Buffer {
  const timestamp = message.timestamp ?? 0;
  const extended = timestamp >= 0xffffff;
  const header = Buffer.alloc(12 + (extended ? 4 : 0));
  header[0] = csid & 0x3f;
  header.writeUIntBE(extended ? 0xffffff : timestamp, 1, 3);
  header.writeUIntBE(message.payload.length, 4, 3);
  header[7] = message.type;
  header.writeUInt32LE(message.streamId, 8);
  if (extended) header.writeUInt32BE(timestamp, 12);

  const parts: Buffer[] = [header];
  for (let offset = 0; offset < message.payload.length; offset += chunkSize) {
    if (offset > 0) {
      parts.push(Buffer.from([0xc0 | (csid & 0x3f)]));
      if (extended) parts.push(header.subarray(12, 16));
    }
    parts.push(message.payload.subarray(offset, offset + chunkSize));
  }
  return Buffer.concat(parts);
}
