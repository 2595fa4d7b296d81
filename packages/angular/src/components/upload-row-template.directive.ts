import { Directive, TemplateRef, inject } from '@angular/core';
import type { InjectUploadQueueResult, UploaderItem } from '../inject/inject-upload-queue.js';

/** What a custom row template sees: the file (`let item`) and the whole queue (`queue as queue`). */
export interface UploadRowContext {
  $implicit: UploaderItem;
  queue: InjectUploadQueueResult;
}

/**
 * Marks an `<li>` template inside `<vidkit-video-uploader>` as the row for each file, replacing the built-in one
 * (the drop zone, refused list and live region stay). The item carries its controls.
 *
 * @example
 * <vidkit-video-uploader>
 *   <li *vidkitUploadRow="let item" class="my-row">
 *     {{ item.name }} {{ item.snapshot.progress * 100 }}%
 *     <button (click)="item.pause()">Pause</button> <button (click)="item.resume()">Resume</button>
 *   </li>
 * </vidkit-video-uploader>
 */
@Directive({ selector: '[vidkitUploadRow]' })
export class UploadRowTemplateDirective {
  readonly template = inject<TemplateRef<UploadRowContext>>(TemplateRef);

  static ngTemplateContextGuard(
    _directive: UploadRowTemplateDirective,
    _context: unknown,
  ): _context is UploadRowContext {
    return true;
  }
}
