import { isIP } from 'node:net';

/** The host name of a `Host` header, lower-cased, without port, brackets or a trailing dot; undefined if unreadable. */
export function hostName(header: string): string | undefined {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return undefined;
    const rest = value.slice(end + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return undefined;
    return value.slice(1, end);
  }
  const match = /^([^:]+)(?::\d{1,5})?$/.exec(value);
  return match ? match[1]!.replace(/\.$/, '') : undefined;
}

/** Names that always mean this machine. */
function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Whether a request's `Host` header names this emulator. A DNS-rebinding page reaches the emulator through a name
 * the attacker controls, so names are checked; IP literals are always accepted, since no rebinding goes through one
 * (the rule Vite and webpack-dev-server follow). `allowed` holds extra names (a leading dot also accepts every
 * subdomain: `.example.test`). A request without `Host` (HTTP/1.0) cannot come from a browser and is accepted.
 */
export function isAllowedHost(header: string | undefined, allowed: readonly string[]): boolean {
  if (header === undefined) return true;
  const name = hostName(header);
  if (name === undefined || name === '') return false;
  if (isIP(name) !== 0 || isLoopbackName(name)) return true;
  return allowed.some((entry) => {
    const pattern = entry.trim().toLowerCase().replace(/\.$/, '');
    if (pattern.startsWith('.')) return name === pattern.slice(1) || name.endsWith(pattern);
    return name === pattern;
  });
}
