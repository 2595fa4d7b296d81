import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { QueryOf, Schemas } from '../client/types.js';

/** A tag and how many videos carry it. */
export type Tag = NonNullable<Schemas['list-tags-response']['data']>[number];

/** Video tags (`GET /tags`). */
export function tagsResource(http: HttpClient) {
  return {
    /** Lists the tags used on videos, with counts (`GET /tags`). */
    list: (query?: QueryOf<'LIST-tags'>, options?: RequestOptions) =>
      paginate<Tag>(http, { operation: 'LIST-tags', method: 'GET', path: '/tags', query }, options),
  };
}

/** The tags resource's methods. */
export type TagsResource = ReturnType<typeof tagsResource>;
