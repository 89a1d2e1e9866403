import { describe, expect, it } from 'vitest';
import { financialYearOf, financialYearsBetween, nextFinancialYear, previousFinancialYear } from './financialYear';

describe('financial years', () => {
  it('puts 31 March in the year before and 1 April in the new one', () => {
    expect(financialYearOf('2025-03-31', 4)).toEqual({ from: '2024-04-01', to: '2025-03-31', name: '2024/25' });
    expect(financialYearOf('2025-04-01', 4)).toEqual({ from: '2025-04-01', to: '2026-03-31', name: '2025/26' });
  });

  it('names a January year by its one calendar year', () => {
    expect(financialYearOf('2024-02-29', 1)).toEqual({ from: '2024-01-01', to: '2024-12-31', name: '2024' });
  });

  it('steps back and forward a year', () => {
    const fy = financialYearOf('2024-06-01', 4);
    expect(previousFinancialYear(fy, 4).name).toBe('2023/24');
    expect(nextFinancialYear(fy, 4).name).toBe('2025/26');
  });

  it('lists every year from the first date to the last, ends included', () => {
    expect(financialYearsBetween('2020-09-01', '2023-04-01', 4).map((y) => y.name)).toEqual(['2020/21', '2021/22', '2022/23', '2023/24']);
    expect(financialYearsBetween('2024-05-01', '2024-05-01', 4).map((y) => y.name)).toEqual(['2024/25']);
    expect(financialYearsBetween('2025-05-01', '2024-05-01', 4)).toEqual([]);
  });
});
