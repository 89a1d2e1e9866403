/**
 * The order the import takes a file's lists in. An item's references are checked, and
 * written, against the lists before it, so each list must come after the lists it
 * refers to. A file in the order IV Desk exports goes straight through, holding nothing;
 * a list that comes before one it refers to is held until that list has been taken (or,
 * for a list the file leaves out, until the end of the file).
 */
import { LIST_NAMES, REFERENCES, type ListName } from './format';

/** The lists each list refers to. */
export const REFERS_TO = Object.fromEntries(LIST_NAMES.map((list) => [list, [...new Set(Object.values(REFERENCES[list] ?? {}))]])) as Record<ListName, ListName[]>;

export class ListOrder {
  private readonly taken = new Set<ListName>();
  private readonly started = new Set<ListName>();
  /** Lists held back, each with its items, once the file's list has ended. */
  private readonly held = new Map<ListName, { items: unknown[]; ended: boolean }>();
  private current: { list: ListName; index: number; live: boolean } | null = null;

  constructor(private readonly take: (list: ListName, index: number, raw: unknown) => void) {}

  /** False when the file has already given this list (its second copy is then left out). */
  start(list: ListName): boolean {
    if (this.started.has(list)) {
      this.current = null;
      return false;
    }
    this.started.add(list);
    const live = REFERS_TO[list].every((other) => this.taken.has(other));
    if (!live) this.held.set(list, { items: [], ended: false });
    this.current = { list, index: 0, live };
    return true;
  }

  item(raw: unknown): void {
    const current = this.current;
    if (!current) return;
    if (current.live) this.take(current.list, current.index++, raw);
    else this.held.get(current.list)!.items.push(raw);
  }

  end(): void {
    const current = this.current;
    this.current = null;
    if (!current) return;
    if (current.live) this.taken.add(current.list);
    else this.held.get(current.list)!.ended = true;
    this.release();
  }

  /** At the end of the file: a list it leaves out is empty, so what waited for it is taken now. */
  finish(): void {
    for (const list of LIST_NAMES) if (!this.started.has(list)) this.taken.add(list);
    this.release();
  }

  private release(): void {
    for (let again = true; again; ) {
      again = false;
      for (const [list, { items, ended }] of this.held) {
        if (!ended || !REFERS_TO[list].every((other) => this.taken.has(other))) continue;
        this.held.delete(list);
        items.forEach((raw, index) => this.take(list, index, raw));
        this.taken.add(list);
        again = true;
      }
    }
  }
}
