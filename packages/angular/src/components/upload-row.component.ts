import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { UploadSnapshot } from '@vidkit/core';
import { describeUploadRow, type UploadAction, type UploaderMessages } from '@vidkit/core/ui';

/**
 * One file of `<vidkit-video-uploader>` on an `<li>`: name, ARIA progress bar, bytes, speed, time left and the
 * actions its state allows (core's `describeUploadRow`). Presentational: give it any upload snapshot.
 *
 * @example
 * <li vidkit-upload-row [name]="item.name" [state]="item.snapshot" (action)="queue[$event](item.id)"></li>
 */
@Component({
  selector: 'li[vidkit-upload-row]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'vidkit-uploader__row', '[attr.data-status]': 'row().status' },
  template: `
    @let view = row();
    <div class="vidkit-uploader__row-head">
      <span class="vidkit-uploader__name" [title]="name()">{{ name() }}</span>
      <span class="vidkit-uploader__status">{{ view.statusText }}</span>
    </div>
    <div
      class="vidkit-uploader__progress"
      role="progressbar"
      [attr.aria-label]="view.progressLabel"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="view.percent"
      [attr.aria-valuetext]="view.progressText"
    >
      <div class="vidkit-uploader__bar" [style.width.%]="view.percent"></div>
    </div>
    <div class="vidkit-uploader__meta">
      <span>{{ view.bytesText }}</span>
      @if (view.speedText !== undefined) {
        <span class="vidkit-uploader__speed">{{ view.speedText }}</span>
      }
      @if (view.etaText !== undefined) {
        <span class="vidkit-uploader__eta">{{ view.etaText }}</span>
      }
      @if (view.videoText !== undefined) {
        <span class="vidkit-uploader__video-id">{{ view.videoText }}</span>
      }
    </div>
    @if (view.errorText !== undefined) {
      <p class="vidkit-uploader__error" role="alert">{{ view.errorText }}</p>
    }
    <div class="vidkit-uploader__actions">
      @for (button of view.actions; track button.action) {
        <!-- prettier-ignore -->
        <button type="button" [attr.aria-label]="button.label" (click)="action.emit(button.action)">{{ button.text }}</button>
      }
    </div>
  `,
})
export class UploadRowComponent {
  /** The file name, rendered as text. */
  readonly name = input.required<string>();
  /** The upload's current snapshot. */
  readonly state = input.required<UploadSnapshot>();
  /** The texts (core's `uploaderMessages`; default core's). */
  readonly messages = input<UploaderMessages>();
  /** BCP 47 locale for bytes, speed and time left. */
  readonly locale = input<string>();
  /** The uploaded video's encoding, when the queue follows it (`item.encoding`). */
  readonly encoding = input<'processing' | 'playable' | 'failed'>();
  /** The action of the button pressed (pause, resume, cancel, retry or remove). */
  readonly action = output<UploadAction>();

  /** @internal */
  protected readonly row = computed(() =>
    describeUploadRow(this.name(), this.state(), {
      messages: this.messages(),
      locale: this.locale(),
      encoding: this.encoding(),
    }),
  );
}
