import { expect } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import {
  blankVideoFile,
  clipFile,
  countOf,
  createUploadToken,
  noFaults,
  setFaults,
  sha256,
  uploadRequests,
} from '@vidkit/tooling/vitest/emulator';
import {
  button,
  config,
  eventsOf,
  eventually,
  pick,
  quietFor,
  row,
  rowStatus,
  statusRoute,
  tabTo,
  violations,
  within,
} from '../helpers.js';
import type { Scenario } from '../scenario.js';

/** What the polite live region of the uploader said, every text it ever held. */
function announcements(container: HTMLElement): { texts: string[]; stop(): void } {
  const region = container.querySelector('[aria-live=polite]');
  expect(region, 'the uploader has a polite live region').toBeTruthy();
  const texts: string[] = [];
  const record = () => texts.push(region!.textContent ?? '');
  const observer = new MutationObserver(record);
  observer.observe(region!, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

// Every POST but the analytics reports a player of an earlier scenario may still be sending.
const UPLOAD_POSTS = /^POST (?!\/watch$)/;

export const uploaderScenarios = {
  'uploader/upload': {
    title: 'a clip picked through the file input arrives intact (sha256 at the emulator), onSuccess fires once',
    async run({ driver }) {
      const uploader = await driver.mountUploader({ config: config() });
      const file = clipFile('contract.mp4');
      await pick(uploader.container, [file]);
      await eventually(() => expect(eventsOf(uploader.events, 'success')).toHaveLength(1));
      const [success] = eventsOf(uploader.events, 'success');
      expect(success!.fileName).toBe('contract.mp4');
      expect(success!.videoId).toMatch(/^vi/);
      expect(await commands.vidkitSourceSha(success!.videoId)).toBe(await sha256(file));
      expect(eventsOf(uploader.events, 'uploadStart').map((e) => e.fileName)).toEqual(['contract.mp4']);
      expect(eventsOf(uploader.events, 'progress').length).toBeGreaterThan(0);
      await rowStatus(uploader.container, 'contract.mp4', 'completed');
      expect(eventsOf(uploader.events, 'success')).toHaveLength(1);
    },
  },
  'uploader/progressbar': {
    title: 'each row has a role=progressbar with aria-valuenow, 100 when done',
    async run({ driver }) {
      const uploader = await driver.mountUploader({ config: config() });
      await pick(uploader.container, [blankVideoFile(1000, 'bar.mp4')]);
      await rowStatus(uploader.container, 'bar.mp4', 'completed');
      const bar = row(uploader.container, 'bar.mp4').querySelector('[role=progressbar]');
      expect(bar?.getAttribute('aria-valuenow')).toBe('100');
      expect(bar?.getAttribute('aria-valuemin')).toBe('0');
      expect(bar?.getAttribute('aria-valuemax')).toBe('100');
      expect(bar?.getAttribute('aria-label') ?? '').toContain('bar.mp4');
    },
  },
  'uploader/concurrency': {
    title: 'several files queue and at most fileConcurrency upload at once',
    async run({ driver }) {
      // 250 kB/s at the server: each 100 kB file takes about 0.4 s, long enough to see two side by side.
      await setFaults({ ...noFaults, bandwidthBps: 250_000 });
      const uploader = await driver.mountUploader({ config: config(), fileConcurrency: 2 });
      let most = 0;
      const observer = new MutationObserver(() => {
        const active = uploader.container.querySelectorAll('.vidkit-uploader__row[data-status=uploading]').length;
        most = Math.max(most, active);
      });
      observer.observe(uploader.container, { subtree: true, childList: true, attributes: true });
      const names = ['one.mp4', 'two.mp4', 'three.mp4'];
      await pick(
        uploader.container,
        names.map((name) => blankVideoFile(100_000, name)),
      );
      await eventually(() => expect(eventsOf(uploader.events, 'success')).toHaveLength(3), 30_000);
      observer.disconnect();
      expect(most).toBe(2);
    },
  },
  'uploader/pause-resume': {
    title: 'pause: no request reaches the emulator while paused; resume completes the upload intact',
    timeout: 60_000,
    async run({ driver }) {
      // 250 kB/s at the server: a 1 MB file is still on its way when Pause is pressed.
      await setFaults({ ...noFaults, bandwidthBps: 250_000 });
      const uploader = await driver.mountUploader({ config: config() });
      const file = blankVideoFile(1_000_000, 'long.mp4');
      await pick(uploader.container, [file]);
      await rowStatus(uploader.container, 'long.mp4', 'uploading');
      await button(uploader.container, /^pause\b/i).click();
      await rowStatus(uploader.container, 'long.mp4', 'paused');
      await expect.element(button(uploader.container, /^resume\b/i)).toBeVisible();
      const before = await uploadRequests();
      await quietFor(1000);
      expect(await uploadRequests(), 'upload requests while paused').toBe(before);
      await setFaults(noFaults);
      await button(uploader.container, /^resume\b/i).click();
      await eventually(() => expect(eventsOf(uploader.events, 'success')).toHaveLength(1), 30_000);
      expect(await commands.vidkitSourceSha(eventsOf(uploader.events, 'success')[0]!.videoId)).toBe(await sha256(file));
    },
  },
  'uploader/cancel': {
    title: 'cancel stops the upload: the row says so and no request follows',
    async run({ driver }) {
      await setFaults({ ...noFaults, bandwidthBps: 250_000 });
      const uploader = await driver.mountUploader({ config: config() });
      await pick(uploader.container, [blankVideoFile(1_000_000, 'cancel.mp4')]);
      await rowStatus(uploader.container, 'cancel.mp4', 'uploading');
      await button(uploader.container, /^cancel\b/i).click();
      await rowStatus(uploader.container, 'cancel.mp4', 'cancelled');
      await expect
        .element(
          within(uploader.container)
            .getByText(/cancelled/i)
            .first(),
        )
        .toBeVisible();
      const before = await uploadRequests();
      await quietFor(500);
      expect(await uploadRequests()).toBe(before);
      expect(eventsOf(uploader.events, 'success')).toEqual([]);
    },
  },
  'uploader/unmount': {
    title: 'unmounting the uploader cancels its unfinished uploads: no request follows',
    timeout: 30_000,
    async run({ driver }) {
      // Two parts at 2.5 MB/s: the first (which creates the video) takes about 2 s, and only then does the second go.
      await setFaults({ ...noFaults, bandwidthBps: 2_500_000 });
      const chunkSize = 5 * 1024 * 1024;
      const uploader = await driver.mountUploader({ config: config(), chunkSize });
      await pick(uploader.container, [blankVideoFile(chunkSize + 500_000, 'gone.mp4')]);
      await rowStatus(uploader.container, 'gone.mp4', 'uploading');
      await uploader.unmount();
      // An adapter may cancel a moment after unmounting (React waits out StrictMode's remount).
      await quietFor(200);
      const before = await uploadRequests();
      await quietFor(3000);
      expect(await uploadRequests(), 'upload requests after unmount').toBe(before);
      expect(eventsOf(uploader.events, 'success')).toEqual([]);
    },
  },
  'uploader/rejects': {
    title: 'a wrong type, an over-size file and an empty file each show their reason as text and send nothing',
    async run({ driver }) {
      const uploader = await driver.mountUploader({ config: config(), maxFileSize: 1_000_000 });
      const before = await countOf(UPLOAD_POSTS);
      await pick(uploader.container, [
        new File(['hello'], 'notes.txt', { type: 'text/plain' }),
        blankVideoFile(2_000_000, 'huge.mp4'),
        blankVideoFile(0, 'empty.mp4'),
      ]);
      const list = within(uploader.container);
      for (const [name, reason] of [
        ['notes.txt', /not an accepted file type/i],
        ['huge.mp4', /larger than .*limit/i],
        ['empty.mp4', /empty/i],
      ] as const) {
        await expect.element(list.getByText(name, { exact: true })).toBeVisible();
        const item = [...uploader.container.querySelectorAll('li')].find((li) => li.textContent?.includes(name));
        expect(item?.textContent).toMatch(reason);
      }
      expect(uploader.container.querySelectorAll('[role=progressbar]')).toHaveLength(0);
      expect(eventsOf(uploader.events, 'uploadStart')).toEqual([]);
      expect(await countOf(UPLOAD_POSTS)).toBe(before);
    },
  },
  'uploader/retry-5xx': {
    title: 'a burst of 5xx answers shows the retry, then the upload recovers by itself',
    async run({ driver }) {
      // A token minted before the burst: the faults hit every route, the token route included.
      const uploadToken = await createUploadToken();
      await setFaults({ ...noFaults, errorRate: 1 });
      const uploader = await driver.mountUploader({
        config: config({ uploadToken, getUploadToken: undefined }),
        retry: { retries: 10, baseDelay: 200, maxDelay: 400 },
      });
      await pick(uploader.container, [clipFile('flaky.mp4')]);
      await rowStatus(uploader.container, 'flaky.mp4', 'retrying');
      expect(row(uploader.container, 'flaky.mp4').textContent).toMatch(/retrying/i);
      await setFaults(noFaults);
      await rowStatus(uploader.container, 'flaky.mp4', 'completed');
      expect(eventsOf(uploader.events, 'error')).toEqual([]);
      expect(eventsOf(uploader.events, 'success')).toHaveLength(1);
    },
  },
  'uploader/refused-token': {
    title: 'a refused upload token shows a clear message about the token',
    async run({ driver }) {
      const uploader = await driver.mountUploader({
        config: config({ uploadToken: 'to1nvalid0000000000000000', getUploadToken: undefined }),
        retry: { retries: 0 },
      });
      await pick(uploader.container, [blankVideoFile(1000, 'refused.mp4')]);
      await rowStatus(uploader.container, 'refused.mp4', 'failed');
      const alert = row(uploader.container, 'refused.mp4').querySelector('[role=alert]');
      expect(alert?.textContent).toMatch(/token/i);
      expect(eventsOf(uploader.events, 'error').map((e) => e.message)).toEqual([expect.stringMatching(/token/i)]);
    },
  },
  'uploader/hostile-name': {
    title: 'the file name <img src=x onerror=alert(1)>.mp4 renders as text',
    async run({ driver }) {
      const name = '<img src=x onerror=alert(1)>.mp4';
      const uploader = await driver.mountUploader({ config: config() });
      await pick(uploader.container, [blankVideoFile(1000, name)]);
      await expect.element(within(uploader.container).getByText(name, { exact: true })).toBeVisible();
      expect(uploader.container.querySelector('img')).toBeNull();
      await rowStatus(uploader.container, name, 'completed');
    },
  },
  'uploader/keyboard': {
    title: 'keyboard alone: Tab reaches the file button, Pause and Resume, Enter works them',
    timeout: 60_000,
    async run({ driver }) {
      await setFaults({ ...noFaults, bandwidthBps: 250_000 });
      const uploader = await driver.mountUploader({ config: config() });
      await tabTo(/choose/i);
      // The file chooser itself is the browser's; the test hands it the file.
      await pick(uploader.container, [blankVideoFile(1_000_000, 'keys.mp4')]);
      await rowStatus(uploader.container, 'keys.mp4', 'uploading');
      await tabTo(/^pause\b/i);
      await userEvent.keyboard('{Enter}');
      await rowStatus(uploader.container, 'keys.mp4', 'paused');
      await setFaults(noFaults);
      await tabTo(/^resume\b/i);
      await userEvent.keyboard('{Enter}');
      await rowStatus(uploader.container, 'keys.mp4', 'completed', 30_000);
    },
  },
  'uploader/announcements': {
    title: 'the polite live region announces start, completion and failure',
    async run({ driver }) {
      await setFaults({ ...noFaults, bandwidthBps: 500_000 });
      const uploadToken = await createUploadToken();
      const uploader = await driver.mountUploader({
        config: config({ uploadToken, getUploadToken: undefined }),
        retry: { retries: 0 },
      });
      const region = announcements(uploader.container);
      await pick(uploader.container, [blankVideoFile(500_000, 'spoken.mp4')]);
      await rowStatus(uploader.container, 'spoken.mp4', 'completed');
      await setFaults({ ...noFaults, errorRate: 1 });
      await pick(uploader.container, [blankVideoFile(1000, 'broken.mp4')]);
      await rowStatus(uploader.container, 'broken.mp4', 'failed');
      await eventually(() => expect(region.texts.join('\n')).toMatch(/broken\.mp4 failed/i));
      region.stop();
      const said = region.texts.join('\n');
      expect(said).toMatch(/uploading spoken\.mp4/i);
      expect(said).toMatch(/spoken\.mp4 uploaded/i);
    },
  },
  'uploader/axe': {
    title: 'axe-core finds no violations, idle and with rows and refused files',
    async run({ driver }) {
      const uploader = await driver.mountUploader({ config: config() });
      expect(await violations(uploader.container)).toEqual([]);
      await pick(uploader.container, [
        blankVideoFile(1000, 'a11y.mp4'),
        new File(['x'], 'notes.txt', { type: 'text/plain' }),
      ]);
      await rowStatus(uploader.container, 'a11y.mp4', 'completed');
      expect(await violations(uploader.container)).toEqual([]);
    },
  },
  'uploader/encoding': {
    title:
      "with the app's status route, each row follows its video's encoding: ready to play, or could not be processed",
    timeout: 60_000,
    async run({ driver }) {
      const uploader = await driver.mountUploader({ config: config({ getVideoStatus: statusRoute }) });
      // Zeros named .mp4 upload fine, then fail to encode: the row must say so, in words, not stay "Uploaded".
      await pick(uploader.container, [clipFile('fine.mp4'), blankVideoFile(4096, 'zeros.mp4')]);
      const text = (name: string) => row(uploader.container, name).textContent ?? '';
      await eventually(() => expect(text('zeros.mp4')).toMatch(/could not be processed/i), 40_000);
      await eventually(() => expect(text('fine.mp4')).toMatch(/ready to play/i), 40_000);
      expect(row(uploader.container, 'zeros.mp4').dataset.status).toBe('completed');
      expect(text('fine.mp4')).not.toMatch(/could not be processed/i);
    },
  },
} satisfies Record<string, Scenario>;
