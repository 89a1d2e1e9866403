import { describe, expect, it } from 'vitest';
import { assessmentYear, financialYearStarting, NATIONAL_STANDARDS } from './standards';
import { financialYearOf } from '../financialYear';

describe('the self-assessment year', () => {
  it('is the financial year’s first calendar year, whatever month the year starts in', () => {
    expect(financialYearStarting(2025, 4)).toEqual({ from: '2025-04-01', to: '2026-03-31', name: '2025/26' });
    expect(financialYearStarting(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-12-31', name: '2026' });
    expect(assessmentYear(financialYearOf('2026-03-31', 4))).toBe(2025);
    expect(assessmentYear(financialYearOf('2026-09-01', 9))).toBe(2026);
  });
});

describe('the National Standards', () => {
  it('are the fourteen, numbered in order', () => {
    expect(NATIONAL_STANDARDS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(NATIONAL_STANDARDS[13].title).toBe('A clear complaints procedure');
  });
});
