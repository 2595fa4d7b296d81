import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { EmulatorOptions, FaultOptions } from './options.js';

/** Thrown for a command line the CLI cannot use. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: vidkit-emulator [--port 4010] [--host 127.0.0.1] [--allowed-hosts name,.domain] [--data-dir DIR] [--api-key KEY]
                       [--faults '{"dropRate":0.1}' | dropRate=0.1,latencyMs=200,rateLimit=sandbox]
                       [--rtmp-port 1935] [--record-live] [--no-encoding] [--encoding-concurrency 1] [--log]
                       [--tls-cert cert.pem --tls-key key.pem]`;

/** Parses `--faults` given as JSON or as `key=value,key=value`. */
export function parseFaults(text: string): Partial<FaultOptions> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as Partial<FaultOptions>;
    } catch {
      throw new UsageError(`--faults is not valid JSON: ${text}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const pair of trimmed.split(',').filter(Boolean)) {
    const [key, value] = pair.split('=', 2);
    if (!key || value === undefined) throw new UsageError(`--faults expects key=value pairs, got "${pair}"`);
    out[key.trim()] = key.trim() === 'rateLimit' ? value.trim() : Number(value);
  }
  return out as Partial<FaultOptions>;
}

/** Turns argv into emulator options. */
export function parseCli(argv: string[]): EmulatorOptions & { help?: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'allowed-hosts': { type: 'string', multiple: true },
      'data-dir': { type: 'string' },
      'api-key': { type: 'string' },
      faults: { type: 'string' },
      'rtmp-port': { type: 'string' },
      'record-live': { type: 'boolean' },
      'no-encoding': { type: 'boolean' },
      'encoding-concurrency': { type: 'string' },
      log: { type: 'boolean' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const options: EmulatorOptions & { help?: boolean } = {};
  if (values.help) options.help = true;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535`);
    options.port = port;
  }
  if (values.host) options.host = values.host;
  if (values['allowed-hosts']) {
    const names = values['allowed-hosts'].flatMap((list) => list.split(',')).map((name) => name.trim());
    if (names.some((name) => !/^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?$/.test(name))) {
      throw new UsageError('--allowed-hosts expects host names separated by commas, e.g. dev.example.test,.lan');
    }
    options.allowedHosts = names;
  }
  if (values['data-dir']) options.dataDir = values['data-dir'];
  if (values['api-key']) options.apiKey = values['api-key'];
  if (values.faults) options.faults = parseFaults(values.faults);
  if (values.log) options.logger = true;
  if (values['rtmp-port'] !== undefined) {
    const rtmpPort = Number(values['rtmp-port']);
    if (!Number.isInteger(rtmpPort) || rtmpPort < 0 || rtmpPort > 65535) {
      throw new UsageError(`--rtmp-port must be 0–65535`);
    }
    options.live = { ...options.live, rtmpPort };
  }
  if (values['record-live']) options.live = { ...options.live, record: true };
  if (values['no-encoding']) options.encoding = { ...options.encoding, enabled: false };
  if (values['encoding-concurrency'] !== undefined) {
    const concurrency = Number(values['encoding-concurrency']);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError('--encoding-concurrency must be ≥ 1');
    options.encoding = { ...options.encoding, concurrency };
  }
  const certFile = values['tls-cert'];
  const keyFile = values['tls-key'];
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new UsageError('--tls-cert and --tls-key go together: a certificate and its private key, PEM files');
  }
  if (certFile !== undefined && keyFile !== undefined) {
    options.tls = { cert: readPem(certFile, '--tls-cert'), key: readPem(keyFile, '--tls-key') };
  }
  return options;
}

function readPem(file: string, flag: string): Buffer {
  let pem: Buffer;
  try {
    pem = readFileSync(file);
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!pem.includes('-----BEGIN ')) throw new UsageError(`${flag}: ${file} is not a PEM file`);
  return pem;
}
