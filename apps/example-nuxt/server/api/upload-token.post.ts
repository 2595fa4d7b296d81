// A delegated upload token for one browser upload: the browser uploads with it and never sees the API key.
export default defineEventHandler(async (event) => {
  const { token } = await fromApiVideo(useApiVideo(event).uploadTokens.create({ ttl: 3600 }));
  setResponseHeader(event, 'cache-control', 'no-store');
  return token;
});
