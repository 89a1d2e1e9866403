import { describe, expect, it } from 'vitest';
import { sortRows } from './sorting';

const people = [
  { id: 1, last: 'Smith', first: 'Ann', approved: '2024-03-01' },
  { id: 2, last: 'de Souza', first: 'Bea', approved: null },
  { id: 3, last: 'Öztürk', first: 'Cem', approved: '2023-01-09' },
  { id: 4, last: 'Dean', first: 'Dev', approved: '2024-03-01' },
  { id: 5, last: 'Oakley', first: 'Eve', approved: '' },
];
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
const name = (p: (typeof people)[number]) => [p.last, p.first];

describe('sortRows', () => {
  it('sorts names as a British reader expects: case and accents aside, "de Souza" before "Dean"', () => {
    expect(ids(sortRows(people, name, 'asc', (p) => [p.id]))).toEqual([2, 4, 5, 3, 1]);
    expect(ids(sortRows(people, name, 'desc', (p) => [p.id]))).toEqual([1, 3, 5, 4, 2]);
  });

  it('puts empty values last whichever way, and breaks ties the same way both ways', () => {
    const byApproval = (direction: 'asc' | 'desc') => ids(sortRows(people, (p) => [p.approved], direction, name));
    expect(byApproval('asc')).toEqual([3, 4, 1, 2, 5]);
    expect(byApproval('desc')).toEqual([4, 1, 3, 2, 5]);
  });

  it('compares numbers as numbers', () => {
    expect(sortRows([{ n: 10 }, { n: 9 }, { n: 100 }], (r) => [r.n], 'asc', () => []).map((r) => r.n)).toEqual([9, 10, 100]);
  });
});
