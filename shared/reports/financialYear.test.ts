import { describe, expect, it } from 'vitest';
import { financialYearNumber, financialYearOf, financialYearStarting, previousFinancialYear } from './financialYear';

describe('financial years', () => {
  it('run from 1 April to 31 March by default, named like 2025/26', () => {
    expect(financialYearStarting(2025, 4)).toEqual({ from: '2025-04-01', to: '2026-03-31', name: '2025/26' });
    expect(financialYearOf('2026-03-31', 4)).toEqual({ from: '2025-04-01', to: '2026-03-31', name: '2025/26' });
    expect(financialYearOf('2026-04-01', 4).name).toBe('2026/27');
  });

  it('follow the scheme’s start month, and a January start is the calendar year', () => {
    expect(financialYearOf('2026-05-10', 1)).toEqual({ from: '2026-01-01', to: '2026-12-31', name: '2026' });
    expect(financialYearNumber('2026-08-31', 9)).toBe(2025);
    expect(financialYearNumber('2026-09-01', 9)).toBe(2026);
  });

  it('step back a year', () => {
    expect(previousFinancialYear(financialYearStarting(2025, 4), 4).name).toBe('2024/25');
  });
});
