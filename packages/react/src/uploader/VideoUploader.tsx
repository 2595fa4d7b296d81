'use client';
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { UploadedVideo, UploadSnapshot } from '@vidkit/core';
import type { ReactUploadCredential } from '../hooks/credential.js';
import { useLatest } from '../hooks/use-latest.js';
import {
  useUploadQueue,
  type UploaderItem,
  type UseUploadQueueOptions,
  type UseUploadQueueResult,
} from '../hooks/use-upload-queue.js';
import { partitionFiles, type RejectedFile } from './accept.js';
import UploadRow from './UploadRow.js';

/** Props of {@link VideoUploader}. */
export interface VideoUploaderProps
  extends ReactUploadCredential, Omit<UseUploadQueueOptions, keyof ReactUploadCredential> {
  /** Accepted types, `<input accept>` syntax. Default `video/*`. */
  accept?: string;
  /** Largest accepted file in bytes; bigger files are refused with a visible reason. */
  maxFileSize?: number;
  /** Allow several files at once. Default true. */
  multiple?: boolean;
  /** Called when a file starts uploading. */
  onUploadStart?: (file: File) => void;
  /** Called on each progress change of a file. */
  onProgress?: (state: UploadSnapshot, file: File) => void;
  /** Called with the uploaded video. */
  onSuccess?: (video: UploadedVideo, file: File) => void;
  /** Called when a file's upload fails for good (it can still be retried). */
  onError?: (error: Error, file: File) => void;
  /** Called with the files refused by `accept` or `maxFileSize`. */
  onReject?: (rejected: RejectedFile[]) => void;
  /** Extra class names on the root. */
  className?: string;
  /** Content of the drop zone above the button. Default: "Drop videos here". */
  prompt?: ReactNode;
  /** Replaces the list of rows: a render prop over the queue, for custom rows with the same drop zone. */
  renderList?: (queue: UseUploadQueueResult) => ReactNode;
}

/**
 * A drop zone and file button that uploads videos to api.video, one row per file (name, progress bar, speed, time
 * left, pause/resume, cancel, retry). Keyboard-usable; a polite live region announces starts, completions and
 * failures; refused files are listed with their reason. Style it with `@vidkit/react/styles.css` and its custom
 * properties, or with the `vidkit-uploader*` class names; for a fully custom UI use `useUploadQueue`.
 *
 * @example
 * <VideoUploader getUploadToken={() => fetch('/api/upload-token').then((r) => r.text())}
 *   onSuccess={(video) => console.log(video.videoId)} />
 */
export default function VideoUploader(props: VideoUploaderProps) {
  const { accept = 'video/*', maxFileSize, multiple = true, className, prompt, renderList } = props;
  const queue = useUploadQueue(props);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const latest = useLatest(props);

  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    const picked = multiple ? files : files.slice(0, 1);
    const { accepted, rejected: refused } = partitionFiles(picked, { accept, maxFileSize });
    setRejected(refused);
    if (refused.length) latest.current.onReject?.(refused);
    if (accepted.length) queue.add(accepted);
  };

  useTransitions(queue.items, latest);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <div className={['vidkit-uploader', className].filter(Boolean).join(' ')}>
      <div
        className="vidkit-uploader__dropzone"
        data-dragging={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p id={hintId}>{prompt ?? (multiple ? 'Drop videos here' : 'Drop a video here')}</p>
        <button
          type="button"
          className="vidkit-uploader__button"
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {multiple ? 'Choose videos' : 'Choose a video'}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept={accept}
          multiple={multiple}
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
      </div>
      {rejected.length > 0 && (
        <ul className="vidkit-uploader__rejected-list" aria-label="Files not uploaded">
          {rejected.map((r, i) => (
            <li key={`${r.file.name}-${i}`} className="vidkit-uploader__rejected">
              <span className="vidkit-uploader__name">{r.file.name}</span>:{' '}
              <span className="vidkit-uploader__reason">{r.message}</span>
            </li>
          ))}
        </ul>
      )}
      {renderList ? (
        renderList(queue)
      ) : queue.items.length > 0 ? (
        <ul className="vidkit-uploader__list" aria-label="Uploads">
          {queue.items.map((item) => (
            <UploadRow
              key={item.id}
              name={item.name}
              state={item.state}
              onPause={item.pause}
              onResume={item.resume}
              onCancel={item.cancel}
              onRetry={item.retry}
              onRemove={item.remove}
            />
          ))}
        </ul>
      ) : null}
      <div className="vidkit-visually-hidden" aria-live="polite" style={VISUALLY_HIDDEN}>
        {queue.items.map((item) => {
          const text = announcement(item);
          return text ? <p key={item.id}>{text}</p> : null;
        })}
      </div>
    </div>
  );
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** What the live region says about a file: only milestones, never every percent. */
function announcement(item: UploaderItem): string | undefined {
  switch (item.state.status) {
    case 'uploading':
    case 'retrying':
      return `Uploading ${item.name}.`;
    case 'paused':
      return `${item.name} paused.`;
    case 'completed':
      return `${item.name} uploaded.`;
    case 'failed':
      return `${item.name} failed: ${item.state.error?.message ?? 'unknown error'}`;
    case 'cancelled':
      return `${item.name} cancelled.`;
    default:
      return undefined;
  }
}

/** Calls the start/progress/success/error props as each file's status changes (always the latest props). */
function useTransitions(items: readonly UploaderItem[], latest: { readonly current: VideoUploaderProps }) {
  const seen = useRef(new Map<string, UploadSnapshot>());
  useEffect(() => {
    const previous = seen.current;
    const next = new Map<string, UploadSnapshot>();
    const props = latest.current;
    for (const item of items) {
      const before = previous.get(item.id);
      const now = item.state;
      // The uploader only ever adds Files (from the input or a drop).
      const file = item.file as File;
      next.set(item.id, now);
      if (before === now) continue;
      if (now.status !== 'idle' && (!before || before.status === 'idle')) props.onUploadStart?.(file);
      if (!before || before.bytesUploaded !== now.bytesUploaded) props.onProgress?.(now, file);
      if (now.status === 'completed' && before?.status !== 'completed' && now.video) props.onSuccess?.(now.video, file);
      if (now.status === 'failed' && before?.status !== 'failed' && now.error) props.onError?.(now.error, file);
    }
    seen.current = next;
  }, [items, latest]);
}
