import { badRequest } from '../problems.js';

/** A parsed `Content-Range` request header of an upload. */
export type ContentRange =
  { kind: 'part'; part: number; total: number | null } | { kind: 'bytes'; from: number; to: number; total: number };

const PART = /^part (\d{1,9})\/(\d{1,9}|\*)$/;
const BYTES = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/;

/** The 400 for a header that is not one of api.video's three forms, or contradicts itself. */
export function invalidContentRange(detail: string) {
  return badRequest('content-range-invalid', `The Content-Range header is invalid: ${detail}`, 'Content-Range');
}

/**
 * Parses `part n/N`, `part n/*` or `bytes from-to/total`. Undefined for no header (a single-request upload).
 * Throws api.video's 400 for anything else.
 */
export function parseContentRange(header: string | string[] | undefined): ContentRange | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) throw invalidContentRange('only one header is allowed.');
  const value = header.trim();
  const part = PART.exec(value);
  if (part) {
    const n = Number(part[1]);
    const total = part[2] === '*' ? null : Number(part[2]);
    if (n < 1) throw invalidContentRange('parts are numbered from 1.');
    if (total !== null && total < 1) throw invalidContentRange('the total must be at least 1.');
    if (total !== null && n > total) throw invalidContentRange(`part ${n} is past the total of ${total}.`);
    return { kind: 'part', part: n, total };
  }
  const bytes = BYTES.exec(value);
  if (bytes) {
    const from = Number(bytes[1]);
    const to = Number(bytes[2]);
    const total = Number(bytes[3]);
    if (to < from) throw invalidContentRange('the range ends before it starts.');
    if (to >= total) throw invalidContentRange('the range ends past the total size.');
    return { kind: 'bytes', from, to, total };
  }
  throw invalidContentRange('expected "part n/N", "part n/*" or "bytes from-to/total".');
}
