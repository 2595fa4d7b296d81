import type { OpenedSource, UploadInput } from './source.js';

/** Opens an upload input; paths and streams load the Node reader on demand. */
export async function openSource(input: UploadInput): Promise<OpenedSource> {
  if (input instanceof Blob) {
    const file = input as Partial<File>;
    return {
      name: file.name || 'file',
      size: input.size,
      lastModified: file.lastModified,
      slice: (a, b) => input.slice(a, b),
    };
  }
  if (input instanceof Uint8Array) {
    // A view per part, so only the part being sent is copied.
    return {
      name: 'file',
      size: input.byteLength,
      lastModified: undefined,
      slice: (a, b) => new Blob([input.subarray(a, b) as Uint8Array<ArrayBuffer>]),
    };
  }
  const node = await import('./node-source.js');
  return typeof input === 'string' ? node.fileSource(input) : node.streamSource(input as ReadableStream<Uint8Array>);
}

/** Identifies a file across reloads for resuming: name, size and modification time. */
export function fingerprint(source: OpenedSource): string {
  return `${source.name}:${source.size ?? '?'}:${source.lastModified ?? '?'}`;
}
