/**
 * Bytes to upload: a `Blob`/`File` anywhere; in Node also a `Uint8Array`/`Buffer`, an `ArrayBuffer`, or a file
 * path (read lazily from disk with `fs.openAsBlob`, never buffered whole).
 */
export type BinarySource = Blob | ArrayBuffer | Uint8Array | string;

const NODE_FS = 'node:fs';

/**
 * Turns a `BinarySource` into a `Blob` plus a file name for a multipart field.
 * `node:fs` is imported only when a path is given, so browser bundles never load it.
 */
export async function toBlob(source: BinarySource): Promise<{ blob: Blob; name: string }> {
  if (typeof source === 'string') {
    // A variable specifier keeps bundlers from trying to resolve node:fs for the browser.
    const fs = (await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS)) as {
      openAsBlob(path: string): Promise<Blob>;
    };
    return { blob: await fs.openAsBlob(source), name: source.split(/[\\/]/).pop()! };
  }
  const blob = source instanceof Blob ? source : new Blob([source as BlobPart]);
  return { blob, name: (source as Partial<File>).name || 'file' };
}

/**
 * Builds the `multipart/form-data` body api.video's upload operations take: the bytes in the `file` field, plus
 * plain text `fields` (`undefined` ones are left out).
 */
export async function toFormData(
  file: BinarySource,
  fields: Record<string, string | undefined> = {},
): Promise<FormData> {
  const form = new FormData();
  const { blob, name } = await toBlob(file);
  form.append('file', blob, name);
  for (const key in fields) if (fields[key] !== undefined) form.append(key, fields[key]);
  return form;
}
