// Details of the wire that api.video's official clients depend on (issue 21): the JSON media type, the fields of
// problems, the properties of a video, and which requests draw from the rate-limit budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForm, startTestEmulator } from '../test-support/emulator.js';
import type { TestEmulator } from '../test-support/emulator.js';
import { spec } from '../test-support/spec.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ faults: { rateLimit: 'production' } });
});
afterAll(async () => {
  await emulator.dispose();
});

const remaining = (response: Response) => Number(response.headers.get('x-ratelimit-remaining'));

describe('JSON as api.video sends it', () => {
  it('is `application/json` exactly, on successes and on every kind of error', async () => {
    const answers = [
      await emulator.call('/videos'),
      await emulator.call('/videos', { method: 'POST', json: { title: 'json' } }),
      await emulator.call('/videos/vi0000000000000000000000'),
      await emulator.call('/videos', { method: 'POST', json: {} }),
      await emulator.call('/videos', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }),
      await emulator.call('/videos', { auth: false }),
      await emulator.call('/no/such/route'),
      await emulator.call('/videos/%E0%A4%A'),
      await emulator.call('/_emulator/faults'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 201, 404, 400, 400, 401, 404, 400, 200]);
    for (const [i, answer] of answers.entries()) {
      expect(answer.headers.get('content-type'), `answer ${i}`).toBe('application/json');
    }
  });

  it('keeps the media type of files', async () => {
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: 'vtt' } })).json();
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n';
    await emulator.call(`/videos/${video.videoId}/captions/en`, { method: 'POST', body: fileForm(vtt, 'en.vtt') });
    const served = await fetch(`${emulator.url}/vod/${video.videoId}/captions/en.vtt`);
    expect(served.headers.get('content-type')).toMatch(/^text\/vtt/);
  });
});

describe('request bodies', () => {
  it('an empty body is accepted whatever its declared type (the official client completes a live stream so)', async () => {
    const stream = await (await emulator.call('/live-streams', { method: 'POST', json: { name: 'empty' } })).json();
    const response = await emulator.call(`/live-streams/${stream.liveStreamId}/complete`, {
      method: 'PUT',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '0' },
    });
    expect(response.status).toBe(202);
  });
});

describe('problems', () => {
  it('each item of problems[] carries type, title, name and the status', async () => {
    const response = await emulator.call('/videos', { method: 'POST', json: { public: 'yes' } });
    const body = await response.json();
    expect(body).toMatchObject({ status: 400, name: 'title' });
    expect(body.problems).toEqual([
      {
        type: 'https://docs.api.video/reference/attribute-required',
        title: 'This attribute is required.',
        name: 'title',
        status: 400,
      },
      {
        type: 'https://docs.api.video/reference/invalid-attribute',
        title: expect.any(String),
        name: 'public',
        status: 400,
      },
    ]);
  });

  it('query parameter problems too', async () => {
    const body = await (await emulator.call('/videos?pageSize=0')).json();
    expect(body.problems).toEqual([
      expect.objectContaining({ name: 'pageSize', status: 400, type: body.type, title: body.title }),
    ]);
  });
});

describe('a video', () => {
  it('has every property of the spec’s Video schema, null where unset', async () => {
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: 'bare' } })).json();
    expect(Object.keys(video).sort()).toEqual(Object.keys(spec.components.schemas['video']!.properties!).sort());
    expect(video).toMatchObject({ language: null, languageOrigin: null, playerId: null });
    const listed = (await (await emulator.call('/videos?title=bare')).json()).data[0];
    expect(listed).toMatchObject({ videoId: video.videoId, language: null, playerId: null });
  });

  it('reports the language and the player once set', async () => {
    const player = await (await emulator.call('/players', { method: 'POST', json: { name: 'p' } })).json();
    const video = await (
      await emulator.call('/videos', {
        method: 'POST',
        json: { title: 'set', language: 'fr', playerId: player.playerId },
      })
    ).json();
    expect(video).toMatchObject({ language: 'fr', languageOrigin: 'api', playerId: player.playerId });
  });
});

describe('the rate-limit budget', () => {
  it('is drawn from by API calls', async () => {
    const first = remaining(await emulator.call('/videos'));
    expect(remaining(await emulator.call('/videos'))).toBe(first - 1);
  });

  it('is not drawn from by unknown paths, delivery or the embed page', async () => {
    const before = remaining(await emulator.call('/videos'));
    const video = await (await emulator.call('/videos', { method: 'POST', json: { title: 'delivery' } })).json();
    const exempt = [
      await emulator.call('/no/such/route'),
      await emulator.call('/videos/vi0000000000000000000000/nothing-here'),
      await emulator.call(`/vod/${video.videoId}/thumbnail.jpg`),
      await emulator.call(`/vod/${video.videoId}/hls/manifest.m3u8`),
      await emulator.call(`/embed/vod/${video.videoId}`),
      await emulator.call('/live/li0000000000000000000000.m3u8'),
    ];
    for (const answer of exempt) expect(remaining(answer)).toBe(before);
    expect(remaining(await emulator.call('/videos'))).toBe(before - 1);
  });
});
