'use client';
import type { ReactNode } from 'react';
import { VidkitProvider } from '@vidkit/react';

// The token comes from this app's route; a function cannot cross from the server layout, so it lives here.
async function getUploadToken(): Promise<string> {
  const response = await fetch('/api/upload-token', { method: 'POST' });
  if (!response.ok) throw new Error(`The upload token route answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Vidkit's configuration for every component below: API and delivery roots from the server, tokens from the route. */
export function Providers(props: { apiBaseUrl: string; deliveryBaseUrl: string | undefined; children: ReactNode }) {
  return (
    <VidkitProvider
      apiBaseUrl={props.apiBaseUrl}
      deliveryBaseUrl={props.deliveryBaseUrl}
      getUploadToken={getUploadToken}
    >
      {props.children}
    </VidkitProvider>
  );
}
