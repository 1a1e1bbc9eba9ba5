import { auditActions } from '@klankbord/api/audit-actions';
import { describe, expect, it } from 'vitest';
import { auditSentence, auditSentences } from './audit-sentences.ts';

const english = /\b(the|you|your|account created|user|disabled|enabled|export requested|failed|changed)\b/i;
const details = {
  targetUserId: 12,
  role: 'researcher',
  attempts: 3,
  kind: 'swv',
  via: 'web',
  minGroupSize: 10,
  languages: ['nl', 'en'],
  retentionYears: 5,
  duoNumber: '41AB',
  fields: ['name', 'pupils'],
  added: 3,
  updated: 1,
  missing: 0,
  responses: 4,
  stories: 2,
  version: '2026.2',
  previous: '2026.1',
  themes: 12,
  code: 'VEI',
  clusterSize: 8,
  storyId: 7,
  decision: 'redact',
  theme: 'VEI',
  year: 2026,
  actionId: 3,
  status: { from: 'gepland', to: 'bezig' },
  waveId: 2,
  count: 30,
  format: 'html',
  exportId: 9,
  k: 5,
  quasiIdentifiers: ['school', 'rol'],
  rowCounts: { responses: 282, stories: 40, codings: 90 },
  retentionDays: 7,
  operator: 'beheer',
};

describe('the logbook’s sentences', () => {
  it('has a Dutch sentence for every action the api writes to the audit log', () => {
    expect(auditActions.filter((action) => !(action in auditSentences))).toEqual([]);
    for (const action of auditActions) {
      const sentence = auditSentence(action, details, (id) => `gebruiker${String(id)}@school.nl`);
      expect(sentence, action).toMatch(/^[A-Z0-9].*\.$/);
      expect(sentence, action).not.toMatch(english);
      expect(sentence, action).not.toMatch(/undefined|\[object|\{/);
    }
  });

  it('names the account and what happened to it, instead of user.disabled and raw JSON', () => {
    expect(auditSentence('user.disabled', { targetUserId: 12 }, () => 'jan@school.nl')).toBe(
      'Account jan@school.nl uitgezet.',
    );
    expect(
      auditSentence(
        'export.completed',
        { exportId: 4, rowCounts: { responses: 1282, stories: 1, codings: 0 } },
        String,
      ),
    ).toBe('Export 4 klaar (1.282 antwoordenlijsten, 1 verhaal, 0 coderingen).');
  });
});
