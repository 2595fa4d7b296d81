import type { UploadSnapshot } from '@vidkit/core';
import { type UiOptions, type UploadAction } from '@vidkit/core/ui';
/** Props of `<UploadRow>`. */
interface Props extends UiOptions {
  /** The file name, rendered as text. */
  name: string;
  /** The upload's current snapshot. */
  state: UploadSnapshot;
  /** Called with the action of the button pressed (pause, resume, cancel, retry or remove). */
  onaction?: (action: UploadAction) => void;
}
/**
 * One file of `<VideoUploader>`: name, ARIA progress bar, bytes, speed, time left and the actions its state allows
 * (core's `describeUploadRow`). Presentational: give it any upload snapshot to build your own list.
 */
declare const UploadRow: import('svelte').Component<Props, {}, ''>;
type UploadRow = ReturnType<typeof UploadRow>;
export default UploadRow;
//# sourceMappingURL=UploadRow.svelte.d.ts.map
