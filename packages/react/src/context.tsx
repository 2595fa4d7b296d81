'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { resolveConfig, type VidkitConfig } from '@vidkit/core';

const VidkitContext = createContext<VidkitConfig>({});

/**
 * Gives every Vidkit component and hook inside core's `VidkitConfig` (API and delivery roots, upload token source,
 * hls.js loader, locale, messages). Nested providers merge, the inner one winning field by field.
 *
 * @example
 * <VidkitProvider getUploadToken={() => fetch('/api/upload-token').then((r) => r.text())}>
 *   <VideoUploader />
 * </VidkitProvider>
 */
export function VidkitProvider({ children, ...config }: VidkitConfig & { children?: ReactNode }) {
  const parent = useContext(VidkitContext);
  const { apiBaseUrl, deliveryBaseUrl, collectorUrl, uploadToken, getUploadToken, getVideoStatus, loadHls } = config;
  const { locale, messages } = config;
  const value = useMemo(
    () =>
      resolveConfig(parent, {
        apiBaseUrl,
        deliveryBaseUrl,
        collectorUrl,
        uploadToken,
        getUploadToken,
        getVideoStatus,
        loadHls,
        locale,
        messages,
      }),
    [
      parent,
      apiBaseUrl,
      deliveryBaseUrl,
      collectorUrl,
      uploadToken,
      getUploadToken,
      getVideoStatus,
      loadHls,
      locale,
      messages,
    ],
  );
  return <VidkitContext.Provider value={value}>{children}</VidkitContext.Provider>;
}

/** The configuration of the nearest `<VidkitProvider>` (an empty object without one). */
export function useVidkitConfig(): VidkitConfig {
  return useContext(VidkitContext);
}
