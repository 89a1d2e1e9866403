import { describe, expect, it } from 'vitest';
import { ListOrder, REFERS_TO } from './listOrder';
import type { ListName } from './format';

/** Feeds lists as a file would give them; returns what was taken, in the order taken. */
function taken(file: [ListName, unknown[]][], end = true): string[] {
  const out: string[] = [];
  const order = new ListOrder((list, index, raw) => out.push(`${list}[${index}]=${String(raw)}`));
  for (const [list, items] of file) {
    if (!order.start(list)) out.push(`${list} twice`);
    items.forEach((item) => order.item(item));
    order.end();
  }
  if (end) order.finish();
  return out;
}

describe('ListOrder', () => {
  it('knows what each list refers to, from the format', () => {
    expect(REFERS_TO.matches.sort()).toEqual(['referrals', 'volunteers']);
    expect(REFERS_TO.supervisions.sort()).toEqual(['matches', 'volunteers']);
    expect(REFERS_TO.volunteers).toEqual([]);
  });

  it('passes a file in the order IV Desk exports straight through, as it comes', () => {
    const out: string[] = [];
    const order = new ListOrder((list, index) => out.push(`${list}[${index}]`));
    for (const list of ['volunteers', 'youngPeople', 'referrals', 'matches'] as ListName[]) {
      order.start(list);
      order.item('a');
      // Taken at once, before the list has even ended.
      expect(out.at(-1)).toBe(`${list}[0]`);
      order.end();
    }
  });

  it('holds back a list that comes before one it refers to, and takes it once that one has been taken', () => {
    expect(
      taken(
        [
          ['matches', ['m1', 'm2']],
          ['visits', ['v1']],
          ['volunteers', ['vol']],
          ['youngPeople', ['y']],
          ['referrals', ['r']],
        ],
        false,
      ),
    ).toEqual(['volunteers[0]=vol', 'youngPeople[0]=y', 'referrals[0]=r', 'matches[0]=m1', 'matches[1]=m2', 'visits[0]=v1']);
  });

  it('takes a list waiting for one the file leaves out at the end of the file', () => {
    expect(taken([['supervisions', ['s']], ['volunteers', ['v']]], false)).toEqual(['volunteers[0]=v']);
    expect(taken([['supervisions', ['s']], ['volunteers', ['v']]])).toEqual(['volunteers[0]=v', 'supervisions[0]=s']);
  });

  it('says when the file gives a list twice, and leaves the second out', () => {
    expect(taken([['volunteers', ['a']], ['volunteers', ['b']]])).toEqual(['volunteers[0]=a', 'volunteers twice']);
  });
});
