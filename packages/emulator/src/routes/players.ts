import { createReadStream } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { readBody } from '../http/body.js';
import type { BodyRules } from '../http/body.js';
import { paginate, sortByQuery, sortItems, sortOrderQuery } from '../http/pagination.js';
import { notFound } from '../problems.js';
import { newId } from '../util/ids.js';
import { timestamp } from '../util/time.js';
import type { PlayerRecord, RouteDeps } from './deps.js';
import { IMAGE_EXTENSIONS, receiveImage } from './files.js';

const COLORS = [
  'text',
  'link',
  'linkHover',
  'linkActive',
  'trackPlayed',
  'trackUnplayed',
  'trackBackground',
  'backgroundTop',
  'backgroundBottom',
  'backgroundText',
] as const;
const FLAGS = ['enableApi', 'enableControls', 'forceAutoplay', 'hideTitle', 'forceLoop'] as const;

const RULES: BodyRules = {
  name: { type: 'string', maxLength: 100 },
  ...Object.fromEntries(COLORS.map((key) => [key, { type: 'string' }])),
  ...Object.fromEntries(FLAGS.map((key) => [key, { type: 'boolean' }])),
};

function pick(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key in RULES));
}

/** Where the emulator serves uploaded player logos (api.video serves them from its CDN). */
export const LOGO_ROUTE = '/_emulator/assets/players/:playerId/logo';

/** Player themes: CRUD and logo. */
export function registerPlayerRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  const find = (playerId: string): PlayerRecord => {
    const player = deps.players.get(playerId);
    if (!player) throw notFound('playerId');
    return player;
  };

  app.get('/players', async (request) => {
    const query = request.query as Record<string, unknown>;
    const sortBy = sortByQuery(query, ['name', 'createdAt', 'updatedAt'] as const);
    return paginate(request, ctx.url, sortItems(deps.players.all(), sortBy, sortOrderQuery(query)));
  });

  app.post('/players', async (request, reply) => {
    const body = readBody<Record<string, unknown>>(request.body, RULES);
    const now = timestamp();
    const player: PlayerRecord = {
      enableApi: true,
      enableControls: true,
      forceAutoplay: false,
      hideTitle: false,
      forceLoop: false,
      ...pick(body),
      playerId: newId('pt'),
      createdAt: now,
      updatedAt: now,
      assets: {},
    };
    deps.players.insert(player.playerId, player);
    return reply.code(201).send(player);
  });

  app.get<{ Params: { playerId: string } }>('/players/:playerId', async (request) => find(request.params.playerId));

  app.patch<{ Params: { playerId: string } }>('/players/:playerId', async (request) => {
    const player = find(request.params.playerId);
    const body = readBody<Record<string, unknown>>(request.body, RULES);
    return deps.players.update(player.playerId, (current) => ({ ...current, ...pick(body), updatedAt: timestamp() }));
  });

  app.delete<{ Params: { playerId: string } }>('/players/:playerId', async (request, reply) => {
    const player = find(request.params.playerId);
    deps.players.delete(player.playerId);
    await rm(ctx.paths.playerLogo(player.playerId), { force: true });
    await rm(`${ctx.paths.playerLogo(player.playerId)}.type`, { force: true });
    return reply.code(204).send();
  });

  app.post<{ Params: { playerId: string } }>('/players/:playerId/logo', async (request, reply) => {
    const player = find(request.params.playerId);
    const path = ctx.paths.playerLogo(player.playerId);
    const form = await receiveImage(request, ctx, IMAGE_EXTENSIONS, path);
    await writeFile(`${path}.type`, /png$/i.test(form.file.filename) ? 'image/png' : 'image/jpeg');
    const assets: Record<string, string> = { logo: `${ctx.url}${LOGO_ROUTE.replace(':playerId', player.playerId)}` };
    if (form.fields['link']) assets['link'] = form.fields['link'];
    const saved = deps.players.update(player.playerId, (current) => ({ ...current, assets, updatedAt: timestamp() }));
    return reply.code(201).send(saved);
  });

  app.delete<{ Params: { playerId: string } }>('/players/:playerId/logo', async (request, reply) => {
    const player = find(request.params.playerId);
    await rm(ctx.paths.playerLogo(player.playerId), { force: true });
    deps.players.update(player.playerId, (current) => ({ ...current, assets: {}, updatedAt: timestamp() }));
    return reply.code(204).send();
  });
}

/** Serves uploaded logos (public, like a CDN file). */
export function registerLogoRoute(app: FastifyInstance, deps: RouteDeps): void {
  app.get<{ Params: { playerId: string } }>(LOGO_ROUTE, async (request, reply) => {
    const path = deps.ctx.paths.playerLogo(request.params.playerId);
    const type = await readFile(`${path}.type`, 'utf8').catch(() => undefined);
    if (!type) throw notFound('playerId');
    return reply.type(type).send(createReadStream(path));
  });
}
