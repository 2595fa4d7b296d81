'use client';
import type { UploadSnapshot } from '@vidkit/core';
import { formatBytes, formatEta, formatSpeed } from './format.js';

/** Props of {@link UploadRow}. */
export interface UploadRowProps {
  /** The file name, rendered as text. */
  name: string;
  /** The upload's current snapshot. */
  state: UploadSnapshot;
  onPause?: () => void;
  onResume?: () => void;
  onCancel?: () => void;
  onRetry?: () => void;
  /** Removes a finished, failed or cancelled row. */
  onRemove?: () => void;
}

const STATUS_TEXT: Record<UploadSnapshot['status'], string> = {
  idle: 'Waiting',
  uploading: 'Uploading',
  paused: 'Paused',
  retrying: 'Retrying',
  completed: 'Uploaded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/**
 * One file of `<VideoUploader>`: name, ARIA progress bar, speed, time left and the actions its state allows.
 * Presentational: give it any upload snapshot (the hooks' state) to build your own list.
 */
export default function UploadRow({ name, state, onPause, onResume, onCancel, onRetry, onRemove }: UploadRowProps) {
  const { status } = state;
  const percent = Math.round(state.progress * 100);
  const active = status === 'uploading' || status === 'retrying' || status === 'idle';
  const finished = status === 'completed' || status === 'failed' || status === 'cancelled';
  return (
    <li className="vidkit-uploader__row" data-status={status}>
      <div className="vidkit-uploader__row-head">
        <span className="vidkit-uploader__name" title={name}>
          {name}
        </span>
        <span className="vidkit-uploader__status">{STATUS_TEXT[status]}</span>
      </div>
      <div
        className="vidkit-uploader__progress"
        role="progressbar"
        aria-label={`Upload of ${name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div className="vidkit-uploader__bar" style={{ width: `${percent}%` }} />
      </div>
      <div className="vidkit-uploader__meta">
        <span>
          {formatBytes(state.bytesUploaded)} / {formatBytes(state.bytesTotal)}
        </span>
        {active && (
          <>
            <span className="vidkit-uploader__speed">{formatSpeed(state.speed)}</span>
            <span className="vidkit-uploader__eta">{formatEta(state.eta)} left</span>
          </>
        )}
        {status === 'completed' && state.video && (
          <span className="vidkit-uploader__video-id">Video {state.video.videoId}</span>
        )}
      </div>
      {status === 'failed' && state.error && (
        <p className="vidkit-uploader__error" role="alert">
          {state.error.message}
        </p>
      )}
      <div className="vidkit-uploader__actions">
        {active && onPause && (
          <button type="button" onClick={onPause} aria-label={`Pause ${name}`}>
            Pause
          </button>
        )}
        {status === 'paused' && onResume && (
          <button type="button" onClick={onResume} aria-label={`Resume ${name}`}>
            Resume
          </button>
        )}
        {status === 'failed' && onRetry && (
          <button type="button" onClick={onRetry} aria-label={`Retry ${name}`}>
            Retry
          </button>
        )}
        {!finished && onCancel && (
          <button type="button" onClick={onCancel} aria-label={`Cancel ${name}`}>
            Cancel
          </button>
        )}
        {finished && onRemove && (
          <button type="button" onClick={onRemove} aria-label={`Remove ${name}`}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
