import { provideHttpClient, withFetch } from '@angular/common/http';
import { provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { provideClientHydration, withEventReplay } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { ApiVideoData, HttpApiVideoData } from './api-video-data';
import { routes } from './app.routes';
import { provideVidkitConfig } from './vidkit-config';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideClientHydration(withEventReplay()),
    provideVidkitConfig(),
    { provide: ApiVideoData, useClass: HttpApiVideoData },
  ],
};
