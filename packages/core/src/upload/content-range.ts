/**
 * api.video's chunked-upload header. Known total: `part n/N` on every request, even `part 1/1`.
 * Unknown total (progressive): `part n/*`, and the last part says `part n/n`. The two forms never mix in one upload.
 */
export function formatContentRange(part: number, total: number | '*'): string {
  return `part ${part}/${total}`;
}

/** A parsed `Content-Range: part n/N` (total `undefined` for `*`), or `undefined` when the header is another form. */
export function parseContentRange(header: string): { part: number; total: number | undefined } | undefined {
  const match = /^part (\d+)\/(\d+|\*)$/.exec(header.trim());
  if (!match) return undefined;
  const part = Number(match[1]);
  const total = match[2] === '*' ? undefined : Number(match[2]);
  if (part < 1 || (total !== undefined && (total < part || total < 1))) return undefined;
  return { part, total };
}
