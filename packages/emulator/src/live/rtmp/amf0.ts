/** An AMF0 value, as RTMP command messages carry them. */
export type Amf0Value = number | boolean | string | null | undefined | Amf0Value[] | { [key: string]: Amf0Value };

const Marker = {
  Number: 0x00,
  Boolean: 0x01,
  String: 0x02,
  Object: 0x03,
  Null: 0x05,
  Undefined: 0x06,
  EcmaArray: 0x08,
  ObjectEnd: 0x09,
  StrictArray: 0x0a,
  Date: 0x0b,
  LongString: 0x0c,
} as const;

/** Thrown when bytes are not the AMF0 this module understands; the connection is then closed. */
export class Amf0Error extends Error {
  override name = 'Amf0Error';
}

/** Decodes every AMF0 value in `buffer` (a command message: name, transaction id, arguments…). */
export function decodeAmf0(buffer: Buffer): Amf0Value[] {
  const values: Amf0Value[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const [value, next] = readValue(buffer, offset);
    values.push(value);
    offset = next;
  }
  return values;
}

function need(buffer: Buffer, offset: number, length: number): void {
  if (offset + length > buffer.length) throw new Amf0Error('truncated AMF0 value');
}

function readUtf8(buffer: Buffer, offset: number, lengthBytes: 2 | 4): [string, number] {
  need(buffer, offset, lengthBytes);
  const length = lengthBytes === 2 ? buffer.readUInt16BE(offset) : buffer.readUInt32BE(offset);
  const start = offset + lengthBytes;
  need(buffer, start, length);
  return [buffer.toString('utf8', start, start + length), start + length];
}

function readProperties(buffer: Buffer, offset: number): [Record<string, Amf0Value>, number] {
  const object: Record<string, Amf0Value> = {};
  for (;;) {
    need(buffer, offset, 3);
    if (buffer.readUInt16BE(offset) === 0 && buffer[offset + 2] === Marker.ObjectEnd) {
      return [object, offset + 3];
    }
    const [key, afterKey] = readUtf8(buffer, offset, 2);
    const [value, afterValue] = readValue(buffer, afterKey);
    object[key] = value;
    offset = afterValue;
  }
}

function readValue(buffer: Buffer, offset: number): [Amf0Value, number] {
  need(buffer, offset, 1);
  const marker = buffer[offset];
  const at = offset + 1;
  switch (marker) {
    case Marker.Number:
      need(buffer, at, 8);
      return [buffer.readDoubleBE(at), at + 8];
    case Marker.Boolean:
      need(buffer, at, 1);
      return [buffer[at] !== 0, at + 1];
    case Marker.String:
      return readUtf8(buffer, at, 2);
    case Marker.LongString:
      return readUtf8(buffer, at, 4);
    case Marker.Object:
      return readProperties(buffer, at);
    case Marker.EcmaArray:
      need(buffer, at, 4);
      return readProperties(buffer, at + 4);
    case Marker.StrictArray: {
      need(buffer, at, 4);
      const count = buffer.readUInt32BE(at);
      const items: Amf0Value[] = [];
      let next = at + 4;
      for (let i = 0; i < count; i++) {
        const [item, after] = readValue(buffer, next);
        items.push(item);
        next = after;
      }
      return [items, next];
    }
    case Marker.Date:
      need(buffer, at, 10);
      return [buffer.readDoubleBE(at), at + 10];
    case Marker.Null:
      return [null, at];
    case Marker.Undefined:
      return [undefined, at];
    default:
      throw new Amf0Error(`unsupported AMF0 marker 0x${(marker ?? 0).toString(16)}`);
  }
}

/** Encodes values one after the other, as a command message body. */
export function encodeAmf0(...values: Amf0Value[]): Buffer {
  const parts: Buffer[] = [];
  for (const value of values) writeValue(parts, value);
  return Buffer.concat(parts);
}

function utf8(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function writeValue(parts: Buffer[], value: Amf0Value): void {
  if (typeof value === 'number') {
    const bytes = Buffer.alloc(9);
    bytes[0] = Marker.Number;
    bytes.writeDoubleBE(value, 1);
    parts.push(bytes);
  } else if (typeof value === 'boolean') {
    parts.push(Buffer.from([Marker.Boolean, value ? 1 : 0]));
  } else if (typeof value === 'string') {
    parts.push(Buffer.from([Marker.String]), utf8(value));
  } else if (value === null) {
    parts.push(Buffer.from([Marker.Null]));
  } else if (value === undefined) {
    parts.push(Buffer.from([Marker.Undefined]));
  } else if (Array.isArray(value)) {
    const count = Buffer.alloc(5);
    count[0] = Marker.StrictArray;
    count.writeUInt32BE(value.length, 1);
    parts.push(count);
    for (const item of value) writeValue(parts, item);
  } else {
    parts.push(Buffer.from([Marker.Object]));
    for (const [key, item] of Object.entries(value)) {
      parts.push(utf8(key));
      writeValue(parts, item);
    }
    parts.push(Buffer.from([0, 0, Marker.ObjectEnd]));
  }
}
