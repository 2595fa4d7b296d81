'use client';
import type { UploadSnapshot } from '@vidkit/core';
import { describeUploadRow, type UiOptions, type UploadAction } from '@vidkit/core/ui';

/** Props of {@link UploadRow}. */
export interface UploadRowProps extends UiOptions {
  /** The file name, rendered as text. */
  name: string;
  /** The upload's current snapshot. */
  state: UploadSnapshot;
  /** Called with the action of the button pressed (pause, resume, cancel, retry or remove). */
  onAction?: (action: UploadAction) => void;
}

/**
 * One file of `<VideoUploader>`: name, ARIA progress bar, bytes, speed, time left and the actions its state allows
 * (core's `describeUploadRow`). Presentational: give it any upload snapshot (the hooks' state) to build your own list.
 */
export default function UploadRow({ name, state, onAction, messages, locale, encoding }: UploadRowProps) {
  const row = describeUploadRow(name, state, { messages, locale, encoding });
  return (
    <li className="vidkit-uploader__row" data-status={row.status}>
      <div className="vidkit-uploader__row-head">
        <span className="vidkit-uploader__name" title={name}>
          {name}
        </span>
        <span className="vidkit-uploader__status">{row.statusText}</span>
      </div>
      <div
        className="vidkit-uploader__progress"
        role="progressbar"
        aria-label={row.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={row.percent}
        aria-valuetext={row.progressText}
      >
        <div className="vidkit-uploader__bar" style={{ width: `${row.percent}%` }} />
      </div>
      <div className="vidkit-uploader__meta">
        <span>{row.bytesText}</span>
        {row.speedText !== undefined && <span className="vidkit-uploader__speed">{row.speedText}</span>}
        {row.etaText !== undefined && <span className="vidkit-uploader__eta">{row.etaText}</span>}
        {row.videoText !== undefined && <span className="vidkit-uploader__video-id">{row.videoText}</span>}
      </div>
      {row.errorText !== undefined && (
        <p className="vidkit-uploader__error" role="alert">
          {row.errorText}
        </p>
      )}
      <div className="vidkit-uploader__actions">
        {row.actions.map(({ action, text, label }) => (
          <button key={action} type="button" aria-label={label} onClick={() => onAction?.(action)}>
            {text}
          </button>
        ))}
      </div>
    </li>
  );
}
