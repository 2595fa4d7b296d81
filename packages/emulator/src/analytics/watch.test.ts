import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProblem, startTestEmulator, type TestEmulator } from '../test-support/emulator.js';
import { beacon, send } from './test-support.js';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ faults: { rateLimit: 'sandbox' } });
});
afterAll(() => emulator?.dispose());

const now = Date.now();
const valid = () => beacon('pid-valid', 'vi1', [[now, 1, 0, true]]);
const impressions = async (mediaId?: string) => {
  const filter = mediaId ? `?filterBy[mediaId][]=${mediaId}` : '';
  const response = await emulator.call(`/data/metrics/impression/count${filter}`);
  return ((await response.json()) as { data: number }).data;
};

describe('POST /watch', () => {
  it('takes a text beacon without auth, from any origin, and records it', async () => {
    const response = await send(emulator, beacon('pid-text', 'viText', [[now, 1, 0, true]]), undefined, {
      origin: 'https://app.example.com',
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await impressions('viText')).toBe(1);
  });

  it('takes a JSON beacon (the mobile modules)', async () => {
    const response = await emulator.call('/watch', {
      method: 'POST',
      auth: false,
      json: beacon('pid-json', 'viJson', [[now, 1, 0, true]]),
    });
    expect(response.status).toBe(204);
    expect(await impressions('viJson')).toBe(1);
  });

  it('is never rate limited', async () => {
    // The sandbox allows 40 writes a minute.
    const statuses = await Promise.all(Array.from({ length: 60 }, () => send(emulator, valid()).then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([204]));
  });

  it.each([
    ['not JSON', '{"sat": ', 'body'],
    ['not an object', '[1]', 'body'],
    ['no events', { ...valid(), eve: undefined }, 'eve'],
    ['no session id', { ...valid(), sid: undefined }, 'sid'],
    ['a media id that is no identifier', { ...valid(), mid: '../vi1' }, 'mid'],
    ['a send time that is text', { ...valid(), sat: 'now' }, 'sat'],
    ['an unknown event type', beacon('p', 'vi1', [[now, 9, 0, true]]), 'eve[0].typ'],
    ['a negative currentTime', beacon('p', 'vi1', [[now, 1, -1, true]]), 'eve[0].vti'],
    ['paused as text', { ...valid(), eve: [{ ...valid().eve[0], pau: 'yes' }] }, 'eve[0].pau'],
    ['a media error code out of range', { ...valid(), eve: [{ ...valid().eve[0], eco: 7 }] }, 'eve[0].eco'],
    ['too many events', { ...valid(), eve: Array.from({ length: 201 }, () => valid().eve[0]) }, 'eve'],
  ])('answers api.video’s 400 for %s and records nothing', async (_, body, name) => {
    const before = await impressions();
    const response = await send(emulator, body);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { name: string };
    expect(isProblem(problem, 400)).toBe(true);
    expect(problem.name).toBe(name);
    expect(await impressions()).toBe(before);
  });
});
