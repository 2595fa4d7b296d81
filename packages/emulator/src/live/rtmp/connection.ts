import type { Socket } from 'node:net';
import { decodeAmf0, encodeAmf0, type Amf0Value } from './amf0.js';
import { ChunkReader, encodeMessage, type RtmpMessage } from './chunk-stream.js';
import { HANDSHAKE_SIZE, handshakeResponse } from './handshake.js';

/** FLV tag types, which are also the RTMP message types of the media they carry. */
export type MediaKind = 'audio' | 'video' | 'metadata';

/** Receives one accepted publisher's media, in arrival order. */
export interface PublishSink {
  /** One audio or video message payload (an FLV tag body) or the stream's `onMetaData` (AMF0). */
  write(kind: MediaKind, timestamp: number, payload: Buffer): void;
  /** The publisher stopped or disconnected; called once. */
  end(): void;
}

/** A publisher asking to publish; `disconnect()` drops it later (the stream was completed or deleted). */
export interface PublishRequest {
  app: string;
  streamKey: string;
  disconnect(): void;
}

/** Decides what happens to a publisher: a sink to feed, or `null` to refuse the stream key. */
export type PublishHandler = (request: PublishRequest) => PublishSink | null;

const OUT_CHUNK_SIZE = 4096;
const WINDOW_SIZE = 2_500_000;
const CSID_CONTROL = 2;
const CSID_COMMAND = 3;
const CSID_STATUS = 5;
const PUBLISH_STREAM_ID = 1;
const IDLE_TIMEOUT_MS = 20_000;

const MessageType = {
  SetChunkSize: 1,
  Acknowledgement: 3,
  UserControl: 4,
  WindowAckSize: 5,
  SetPeerBandwidth: 6,
  Audio: 8,
  Video: 9,
  DataAmf3: 15,
  CommandAmf3: 17,
  DataAmf0: 18,
  CommandAmf0: 20,
} as const;

/**
 * Serves one RTMP connection as an ingest point: handshake, `connect` to the accepted app, `createStream`,
 * `publish` (the stream key goes to `onPublish`), then media into the sink until unpublish or disconnect.
 * Playing is not offered: this is an ingest, like api.video's broadcast endpoint.
 */
export class RtmpConnection {
  readonly #socket: Socket;
  readonly #apps: readonly string[];
  readonly #onPublish: PublishHandler;
  readonly #reader = new ChunkReader();
  #phase: 'c0c1' | 'c2' | 'chunks' | 'closed' = 'c0c1';
  #buffer = Buffer.alloc(0);
  #app: string | undefined;
  #sink: PublishSink | undefined;
  #peerAckWindow = 0;
  #received = 0;
  #lastAck = 0;
  #outChunkSize = 128;

