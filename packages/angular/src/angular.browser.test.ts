import {
  ChangeDetectionStrategy,
  Component,
  createComponent,
  provideZoneChangeDetection,
  provideZonelessChangeDetection,
  signal,
  viewChild,
  type Type,
} from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import {
  blankVideoFile,
  countOf,
  createLiveStream,
  createUploadToken,
  emulatorUrl,
  noFaults,
  setFaults,
  sha256,
  uploadRequests,
} from '@vidkit/tooling/vitest/emulator';
import {
  LiveStatusBadgeComponent,
  UploadRowTemplateDirective,
  VideoPlayerComponent,
  VideoUploaderComponent,
  injectUpload,
  provideVidkit,
  type RejectedFile,
} from './index.js';

// Angular's own idiom, beside the contract: run zoneless and with zone.js (projects `zoneless`, `zone.js`).
const zone = inject('changeDetection') === 'zone';
const eventually = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 20_000, interval: 50 });
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const config = () => ({
  apiBaseUrl: emulatorUrl(),
  deliveryBaseUrl: emulatorUrl(),
  getUploadToken: () => createUploadToken(),
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VideoUploaderComponent, UploadRowTemplateDirective],
  template: `
    <vidkit-video-uploader
      [chunkSize]="chunkSize()"
      (reject)="rejected.set($event)"
      (success)="done.set($event.video.videoId)"
    >
      <li *vidkitUploadRow="let item" class="custom-row" [attr.data-status]="item.snapshot.status">
        <span>{{ item.name }}</span>
        @if (item.snapshot.status === 'paused') {
          <button type="button" (click)="item.resume()">Go on with {{ item.name }}</button>
        } @else {
          <button type="button" (click)="item.pause()">Hold {{ item.name }}</button>
        }
      </li>
    </vidkit-video-uploader>
  `,
})
class CustomRows {
  readonly chunkSize = signal(5 * 1024 * 1024);
  readonly rejected = signal<RejectedFile[]>([]);
  readonly done = signal<string | undefined>(undefined);
  readonly uploader = viewChild.required(VideoUploaderComponent);
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VideoPlayerComponent, LiveStatusBadgeComponent],
  template: `
    <vidkit-video-player [videoId]="videoId()" muted />
    <vidkit-live-status-badge [liveStreamId]="liveStreamId()" [interval]="200" />
  `,
})
class PlayerAndBadge {
  readonly videoId = signal('vi0000000000000000000000');
  readonly liveStreamId = signal('li0000000000000000000000');
  readonly player = viewChild.required(VideoPlayerComponent);
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ upload.state().status }}</p>`,
})
class OneFile {
  readonly file = signal<File | null>(null);
  readonly videoName = signal('first name');
  readonly upload = injectUpload(() => ({ file: this.file(), videoName: this.videoName(), autoStart: true }));
}

const apps: { destroy(): void; destroyed: boolean }[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) if (!app.destroyed) app.destroy();
  document.body.replaceChildren();
  await setFaults(noFaults);
});

/** Boots `component` as its own application (zoneless, or zone.js in that project) with `provideVidkit`. */
async function boot<T>(component: Type<T>) {
  const app = await createApplication({
    providers: [zone ? provideZoneChangeDetection() : provideZonelessChangeDetection(), provideVidkit(config())],
  });
  apps.push(app);
  const host = document.body.appendChild(document.createElement('div'));
  const ref = createComponent(component, { environmentInjector: app.injector, hostElement: host });
  app.attachView(ref.hostView);
  await app.whenStable();
  return { app, host, instance: ref.instance, stable: () => app.whenStable() };
}

describe(`@vidkit/angular (${zone ? 'zone.js' : 'zoneless'})`, () => {
  it('runs the change detection it was given', () => {
    expect(typeof (globalThis as { Zone?: unknown }).Zone).toBe(zone ? 'function' : 'undefined');
  });

  it('a custom row through *vidkitUploadRow pauses and resumes; outputs carry the video and the refused files', async () => {
    await setFaults({ ...noFaults, bandwidthBps: 250_000 });
    const { host, instance } = await boot(CustomRows);
    const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.upload(input, [new File([], 'empty.mp4', { type: 'video/mp4' })]);
    await eventually(() =>
      expect(instance.rejected().map((r) => [r.file.name, r.reason])).toEqual([['empty.mp4', 'empty']]),
    );

    await userEvent.upload(input, [blankVideoFile(1_000_000, 'long.mp4')]);
    const row = () => host.querySelector<HTMLElement>('li.custom-row')!;
    await eventually(() => expect(row()?.dataset.status).toBe('uploading'));
    expect(host.querySelector('.vidkit-uploader__row'), 'the built-in row is replaced').toBeNull();
    await page.getByRole('button', { name: 'Hold long.mp4' }).click();
    await eventually(() => expect(row().dataset.status).toBe('paused'));
    const before = await uploadRequests();
    await quietFor(500);
    expect(await uploadRequests(), 'upload requests while paused').toBe(before);
    await setFaults(noFaults);
    await page.getByRole('button', { name: 'Go on with long.mp4' }).click();
    await eventually(() => expect(instance.done()).toMatch(/^vi/));
    expect(row().dataset.status).toBe('completed');
  });

  it('a signal input change reaches the running controllers; each is created once', async () => {
    const { host, instance, stable } = await boot(PlayerAndBadge);
    const player = instance.player().player();
    expect(player, 'the core player exists once the <video> is rendered').not.toBeNull();
    const video = host.querySelector('video');
    instance.videoId.set('vi1111111111111111111111');
    await stable();
    expect(instance.player().player(), 'same core player').toBe(player);
    expect(host.querySelector('video'), 'same <video>').toBe(video);
    const asked = (id: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(id));
    await eventually(() => expect(asked('vi1111111111111111111111'), 'the new source is requested').toBe(true));

    const { liveStreamId } = await createLiveStream();
    const before = await countOf(/^GET \/live\//);
    instance.liveStreamId.set(liveStreamId);
    await stable();
    await eventually(async () => expect(await countOf(/^GET \/live\//)).toBeGreaterThan(before));
    await eventually(() =>
      expect(host.querySelector('.vidkit-live-badge')?.getAttribute('data-status')).toBe('offline'),
    );
  });

  it('injectUpload: a file signal set later uploads with autoStart, intact; a new option keeps the same upload', async () => {
    const { host, instance, stable } = await boot(OneFile);
    expect(instance.upload.state()).toMatchObject({ status: 'idle', upload: null });
    const clip = blankVideoFile(300_000, 'one-file.mp4');
    instance.file.set(clip);
    await stable();
    const upload = instance.upload.upload();
    expect(upload).not.toBeNull();
    instance.videoName.set('second name');
    await stable();
    expect(instance.upload.upload(), 'the same upload after an option change').toBe(upload);
    await eventually(() => expect(host.textContent).toContain('completed'));
    const { videoId } = instance.upload.state().video!;
    expect(await commands.vidkitSourceSha(videoId)).toBe(await sha256(clip));
  });

  it('after the application is destroyed, no upload, poll or player request reaches the emulator', async () => {
    await setFaults({ ...noFaults, bandwidthBps: 250_000 });
    const uploads = await boot(CustomRows);
    await userEvent.upload(uploads.host.querySelector<HTMLInputElement>('input[type=file]')!, [
      blankVideoFile(1_000_000, 'gone.mp4'),
    ]);
    await eventually(() =>
      expect(uploads.host.querySelector<HTMLElement>('li.custom-row')?.dataset.status).toBe('uploading'),
    );
    const { liveStreamId } = await createLiveStream();
    const watched = await boot(PlayerAndBadge);
    watched.instance.liveStreamId.set(liveStreamId);
    await watched.stable();
    await eventually(() =>
      expect(watched.host.querySelector('.vidkit-live-badge')?.getAttribute('data-status')).toBe('offline'),
    );
    uploads.app.destroy();
    watched.app.destroy();
    await quietFor(100);
    const requests = async () => [await uploadRequests(), await countOf(/^GET \/(live|vod)\//)];
    const after = await requests();
    await quietFor(1000);
    expect(await requests()).toEqual(after);
  });
});
