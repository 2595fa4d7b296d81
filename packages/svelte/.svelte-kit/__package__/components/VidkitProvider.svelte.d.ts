import type { Snippet } from 'svelte';
import type { VidkitConfig } from '@vidkit/core';
/** Props of `<VidkitProvider>`: core's `VidkitConfig` and the subtree it configures. */
interface Props extends VidkitConfig {
  children?: Snippet;
}
/**
 * Gives its children core's `VidkitConfig` (the component form of `setVidkitConfig`).
 *
 * ```svelte
 * <VidkitProvider getUploadToken={() => fetch('/api/upload-token').then((r) => r.text())}>
 * <VideoUploader />
 * </VidkitProvider>
 * ```
 */
declare const VidkitProvider: import('svelte').Component<Props, {}, ''>;
type VidkitProvider = ReturnType<typeof VidkitProvider>;
export default VidkitProvider;
//# sourceMappingURL=VidkitProvider.svelte.d.ts.map
