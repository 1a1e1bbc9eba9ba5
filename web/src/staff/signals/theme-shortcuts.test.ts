import { describe, expect, it } from 'vitest';
import { themeShortcuts } from './theme-shortcuts.ts';

describe('themeShortcuts', () => {
  it('gives every theme its own letter, from its code first', () => {
    const themes = [
      'ROL',
      'OVG',
      'PRV',
      'TIJD',
      'VEI',
      'COM',
      'REL',
      'PAS',
      'GSP',
      'WLB',
      'THB',
      'TAAL',
      'KOS',
      'ONW',
    ].map((code) => ({ code, label: code }));
    const shortcuts = themeShortcuts(themes);
    expect(shortcuts.get('ROL')).toBe('R');
    expect(shortcuts.get('REL')).toBe('E');
    expect(shortcuts.get('TAAL')).toBe('L');
    expect(shortcuts.get('PAS')).toBe('A');
    expect(new Set(shortcuts.values()).size).toBe(14);
  });

  it('falls back to the label and then to any free letter', () => {
    const shortcuts = themeShortcuts([
      { code: 'AA', label: 'A' },
      { code: 'A', label: 'Ab' },
      { code: 'AB', label: 'ab' },
    ]);
    expect([...shortcuts.values()]).toEqual(['A', 'B', 'C']);
  });
});
