// Captions, chapters and summaries of @api.video/nodejs-client against the emulator.
import { beforeAll, describe, expect, it } from 'vitest';
import { errorFields, rejection, useConformance, vtt } from './support/conformance.js';

const api = useConformance();
let videoId = '';
beforeAll(async () => {
  videoId = (await api.client.videos.create({ title: 'Tracks' })).videoId;
});

describe('captions', () => {
  it('upload, get, list, set default, delete', async () => {
    const en = await api.client.captions.upload(videoId, 'en', await api.file('en.vtt', vtt('Hello')));
    expect(en).toMatchObject({ srclang: 'en', languageName: 'English', _default: false });
    expect(await (await fetch(en.src!)).text()).toBe(vtt('Hello'));
    await api.client.captions.upload(videoId, 'fr', await api.file('fr.vtt', vtt('Bonjour')));
    expect((await api.client.captions.get(videoId, 'fr')).srclang).toBe('fr');
    const listed = await api.client.captions.list({ videoId });
    expect(listed.data.map((c) => c.srclang).sort()).toEqual(['en', 'fr']);
    const fr = await api.client.captions.update(videoId, 'fr', { _default: true });
    expect(fr._default).toBe(true);
    await api.client.captions.delete(videoId, 'en');
    expect(errorFields(await rejection(api.client.captions.get(videoId, 'en'))).code).toBe(404);
  });
});

describe('chapters', () => {
  it('upload, get, list, delete', async () => {
    const en = await api.client.chapters.upload(videoId, 'en', await api.file('chapters.vtt', vtt('Intro')));
    expect(en.language).toBe('en');
    expect((await api.client.chapters.get(videoId, 'en')).src).toBe(en.src);
    expect((await api.client.chapters.list({ videoId })).data.map((c) => c.language)).toEqual(['en']);
    await api.client.chapters.delete(videoId, 'en');
    expect((await api.client.chapters.list({ videoId })).data).toEqual([]);
  });
});

describe('summaries', () => {
  it('create, write the source, read it, list, delete', async () => {
    const summary = await api.client.summaries.create({ videoId });
    expect(summary).toMatchObject({ videoId, origin: 'api', sourceStatus: 'missing' });
    const source = await api.client.summaries.update(summary.summaryId!, {
      _abstract: 'A talk about tracks.',
      takeaways: ['captions', 'chapters'],
    });
    expect(source).toMatchObject({ _abstract: 'A talk about tracks.', takeaways: ['captions', 'chapters'] });
    expect((await api.client.summaries.getSummarySource(summary.summaryId!))._abstract).toBe('A talk about tracks.');
    const listed = await api.client.summaries.list({ videoId, sourceStatus: 'completed' });
    expect(listed.data.map((s) => s.summaryId)).toEqual([summary.summaryId]);
    await api.client.summaries.delete(summary.summaryId!);
    expect((await api.client.summaries.list({ videoId })).data).toEqual([]);
    expect(errorFields(await rejection(api.client.summaries.getSummarySource(summary.summaryId!))).code).toBe(404);
  });
});
