import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

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
});
