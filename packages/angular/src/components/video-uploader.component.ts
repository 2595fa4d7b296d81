import { ChangeDetectionStrategy, Component, contentChild, input, output, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import type { RetryOptions, UploadCredentialOptions, UploadedVideo, UploadSnapshot } from '@vidkit/core';
import { acceptFiles, announceUpload, uploaderMessages, visuallyHiddenStyle, type RejectedFile } from '@vidkit/core/ui';
import { injectVidkitConfig } from '../config.js';
import { optionalBoolean, type BooleanInput } from './boolean-input.js';
import { injectUploadQueue } from '../inject/inject-upload-queue.js';
import { UploadRowComponent } from './upload-row.component.js';
import { UploadRowTemplateDirective } from './upload-row-template.directive.js';

let nextId = 0;

/**
 * A drop zone and file button that uploads videos to api.video, one row per file (name, progress bar, speed, time
 * left, pause/resume, cancel, retry). Keyboard-usable; a polite live region announces starts, completions and
 * failures; refused files are listed with their reason. Texts come from `provideVidkit`'s `messages`. Style it with
 * `@vidkit/angular/styles.css`; replace the rows with a `*vidkitUploadRow` template, or build your own UI with
 * `injectUploadQueue`.
 *
 * @example
 * <vidkit-video-uploader [getUploadToken]="getToken" (success)="saved($event.video.videoId)" />
 */
@Component({
  selector: 'vidkit-video-uploader',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [UploadRowComponent, NgTemplateOutlet],
  host: { style: 'display: block' },
  template: `
    <div [class]="'vidkit-uploader ' + (className() ?? '')">
      <div
        class="vidkit-uploader__dropzone"
        [attr.data-dragging]="dragging()"
        (dragover)="drag($event)"
        (dragleave)="drag($event)"
        (drop)="drag($event)"
      >
        <p [id]="hintId">{{ prompt() ?? messages.dropPrompt(multiple() ?? true) }}</p>
        <!-- prettier-ignore -->
        <button type="button" class="vidkit-uploader__button" [attr.aria-describedby]="hintId" (click)="file.click()">{{ messages.chooseButton(multiple() ?? true) }}</button>
        <input
          #file
          type="file"
          hidden
          [accept]="accept() ?? 'video/*'"
          [multiple]="multiple() ?? true"
          (change)="take(file.files); file.value = ''"
        />
      </div>
      @if (rejected().length > 0) {
        <ul class="vidkit-uploader__rejected-list" [attr.aria-label]="messages.rejectedLabel">
          @for (r of rejected(); track $index) {
            <li class="vidkit-uploader__rejected">
              <span class="vidkit-uploader__name">{{ r.file.name }}</span>:
              <span class="vidkit-uploader__reason">{{ r.message }}</span>
            </li>
          }
        </ul>
      }
      @if (queue.items().length > 0) {
        <ul class="vidkit-uploader__list" [attr.aria-label]="messages.uploadsLabel">
          @for (item of queue.items(); track item.id) {
            @if (rowTemplate(); as custom) {
              <ng-container *ngTemplateOutlet="custom.template; context: { $implicit: item, queue }" />
            } @else {
              <li
                vidkit-upload-row
                [name]="item.name"
                [state]="item.snapshot"
                [encoding]="item.encoding"
                [messages]="messages"
                [locale]="config.locale"
                (action)="item[$event]()"
              ></li>
            }
          }
        </ul>
      }
      <div class="vidkit-visually-hidden" aria-live="polite" [style]="hidden">
        @for (item of queue.items(); track item.id) {
          @let text = announce(item.name, item.snapshot, messages);
          @if (text) {
            <p>{{ text }}</p>
          }
        }
      </div>
    </div>
  `,
})
export class VideoUploaderComponent {
  /** Accepted types, `<input accept>` syntax. Default `video/*`. */
  readonly accept = input<string>();
  /** Largest accepted file in bytes; bigger files are refused with a visible reason. */
  readonly maxFileSize = input<number>();
  /** Allow several files at once. Default true. */
  readonly multiple = input<boolean | undefined, BooleanInput>(undefined, { transform: optionalBoolean });
  /** Extra class names on the root. */
  readonly className = input<string>();
  /** Text of the drop zone above the button. Default: the `dropPrompt` message. */
  readonly prompt = input<string>();
  /** A delegated upload token (over `provideVidkit`'s). */
  readonly uploadToken = input<UploadCredentialOptions['uploadToken']>();
  /** Asks your backend for a delegated upload token (over `provideVidkit`'s). */
  readonly getUploadToken = input<UploadCredentialOptions['getUploadToken']>();
  /** A bearer access token you already have. */
  readonly accessToken = input<UploadCredentialOptions['accessToken']>();
  /** Title of each created video. Default: the file's name. */
  readonly videoName = input<string>();
  /** API root; default `provideVidkit`'s. */
  readonly apiBaseUrl = input<string>();
  /** Files uploading at once. Default 2. */
  readonly fileConcurrency = input<number>();
  /** Bytes per part. */
  readonly chunkSize = input<number>();
  /** Parts of one file in flight at once. */
  readonly concurrency = input<number>();
  /** Retries of a failed part (count and backoff). */
  readonly retry = input<RetryOptions>();

  /** A file starts uploading. */
  readonly uploadStart = output<File>();
  /** A file's progress changed. */
  readonly progress = output<{ state: UploadSnapshot; file: File }>();
  /** A file is uploaded. */
  readonly success = output<{ video: UploadedVideo; file: File }>();
  /** A file's upload failed for good (it can still be retried). */
  readonly error = output<{ error: Error; file: File }>();
  /** Files refused by `accept`, `maxFileSize` or for being empty. */
  readonly reject = output<RejectedFile[]>();

  /** @internal */
  protected readonly config = injectVidkitConfig();
  /** @internal */
  protected readonly messages = uploaderMessages(this.config.messages);
  /** @internal */
  protected readonly rowTemplate = contentChild(UploadRowTemplateDirective);
  /** @internal */
  protected readonly hintId = `vidkit-hint-${nextId++}`;
  /** @internal */
  protected readonly hidden = visuallyHiddenStyle;
  /** @internal */
  protected readonly rejected = signal<RejectedFile[]>([]);
  /** @internal */
  protected readonly dragging = signal(false);

  /** The queue behind the component (the same as `injectUploadQueue` gives). */
  readonly queue = injectUploadQueue(() => ({
    uploadToken: this.uploadToken(),
    getUploadToken: this.getUploadToken(),
    accessToken: this.accessToken(),
    videoName: this.videoName(),
    apiBaseUrl: this.apiBaseUrl(),
    fileConcurrency: this.fileConcurrency(),
    chunkSize: this.chunkSize(),
    concurrency: this.concurrency(),
    retry: this.retry(),
    // Core fires these; the outputs carry the file, as picked.
    onUploadStart: (item) => this.uploadStart.emit(item.file as File),
    onProgress: (item) => this.progress.emit({ state: item.snapshot, file: item.file as File }),
    onSuccess: (video, item) => this.success.emit({ video, file: item.file as File }),
    onError: (error, item) => this.error.emit({ error, file: item.file as File }),
  }));

  /** @internal */
  protected readonly announce = announceUpload;

  /** @internal */
  protected drag(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(event.type === 'dragover');
    if (event.type === 'drop') this.take(event.dataTransfer?.files);
  }

  /** @internal */
  protected take(files: FileList | null | undefined): void {
    const { accepted, rejected } = acceptFiles(files, {
      accept: this.accept() ?? 'video/*',
      maxFileSize: this.maxFileSize(),
      multiple: this.multiple() ?? true,
      locale: this.config.locale,
      messages: this.messages,
    });
    this.rejected.set(rejected);
    if (rejected.length) this.reject.emit(rejected);
    if (accepted.length) this.queue.add(accepted);
  }
}
