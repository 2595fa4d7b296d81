/** The API root to use: `baseUrl` without trailing slashes, or api.video's production host. */
export const apiBase = (baseUrl?: string): string => (baseUrl ?? 'https://ws.api.video').replace(/\/+$/, '');
