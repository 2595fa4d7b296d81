import { describe, expect, it } from 'vitest';
import { withPlayerConfig } from './config.js';

describe('withPlayerConfig', () => {
  const loadHls = () => import('hls.js');
  const config = { deliveryBaseUrl: 'http://127.0.0.1:4010', collectorUrl: 'https://stats.example', loadHls };

  it('fills the player options the app configured once', () => {
    expect(withPlayerConfig({ videoId: 'vi1' }, config)).toEqual({ videoId: 'vi1', ...config });
  });

  it('keeps what the options set, and leaves the options untouched', () => {
    const options = { videoId: 'vi1', collectorUrl: 'https://mine.example', analytics: false };
    expect(withPlayerConfig(options, config)).toMatchObject({
      collectorUrl: 'https://mine.example',
      deliveryBaseUrl: 'http://127.0.0.1:4010',
      analytics: false,
    });
    expect(options).toEqual({ videoId: 'vi1', collectorUrl: 'https://mine.example', analytics: false });
  });
});
