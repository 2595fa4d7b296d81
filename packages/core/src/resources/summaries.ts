import type { HttpClient, RequestOptions } from '../client/http-client.js';
import { paginate } from '../client/pagination.js';
import type { BodyOf, QueryOf, ResultOf, Schemas } from '../client/types.js';

/** A generated video summary. */
export type Summary = ResultOf<'POST_summaries'>;

/** AI-generated video summaries (`/summaries`) and their editable source. */
export function summariesResource(http: HttpClient) {
  const path = (summaryId: string, rest = '') => `/summaries/${encodeURIComponent(summaryId)}${rest}`;
  return {
    /** Lists summaries (`GET /summaries`). */
    list: (query?: QueryOf<'GET_summaries'>, options?: RequestOptions) =>
      paginate<Summary>(http, { operation: 'GET_summaries', method: 'GET', path: '/summaries', query }, options),
    /** Generates a summary for a video (`POST /summaries`). */
    create: (body: BodyOf<'POST_summaries'>, options?: RequestOptions) =>
      http.request<Summary>({ operation: 'POST_summaries', method: 'POST', path: '/summaries', body }, options),
    /** Deletes a summary (`DELETE /summaries/{summaryId}`). */
    delete: (summaryId: string, options?: RequestOptions) =>
      http.request<void>({ operation: 'DELETE_summaries-summaryId', method: 'DELETE', path: path(summaryId) }, options),
    /** Gets a summary's title, abstract and takeaways (`GET /summaries/{summaryId}/source`). */
    getSource: (summaryId: string, options?: RequestOptions) =>
      http.request<Schemas['summary-source']>(
        { operation: 'GET_summaries-summaryId-source', method: 'GET', path: path(summaryId, '/source') },
        options,
      ),
    /** Edits a summary's source (`PATCH /summaries/{summaryId}/source`). */
    updateSource: (summaryId: string, body: BodyOf<'PATCH_summaries-summaryId-source'>, options?: RequestOptions) =>
      http.request<Schemas['summary-source']>(
        { operation: 'PATCH_summaries-summaryId-source', method: 'PATCH', path: path(summaryId, '/source'), body },
        options,
      ),
  };
}

/** The summaries resource's methods. */
export type SummariesResource = ReturnType<typeof summariesResource>;
