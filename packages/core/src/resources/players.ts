import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, PlayerTheme, QueryOf } from '../client/types.js';
import { toFormData } from '../http/binary.js';
import type { BinarySource } from '../http/binary.js';

/** Player themes (`/players`) and their logos. */
export function playersResource(http: HttpClient) {
  const path = (playerId: string, rest = '') => `/players/${encodeURIComponent(playerId)}${rest}`;
  return {
    /** Lists player themes (`GET /players`). */
    list: (query?: QueryOf<'GET_players'>, options?: RequestOptions) =>
      paginate<PlayerTheme>(http, { operation: 'GET_players', method: 'GET', path: '/players', query }, options),
    /** Creates a player theme (`POST /players`). */
    create: (body: BodyOf<'POST_players'> = {}, options?: RequestOptions) =>
      http.request<PlayerTheme>({ operation: 'POST_players', method: 'POST', path: '/players', body }, options),
    /** Gets a player theme (`GET /players/{playerId}`). */
    get: (playerId: string, options?: RequestOptions) =>
      http.request<PlayerTheme>({ operation: 'GET_players-playerId', method: 'GET', path: path(playerId) }, options),
    /** Updates a player theme (`PATCH /players/{playerId}`). */
    update: (playerId: string, body: BodyOf<'PATCH_players-playerId'>, options?: RequestOptions) =>
      http.request<PlayerTheme>(
        { operation: 'PATCH_players-playerId', method: 'PATCH', path: path(playerId), body },
        options,
      ),
    /** Deletes a player theme (`DELETE /players/{playerId}`). */
    delete: (playerId: string, options?: RequestOptions) =>
      http.request<void>({ operation: 'DELETE_players-playerId', method: 'DELETE', path: path(playerId) }, options),
    /** Uploads a logo (JPEG/PNG, at most 200×100) and the URL it links to (`POST /players/{playerId}/logo`). */
    uploadLogo: async (playerId: string, file: BinarySource, options: RequestOptions & { link?: string } = {}) =>
      http.request<PlayerTheme>(
        {
          operation: 'POST_players-playerId-logo',
          method: 'POST',
          path: path(playerId, '/logo'),
          body: await toFormData(file, { link: options.link }),
        },
        options,
      ),
    /** Removes the logo (`DELETE /players/{playerId}/logo`). */
    deleteLogo: (playerId: string, options?: RequestOptions) =>
      http.request<void>(
        { operation: 'DELETE_players-playerId-logo', method: 'DELETE', path: path(playerId, '/logo') },
        options,
      ),
  };
}

/** The player themes resource's methods. */
export type PlayersResource = ReturnType<typeof playersResource>;
