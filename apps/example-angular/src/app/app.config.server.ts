import { TransferState, inject, mergeApplicationConfig, provideEnvironmentInitializer } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { ServerApiVideoData } from '../server/server-api-video-data';
import { apiVideoEnv } from '../server/env';
import { ApiVideoData } from './api-video-data';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { API_BASE_URL } from './vidkit-config';

// Server rendering only: pages read api.video directly with the key, and the page carries the API root to the browser.
export const config = mergeApplicationConfig(appConfig, {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    { provide: ApiVideoData, useClass: ServerApiVideoData },
    provideEnvironmentInitializer(() => inject(TransferState).set(API_BASE_URL, apiVideoEnv().apiBaseUrl)),
  ],
});
