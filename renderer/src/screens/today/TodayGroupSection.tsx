import { dateText } from '../../form';
import { daysBetween } from '../../../../shared/dates';
import { GROUP_PREVIEW, type TodayGroup } from '../../../../shared/today/groups';
import { canDismiss, canSnooze } from '../../../../shared/today/decisions';
import { showingWords } from '../../../../shared/lists/paging';
import type { TodayItem } from '../../../../shared/today';
import { Pager } from '../../components/Pager';
import { plural, formatCount } from '../recruitment/format';
import type { DecisionKind } from './DecisionDialog';
import { useShowAll } from './useShowAll';

/** The app's route for an item: links arrive as '/volunteers/12' and live in the hash. */
const href = (link: string) => (link.startsWith('#') ? link : `#${link.startsWith('/') ? link : `/${link}`}`);

function when(item: TodayItem, today: string): string {
  const days = daysBetween(today, item.dueDate);
  if (days === 0) return 'due today';
  if (days < 0) return `${plural(-days, 'day', 'days')} overdue`;
  return `in ${plural(days, 'day', 'days')}`;
}

interface Props {
  group: TodayGroup;
  today: string;
  collapsed: boolean;
  onToggle: () => void;
  onDecide: (item: TodayItem, kind: DecisionKind) => void;
}

/**
 * One kind of work: a heading that folds the group away (remembered in core), its 10
 * most urgent items, and "Show all" for the rest a page at a time, so even a group of
 * hundreds draws a page.
 */
export function TodayGroupSection({ group, today, collapsed, onToggle, onDecide }: Props) {
  const { all, shown, pages, setPage, toggle, more } = useShowAll(group.items, GROUP_PREVIEW);
  const total = group.items.length;
  const headingId = `today-${group.id}`;
  const bodyId = `today-${group.id}-items`;
  const overdue = group.items.filter((i) => i.urgency === 'overdue').length;
  return (
    <section aria-labelledby={headingId} className="today__group">
      <h2 id={headingId} className="today__group-heading">
        <button type="button" className="today__toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={onToggle}>
          <span className="today__chevron" aria-hidden="true" />
          {group.title} <span className="today__group-count">({formatCount(total)})</span>
        </button>
      </h2>
      <div id={bodyId} hidden={collapsed}>
        <p className="today__group-summary">
          {overdue === total ? `${plural(total, 'item', 'items')}, all overdue.` : `${formatCount(overdue)} overdue, ${formatCount(total - overdue)} coming up.`} The most overdue is at the top.
        </p>
        <div className="table-scroll">
          <table className="table today__table">
            <caption className="visually-hidden">{group.title}</caption>
            <colgroup>
              <col className="today__col-who" />
              <col />
              <col className="today__col-due" />
              <col className="today__col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">What needs doing</th>
                <th scope="col">Due</th>
                <th scope="col">
                  <span className="visually-hidden">Put off</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((item) => (
                <tr key={item.key}>
                  <td className="today__subject">
                    <a href={href(item.link)}>{item.subject}</a>
                  </td>
                  <td>{item.message}</td>
                  <td className="today__due">
                    {dateText(item.dueDate)} <span className={`today__when${item.urgency === 'overdue' ? ' today__when--overdue' : ''}`}>{when(item, today)}</span>
                  </td>
                  <td className="today__actions no-print" data-item={item.key}>
                    {canSnooze(item) && (
                      <button type="button" className="link-button" onClick={() => onDecide(item, 'snooze')}>
                        Snooze<span className="visually-hidden"> {item.subject}: {item.message}</span>
                      </button>
                    )}
                    {canDismiss(item) && (
                      <button type="button" className="link-button" onClick={() => onDecide(item, 'dismiss')}>
                        Dismiss<span className="visually-hidden"> {item.subject}: {item.message}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {all && <p className="count">{showingWords(shown)}</p>}
        {all && <Pager page={shown.page} pages={pages} go={setPage} label={`Pages of ${group.title.toLowerCase()}`} />}
        {more && (
          <button type="button" className="button button--secondary no-print" onClick={toggle}>
            {all ? `Show only the ${GROUP_PREVIEW} most urgent` : `Show all ${formatCount(total)}`}
            <span className="visually-hidden"> {group.title.toLowerCase()}</span>
          </button>
        )}
      </div>
    </section>
  );
}
