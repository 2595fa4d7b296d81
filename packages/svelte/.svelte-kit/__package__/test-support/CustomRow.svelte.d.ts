import type { UploadedVideo } from '@vidkit/core';
interface Props {
  apiBaseUrl: string;
  getUploadToken: () => Promise<string>;
  onsuccess: (video: UploadedVideo, file: File) => void;
}
declare const CustomRow: import('svelte').Component<Props, {}, ''>;
type CustomRow = ReturnType<typeof CustomRow>;
export default CustomRow;
//# sourceMappingURL=CustomRow.svelte.d.ts.map
