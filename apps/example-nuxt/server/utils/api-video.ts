import { ApiError, createApiClient, type ApiClient } from '@vidkit/core';
import type { H3Event } from 'h3';

/** An API client for this request, authenticated with the API key of the server's runtime config. */
export function useApiVideo(event: H3Event): ApiClient {
  const { apiKey, apiBaseUrl } = useRuntimeConfig(event);
  return createApiClient({ apiKey, apiBaseUrl });
}

/** Runs an API call for a route and answers the API's own status (a 404 stays a 404) when it fails. */
export async function fromApiVideo<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError) throw createError({ statusCode: error.status, statusMessage: error.title });
    throw error;
  }
}
