import { describe, expect, it } from 'vitest';
import { optionsFromArgs } from './main.ts';

describe('parley-server arguments', () => {
  it('reads the data directory, port and limits', () => {
    const options = optionsFromArgs(
      [
        '--data',
        '/tmp/p',
        '--port',
        '0',
        '--workers',
        '2',
        '--max-queue',
        '5',
        '--job-timeout',
        '30',
      ],
      {},
    );
    expect(options).toMatchObject({
      dataDir: '/tmp/p',
      port: 0,
      workers: 2,
      maxQueue: 5,
      jobTimeoutMs: 30_000,
    });
  });

  it('takes the token from PARLEY_TOKEN so it stays out of the process list', () => {
    const options = optionsFromArgs(['--host', '0.0.0.0'], {
      PARLEY_TOKEN: 'a-token-of-sixteen-chars',
    });
    expect(options).toMatchObject({ host: '0.0.0.0', token: 'a-token-of-sixteen-chars' });
  });

  it('defaults to ./data and the catalog of this checkout', () => {
    const options = optionsFromArgs([], {});
    expect(options).not.toBe('help');
    if (options !== 'help') {
      expect(options.dataDir).toBe('data');
      expect(options.catalogDir).toMatch(/catalog$/);
    }
  });

  it('rejects malformed numbers and unknown flags', () => {
    expect(() => optionsFromArgs(['--port', 'http'], {})).toThrow(/whole number/);
    expect(() => optionsFromArgs(['--prot', '1'], {})).toThrow();
    expect(optionsFromArgs(['--help'], {})).toBe('help');
  });
});
