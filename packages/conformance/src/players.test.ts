// PlayerThemesApi of @api.video/nodejs-client against the emulator, logo included.
import { describe, expect, it } from 'vitest';
import { errorFields, PNG, rejection, useConformance } from './support/conformance.js';

const api = useConformance();

describe('player themes', () => {
  it('create, get, update, list, logo, delete', async () => {
    const theme = await api.client.playerThemes.create({ name: 'Brand', text: '#ffffff', forceLoop: true });
    expect(theme.playerId).toMatch(/^pt\w{22}$/);
    expect(theme).toMatchObject({ name: 'Brand', text: '#ffffff', forceLoop: true });
    expect((await api.client.playerThemes.get(theme.playerId)).name).toBe('Brand');
    const updated = await api.client.playerThemes.update(theme.playerId, { link: '#ff0000', hideTitle: true });
    expect(updated).toMatchObject({ link: '#ff0000', hideTitle: true, text: '#ffffff' });
    await api.client.playerThemes.create({ name: 'Another' });
    const listed = await api.client.playerThemes.list({ sortBy: 'name', sortOrder: 'asc' });
    expect(listed.data.map((p) => p.name)).toEqual(['Another', 'Brand']);

    const withLogo = await api.client.playerThemes.uploadLogo(
      theme.playerId,
      await api.file('logo.png', PNG),
      'https://example.com',
    );
    expect(withLogo.assets?.link).toBe('https://example.com');
    const logo = await fetch(withLogo.assets!.logo!);
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(PNG);
    await api.client.playerThemes.deleteLogo(theme.playerId);
    expect((await api.client.playerThemes.get(theme.playerId)).assets?.logo ?? null).toBeNull();

    await api.client.playerThemes.delete(theme.playerId);
    expect(errorFields(await rejection(api.client.playerThemes.get(theme.playerId))).code).toBe(404);
  });
});
