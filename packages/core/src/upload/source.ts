/**
 * What an upload can read from: a `File` or `Blob` (browsers and Node), a `Uint8Array`/`Buffer`, a file path or a
 * Node `Readable` / web `ReadableStream` (Node). Files are read by ranges, never wholly into memory.
 */
export type UploadInput = Blob | Uint8Array | string | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

/** A source opened for reading. Ranged sources have a `size`; streams are read once, in order. */
export interface OpenedSource {
  name: string;
  /** `undefined` for a stream, whose size is known only at its end. */
  size: number | undefined;
  lastModified: number | undefined;
  /** Bytes `[start, end)` of a ranged source. */
  slice?(start: number, end: number): Blob | Promise<Blob>;
  /** The next `bytes` bytes of a stream (fewer at its end, empty after it). */
  next?(bytes: number): Promise<Blob>;
}

/** True when `value` is something `openSource` accepts; used to reject bad options early. */
export function isUploadInput(value: unknown): value is UploadInput {
  if (typeof value === 'string') return value.length > 0;
  if (value instanceof Blob) return true;
  if (value instanceof Uint8Array) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    (Symbol.asyncIterator in value || typeof (value as ReadableStream).getReader === 'function')
  );
}
