import { HttpClient } from '@angular/common/http';
import { TransferState, inject, makeStateKey, type Provider } from '@angular/core';
import { VIDKIT_CONFIG, type VidkitConfig } from '@vidkit/angular';
import { firstValueFrom } from 'rxjs';

/** The API root the server runs with, carried to the browser in the page (never the key). */
export const API_BASE_URL = makeStateKey<string>('vidkit-api-base-url');

/**
 * Every Vidkit component's configuration: the API root the server runs with, the delivery root, and an upload token
 * from the app's server route.
 */
export function provideVidkitConfig(): Provider {
  return {
    provide: VIDKIT_CONFIG,
    useFactory: (): VidkitConfig => {
      const http = inject(HttpClient);
      const apiBaseUrl = inject(TransferState).get(API_BASE_URL, 'http://127.0.0.1:4010');
      return {
        apiBaseUrl,
        // api.video delivers from its CDN hosts (the components' default); the emulator from its own address.
        deliveryBaseUrl: new URL(apiBaseUrl).hostname.endsWith('api.video') ? undefined : apiBaseUrl,
        getUploadToken: () => firstValueFrom(http.post('/api/upload-token', null, { responseType: 'text' })),
      };
    },
  };
}
