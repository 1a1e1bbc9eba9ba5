import { describe, expect, it } from 'vitest';
import {
  changeWords,
  differenceWords,
  formatCount,
  formatDecimal,
  formatInterval,
  formatPercent,
  keyMessages,
} from './index.ts';

const share = (p: number) => ({ p, lower: p - 0.05, upper: p + 0.05 });

describe('report wording', () => {
  it('formats numbers the Dutch way, the same on every machine', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(999)).toBe('999');
    expect(formatPercent(0.425)).toBe('43%');
    expect(formatInterval({ p: 0.42, lower: 0.351, upper: 0.5 })).toBe('tussen 35% en 50%');
    // A decimal comma and a real minus sign, as the report's marks and correlations print them.
    expect(formatDecimal(6.84)).toBe('6,8');
    expect(formatDecimal(0.456, 2)).toBe('0,46');
    expect(formatDecimal(-0.456, 2)).toBe('−0,46');
  });

  it('only calls a change a rise or a fall when it is significant', () => {
    expect(changeWords({ difference: 0.08, significant: true }).word).toBe('gestegen');
    expect(changeWords({ difference: -0.08, significant: true }).word).toBe('gedaald');
    expect(changeWords({ difference: 0.08, significant: false }).text).toBe(
      'gelijk gebleven — het verschil is niet significant',
    );
    expect(changeWords(null).word).toBe('niet te vergelijken');
    expect(differenceWords('po', 'vo', { difference: 0.2, significant: false })).toContain('geen verschil');
    expect(differenceWords('po', 'vo', { difference: 0.2, significant: true })).toBe('po hoger dan vo (significant)');
  });

  it('builds three key messages from published figures, each with its number', () => {
    const messages = keyMessages({
      participation: [
        { label: 'ouders', respondents: 1250 },
        { label: 'jongeren', respondents: 80 },
      ],
      topTheme: { label: 'Passend onderwijs', share: share(0.31) },
      changes: [
        {
          label: 'Veiligheid',
          share: share(0.2),
          previousShare: share(0.1),
          comparison: { difference: 0.1, significant: true },
        },
        {
          label: 'Communicatie',
          share: share(0.5),
          previousShare: share(0.2),
          comparison: { difference: 0.3, significant: false },
        },
      ],
      bestIndicator: { title: 'Ik voel me welkom', topBox: share(0.8) },
    });
    expect(messages.map((m) => m.text)).toEqual([
      '1.250 ouders en 80 jongeren vulden de vragenlijst in.',
      'Ouders schrijven het vaakst over passend onderwijs: in 31% van hun verhalen.',
      'Het thema veiligheid is gestegen: van 10% naar 20% van de verhalen.',
    ]);
    expect(messages[0]!.figures).toEqual(['1.250', '80']);
  });

  it('falls back to the best questionnaire item when no theme changed significantly', () => {
    const messages = keyMessages({
      participation: [{ label: 'ouders', respondents: null }],
      topTheme: null,
      changes: [],
      bestIndicator: { title: 'Ik voel me welkom', topBox: share(0.8) },
    });
    expect(messages).toEqual([{ text: '80% van de ouders is het eens met: “Ik voel me welkom”.', figures: ['80%'] }]);
  });
});
