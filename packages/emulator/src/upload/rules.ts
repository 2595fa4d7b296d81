import type { UploadLimits } from '../options.js';
import { badRequest } from '../problems.js';
import type { PartRow } from '../store/parts.js';
import type { UploadMode } from '../store/types.js';
import type { ContentRange } from './content-range.js';

/** What the rules need to know about an upload. `parts` includes parts still being received. */
export interface UploadState {
  mode: UploadMode | null;
  total: number | null;
  assembled: boolean;
  parts: PartRow[];
}

/** Where a validated part goes. */
export interface PartPlacement {
  mode: UploadMode;
  key: number;
  start: number | null;
  /** The upload's total (parts or bytes) after this part, if known. */
  total: number | null;
}

export const alreadyUploaded = () =>
  badRequest('video-source-already-uploaded', 'The source of the video is already uploaded.', 'file');

const mixed = () =>
  badRequest(
    'upload-content-range-mixed',
    'An upload uses one Content-Range form ("part" or "bytes", or none) from its first request to its last.',
    'Content-Range',
  );

const totalChanged = () =>
  badRequest('upload-total-changed', 'The total of an upload cannot change once it is known.', 'Content-Range');

const collision = (what: string) =>
  badRequest('upload-part-collision', `The ${what} collides with a previous one.`, 'Content-Range');

function modeOf(range: ContentRange | undefined): UploadMode {
  return range ? range.kind : 'single';
}

/**
 * The checks api.video makes from the headers alone, before reading the body: source already uploaded, mixed
 * forms, a changed total, a part number sent twice, too many parts, a declared size over the video cap.
 */
export function checkBeforeBody(state: UploadState, range: ContentRange | undefined, limits: UploadLimits): void {
  if (state.assembled) throw alreadyUploaded();
  const mode = modeOf(range);
  if (state.mode !== null && state.mode !== mode) throw mixed();
  if (!range) {
    if (state.parts.length > 0) throw mixed();
    return;
  }
  if (range.kind === 'part') {
    if (range.part > limits.maxParts || (range.total ?? 0) > limits.maxParts) {
      throw badRequest('upload-too-many-parts', `An upload has at most ${limits.maxParts} parts.`, 'Content-Range');
    }
    if (state.total !== null) {
      if (range.total !== null && range.total !== state.total) throw totalChanged();
      if (range.total === null && range.part >= state.total) throw totalChanged();
    }
    if (range.total !== null && state.parts.some((p) => p.key > range.total!)) throw totalChanged();
    if (state.parts.some((p) => p.key === range.part)) throw collision(`part ${range.part}`);
    return;
  }
  if (range.total > limits.maxVideoBytes) throw tooLargeVideo(limits);
  if (state.total !== null && range.total !== state.total) throw totalChanged();
  if (state.parts.length >= limits.maxParts) {
    throw badRequest('upload-too-many-parts', `An upload has at most ${limits.maxParts} parts.`, 'Content-Range');
  }
  const overlaps = state.parts.some((p) => {
    const start = p.start ?? 0;
    return range.from <= start + p.size - 1 && range.to >= start;
  });
  if (overlaps) throw collision(`range ${range.from}-${range.to}`);
}

export function tooLargeVideo(limits: UploadLimits) {
  return badRequest('video-too-large', `A video is at most ${limits.maxVideoBytes} bytes.`, 'file');
}

export function tooLargeSingleRequest(limits: UploadLimits) {
  return badRequest(
    'upload-single-request-too-large',
    `An upload without Content-Range is at most ${limits.singleRequestBytes} bytes; send it in parts.`,
    'file',
  );
}

/** The checks that need the part's size; returns where the part goes. Run again at commit time. */
export function checkPart(
  state: UploadState,
  range: ContentRange | undefined,
  size: number,
  limits: UploadLimits,
): PartPlacement {
  checkBeforeBody(state, range, limits);
  const received = state.parts.reduce((sum, p) => sum + p.size, 0);
  if (received + size > limits.maxVideoBytes) throw tooLargeVideo(limits);
  if (!range) {
    if (size > limits.singleRequestBytes) throw tooLargeSingleRequest(limits);
    return { mode: 'single', key: 1, start: 0, total: 1 };
  }
  if (range.kind === 'part') {
    const total = range.total ?? state.total;
    const last = total !== null && range.part === total;
    if (!last && size < limits.minPartBytes) throw partTooSmall(limits);
    return { mode: 'part', key: range.part, start: null, total };
  }
  if (size !== range.to - range.from + 1) {
    throw badRequest(
      'content-range-size-mismatch',
      `The Content-Range announces ${range.to - range.from + 1} bytes but the file has ${size}.`,
      'Content-Range',
    );
  }
  if (range.to + 1 < range.total && size < limits.minPartBytes) throw partTooSmall(limits);
  return { mode: 'bytes', key: range.from, start: range.from, total: range.total };
}

function partTooSmall(limits: UploadLimits) {
  return badRequest(
    'upload-part-too-small',
    `Every part but the last must be at least ${limits.minPartBytes} bytes.`,
    'file',
  );
}

/** Whether every part of the upload is in. */
export function isComplete(mode: UploadMode, total: number | null, parts: PartRow[]): boolean {
  if (mode === 'single') return parts.length > 0;
  if (total === null) return false;
  if (mode === 'part') {
    const keys = new Set(parts.map((p) => p.key));
    for (let n = 1; n <= total; n++) if (!keys.has(n)) return false;
    return true;
  }
  let next = 0;
  for (const part of [...parts].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
    if ((part.start ?? 0) > next) return false;
    next = Math.max(next, (part.start ?? 0) + part.size);
  }
  return next >= total;
}