  constructor(socket: Socket, options: { apps: readonly string[]; onPublish: PublishHandler }) {
    this.#socket = socket;
    this.#apps = options.apps;
    this.#onPublish = options.onPublish;
    socket.setNoDelay(true);
    // A publisher sends media many times a second; silence this long means it is gone (or never started).
    socket.setTimeout(IDLE_TIMEOUT_MS, () => this.#close());
    socket.on('data', (bytes: Buffer) => this.#onData(bytes));
    socket.on('close', () => this.#close());
    socket.on('error', () => this.#close());
  }

  #onData(bytes: Buffer): void {
    if (this.#phase === 'closed') return;
    try {
      this.#received += bytes.length;
      if (this.#phase !== 'chunks') {
        this.#buffer = Buffer.concat([this.#buffer, bytes]);
        if (this.#phase === 'c0c1') {
          if (this.#buffer.length < 1 + HANDSHAKE_SIZE) return;
          if (this.#buffer[0] !== 3) return this.#close();
          this.#socket.write(handshakeResponse(this.#buffer.subarray(1, 1 + HANDSHAKE_SIZE)));
          this.#buffer = this.#buffer.subarray(1 + HANDSHAKE_SIZE);
          this.#phase = 'c2';
        }
        if (this.#buffer.length < HANDSHAKE_SIZE) return;
        bytes = this.#buffer.subarray(HANDSHAKE_SIZE);
        this.#buffer = Buffer.alloc(0);
        this.#phase = 'chunks';
      }
      for (const message of this.#reader.push(bytes)) {
        this.#onMessage(message);
        if (this.#isClosed()) return;
      }
      this.#acknowledge();
    } catch {
      this.#close();
    }
  }

  #isClosed(): boolean {
    return this.#phase === 'closed';
  }

  #acknowledge(): void {
    if (this.#peerAckWindow === 0 || this.#received - this.#lastAck < this.#peerAckWindow) return;
    this.#lastAck = this.#received;
    const payload = Buffer.alloc(4);
    payload.writeUInt32BE(this.#received >>> 0);
    this.#send(CSID_CONTROL, MessageType.Acknowledgement, 0, payload);
  }

  #onMessage(message: RtmpMessage): void {
    switch (message.type) {
      case MessageType.WindowAckSize:
        if (message.payload.length >= 4) this.#peerAckWindow = message.payload.readUInt32BE(0);
        return;
      case MessageType.Audio:
        return this.#sink?.write('audio', message.timestamp, message.payload);
      case MessageType.Video:
        return this.#sink?.write('video', message.timestamp, message.payload);
      case MessageType.DataAmf0:
      case MessageType.DataAmf3:
        return this.#onDataMessage(message);
      case MessageType.CommandAmf0:
        return this.#onCommand(decodeAmf0(message.payload));
      case MessageType.CommandAmf3:
        return this.#onCommand(decodeAmf0(message.payload.subarray(1)));
      default:
        return;
    }
  }

  #onDataMessage(message: RtmpMessage): void {
    if (!this.#sink) return;
    const body = message.type === MessageType.DataAmf3 ? message.payload.subarray(1) : message.payload;
    let values: Amf0Value[];
    try {
      values = decodeAmf0(body);
    } catch {
      // Metadata is optional for ffmpeg (it reads the codec headers); unreadable metadata is dropped, not fatal.
      return;
    }
    // Publishers send `@setDataFrame, onMetaData, {…}`; an FLV file stores it as `onMetaData, {…}`.
    if (values[0] === '@setDataFrame') values.shift();
    if (values[0] !== 'onMetaData') return;
    this.#sink.write('metadata', message.timestamp, encodeAmf0(...values));
  }

  #onCommand(values: Amf0Value[]): void {
    const [name, transactionId] = values;
    const txn = typeof transactionId === 'number' ? transactionId : 0;
    switch (name) {
      case 'connect':
        return this.#onConnect(txn, values[2]);
      case 'createStream':
        return this.#sendCommand(CSID_COMMAND, 0, '_result', txn, null, PUBLISH_STREAM_ID);
      case 'publish':
        return this.#onPublishCommand(values[3]);
      case 'FCUnpublish':
      case 'deleteStream':
      case 'closeStream':
        return this.#endPublish();
      case 'play':
        this.#sendStatus('error', 'NetStream.Play.Failed', 'This server only ingests; play the HLS manifest.');
        return this.#close();
      default:
        // releaseStream, FCPublish, getStreamLength…: publishers do not wait for an answer.
        return;
    }
  }

  #onConnect(txn: number, command: Amf0Value): void {
    const app = typeof command === 'object' && command !== null && !Array.isArray(command) ? command.app : undefined;
    const name = typeof app === 'string' ? app.replace(/\/+$/, '') : '';
    if (!this.#apps.includes(name)) {
      this.#sendCommand(CSID_COMMAND, 0, '_error', txn, null, {
        level: 'error',
        code: 'NetConnection.Connect.Rejected',
        description: `Unknown application "${name}"; publish to /${this.#apps[0] ?? ''}/{streamKey}.`,
      });
      return this.#close();
    }
    this.#app = name;
    const size = Buffer.alloc(4);
    size.writeUInt32BE(WINDOW_SIZE);
    this.#send(CSID_CONTROL, MessageType.WindowAckSize, 0, size);
    this.#send(CSID_CONTROL, MessageType.SetPeerBandwidth, 0, Buffer.concat([size, Buffer.from([2])]));
    const chunk = Buffer.alloc(4);
    chunk.writeUInt32BE(OUT_CHUNK_SIZE);
    this.#send(CSID_CONTROL, MessageType.SetChunkSize, 0, chunk);
    this.#outChunkSize = OUT_CHUNK_SIZE;
    this.#sendCommand(
      CSID_COMMAND,
      0,
      '_result',
      txn,
      { fmsVer: 'FMS/3,0,1,123', capabilities: 31 },
      {
        level: 'status',
        code: 'NetConnection.Connect.Success',
        description: 'Connection succeeded.',
        objectEncoding: 0,
      },
    );
  }

  #onPublishCommand(rawName: Amf0Value): void {
    // OBS and others may append `?query` to the key; the key is what comes before it.
    const streamKey = typeof rawName === 'string' ? (rawName.split('?')[0] ?? '') : '';
    if (this.#app === undefined || this.#sink) return this.#close();
    const sink = streamKey ? this.#onPublish({ app: this.#app, streamKey, disconnect: () => this.#close() }) : null;
    if (!sink) {
      this.#sendStatus('error', 'NetStream.Publish.BadName', 'Unknown stream key.');
      return this.#close();
    }
    this.#sink = sink;
    const begin = Buffer.alloc(6);
    begin.writeUInt32BE(PUBLISH_STREAM_ID, 2);
    this.#send(CSID_CONTROL, MessageType.UserControl, 0, begin);
    this.#sendStatus('status', 'NetStream.Publish.Start', `${streamKey} is now published.`);
  }

  #sendStatus(level: 'status' | 'error', code: string, description: string): void {
    this.#sendCommand(CSID_STATUS, PUBLISH_STREAM_ID, 'onStatus', 0, null, { level, code, description });
  }

  #sendCommand(csid: number, streamId: number, ...values: Amf0Value[]): void {
    this.#send(csid, MessageType.CommandAmf0, streamId, encodeAmf0(...values));
  }

  #send(csid: number, type: number, streamId: number, payload: Buffer): void {
    if (this.#phase === 'closed' || this.#socket.destroyed) return;
    this.#socket.write(encodeMessage(csid, { type, streamId, payload }, this.#outChunkSize));
  }

  #endPublish(): void {
    const sink = this.#sink;
    this.#sink = undefined;
    sink?.end();
  }

  #close(): void {
    if (this.#phase === 'closed') return;
    this.#phase = 'closed';
    this.#endPublish();
    // end() lets the refusal status reach the publisher before the socket goes away.
    this.#socket.end();
    setTimeout(() => this.#socket.destroy(), 1000).unref();
  }
}
