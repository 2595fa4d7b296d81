import { RenderMode, type ServerRoute } from '@angular/ssr';

// Every page is rendered per request: the video and live pages show what api.video says now.
export const serverRoutes: ServerRoute[] = [{ path: '**', renderMode: RenderMode.Server }];
