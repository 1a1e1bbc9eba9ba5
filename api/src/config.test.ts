import { describe, expect, it } from 'vitest';
import { listenHost, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('defaults to port 3000 and ./data on the embedded database', () => {
    const result = parseConfig({});
    expect(result).toMatchObject({ ok: true, config: { PORT: 3000, DATA_DIR: './data', MIN_CELL_SIZE: 10 } });
    expect(result.ok && result.config.DATABASE_URL).toBeUndefined();
  });

  it('names every variable that is wrong', () => {
    const result = parseConfig({ PORT: 'drieduizend', DATABASE_URL: 'mysql://x', DEMO_PASSWORD: 'kort' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('PORT');
    expect(result.message).toContain('DATABASE_URL: must start with postgres://');
    expect(result.message).toContain('DEMO_PASSWORD: must be at least 8 characters');
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' })).toMatchObject({ ok: true });
  });

  // Security finding (info): with HOST unset the demo on a laptop listened on every interface.
  it('listens on loopback only for the embedded database unless HOST says otherwise', () => {
    const config = (env: Record<string, string>) => {
      const result = parseConfig(env);
      if (!result.ok) throw new Error(result.message);
      return result.config;
    };
    expect(listenHost(config({}))).toBe('127.0.0.1');
    expect(listenHost(config({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
    expect(listenHost(config({ DATABASE_URL: 'postgres://db/klankbord' }))).toBeUndefined();
  });
});
