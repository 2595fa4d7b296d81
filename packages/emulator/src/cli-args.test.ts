import { describe, expect, it } from 'vitest';
import { parseCli, parseFaults, UsageError } from './cli-args.js';

describe('CLI arguments', () => {
  it('reads every option', () => {
    expect(
      parseCli([
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--data-dir',
        'd',
        '--api-key',
        'k',
        '--faults',
        'dropRate=0.1,rateLimit=sandbox',
      ]),
    ).toEqual({ port: 0, host: '0.0.0.0', dataDir: 'd', apiKey: 'k', faults: { dropRate: 0.1, rateLimit: 'sandbox' } });
  });

  it('turns encoding off or sets its concurrency', () => {
    expect(parseCli(['--no-encoding']).encoding).toEqual({ enabled: false });
    expect(parseCli(['--encoding-concurrency', '2']).encoding).toEqual({ concurrency: 2 });
    expect(() => parseCli(['--encoding-concurrency', '0'])).toThrow(UsageError);
  });

  it('reads faults as JSON or key=value pairs', () => {
    expect(parseFaults('{"errorRate":0.5,"latencyMs":20}')).toEqual({ errorRate: 0.5, latencyMs: 20 });
    expect(parseFaults('latencyMs=20, bandwidthBps=1000')).toEqual({ latencyMs: 20, bandwidthBps: 1000 });
    expect(() => parseFaults('{oops')).toThrow(UsageError);
    expect(() => parseFaults('latencyMs')).toThrow(UsageError);
  });

  it('reads --allowed-hosts, repeated or comma-separated, and refuses what is not a host name', () => {
    expect(parseCli(['--allowed-hosts', 'dev.example.test,.lan', '--allowed-hosts', 'box']).allowedHosts).toEqual([
      'dev.example.test',
      '.lan',
      'box',
    ]);
    expect(() => parseCli(['--allowed-hosts', 'http://x'])).toThrow(UsageError);
    expect(() => parseCli(['--allowed-hosts', 'a b'])).toThrow(UsageError);
  });

  it('refuses a bad port and unknown flags', () => {
    expect(() => parseCli(['--port', '70000'])).toThrow(UsageError);
    expect(() => parseCli(['--nope'])).toThrow();
  });
});
