'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { HlsLoader } from '@vidkit/core';

/** Settings shared by every Vidkit component and hook below a `<VidkitProvider>`. */
export interface VidkitSettings {
  /** API root, e.g. `https://sandbox.api.video` or the emulator's URL. Default `https://ws.api.video`. */
  apiBaseUrl?: string;
  /**
   * Root of video delivery: VOD at `{deliveryBaseUrl}/vod/{videoId}/…`, live at `{deliveryBaseUrl}/live/{id}.m3u8`.
   * Default api.video's CDN hosts; with the emulator, its URL.
   */
  deliveryBaseUrl?: string;
  /** A delegated upload token, when one token serves every upload. */
  uploadToken?: string;
  /** Asks your backend for a delegated upload token; called once per upload. Preferred over `uploadToken`. */
  getUploadToken?: () => Promise<string>;
  /** Loads hls.js where the browser lacks native HLS, e.g. `() => import('hls.js/light').then((m) => m.default)`. */
  loadHls?: HlsLoader;
}

const VidkitContext = createContext<VidkitSettings>({});

/**
 * Shares settings (API root, upload token source, hls.js loader) with every Vidkit component and hook inside.
 *
 * @example
 * <VidkitProvider getUploadToken={() => fetch('/api/upload-token').then((r) => r.text())}>
 *   <VideoUploader />
 * </VidkitProvider>
 */
export function VidkitProvider({ children, ...settings }: VidkitSettings & { children?: ReactNode }) {
  const parent = useContext(VidkitContext);
  return <VidkitContext.Provider value={{ ...parent, ...settings }}>{children}</VidkitContext.Provider>;
}

/** The settings of the nearest `<VidkitProvider>` (an empty object without one). */
export function useVidkitSettings(): VidkitSettings {
  return useContext(VidkitContext);
}
