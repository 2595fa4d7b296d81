'use client';
import { useId, useRef, useState, type ReactNode } from 'react';
import {
  acceptFiles,
  announceUpload,
  queueCallbacks,
  uploaderMessages,
  visuallyHiddenStyle,
  type RejectedFile,
  type UploaderCallbacks,
} from '@vidkit/core/ui';
import { useVidkitConfig } from '../context.js';
import { useUploadQueue, type UseUploadQueueOptions, type UseUploadQueueResult } from '../hooks/use-upload-queue.js';
import UploadRow from './UploadRow.js';

// The component's callbacks take the File; it starts each file at once (review-then-upload: `useUploadQueue`).
type QueueCallbacks = 'onUploadStart' | 'onProgress' | 'onSuccess' | 'onError' | 'autoStart';

/** Props of {@link VideoUploader}. */
export interface VideoUploaderProps extends Omit<UseUploadQueueOptions, QueueCallbacks>, UploaderCallbacks {
  /** Accepted types, `<input accept>` syntax. Default `video/*`. */
  accept?: string;
  /** Largest accepted file in bytes; bigger files are refused with a visible reason. */
  maxFileSize?: number;
  /** Allow several files at once. Default true. */
  multiple?: boolean;
  /** Called with the files refused by `accept`, `maxFileSize` or for being empty. */
  onReject?: (rejected: RejectedFile[]) => void;
  /** Extra class names on the root. */
  className?: string;
  /** Content of the drop zone above the button. Default: the `dropPrompt` message. */
  prompt?: ReactNode;
  /** Replaces the list of rows: a render prop over the queue, for custom rows with the same drop zone. */
  renderList?: (queue: UseUploadQueueResult) => ReactNode;
}

/**
 * A drop zone and file button that uploads videos to api.video, one row per file (name, progress bar, speed, time
 * left, pause/resume, cancel, retry). Keyboard-usable; a polite live region announces starts, completions and
 * failures; refused files are listed with their reason. Texts come from the provider's `messages`. Style it with
 * `@vidkit/react/styles.css` and its custom properties, or the `vidkit-uploader*` class names; for a fully custom
 * UI use `useUploadQueue`.
 *
 * @example
 * <VideoUploader getUploadToken={() => fetch('/api/upload-token').then((r) => r.text())}
 *   onSuccess={(video) => console.log(video.videoId)} />
 */
export default function VideoUploader(props: VideoUploaderProps) {
  const { accept = 'video/*', maxFileSize, multiple = true, className, prompt, renderList, onReject } = props;
  const { locale, messages: overrides } = useVidkitConfig();
  const messages = uploaderMessages(overrides);
  // Core fires the callbacks; the component's get the file, as picked.
  const queue = useUploadQueue({ ...props, ...queueCallbacks(props) });
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const take = (files: FileList | null) => {
    const { accepted, rejected: refused } = acceptFiles(files, { accept, maxFileSize, multiple, locale, messages });
    setRejected(refused);
    if (refused.length) onReject?.(refused);
    if (accepted.length) queue.add(accepted);
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
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          take(event.dataTransfer.files);
        }}
      >
        <p id={hintId}>{prompt ?? messages.dropPrompt(multiple)}</p>
        <button
          type="button"
          className="vidkit-uploader__button"
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {messages.chooseButton(multiple)}
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
        <ul className="vidkit-uploader__rejected-list" aria-label={messages.rejectedLabel}>
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
        <ul className="vidkit-uploader__list" aria-label={messages.uploadsLabel}>
          {queue.items.map((item) => (
            <UploadRow
              key={item.id}
              name={item.name}
              state={item.snapshot}
              encoding={item.encoding}
              messages={messages}
              locale={locale}
              onAction={(action) => item[action]()}
            />
          ))}
        </ul>
      ) : null}
      <div className="vidkit-visually-hidden" aria-live="polite" style={visuallyHiddenStyle}>
        {queue.items.map((item) => {
          const text = announceUpload(item.name, item.snapshot, messages);
          return text ? <p key={item.id}>{text}</p> : null;
        })}
      </div>
    </div>
  );
}
