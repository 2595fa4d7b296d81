import type { CredentialProvider } from '../auth/credentials.js';

/**
 * The 401 rule every authenticated Vidkit request follows (the REST client and the status pollers alike): send with
 * the credential's `Authorization`; on a 401 mark that token stale and, when a fresh one can be had, replay once.
 * A second 401 is the answer. `sendOnce` gets the header value (`undefined` without a credential).
 */
export async function withCredential(
  credential: CredentialProvider | undefined,
  signal: AbortSignal | undefined,
  sendOnce: (authorization: string | undefined) => Promise<Response>,
): Promise<Response> {
  for (let replayed = false; ; replayed = true) {
    const authorization = await credential?.authorization(signal);
    const response = await sendOnce(authorization);
    if (response.status !== 401 || replayed || !authorization || !credential!.invalidate(authorization)) {
      return response;
    }
    await response.body?.cancel();
  }
}
