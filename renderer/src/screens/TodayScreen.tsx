import { useEffect, useState } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { dateText } from '../form';
import { daysBetween } from '../../../shared/dates';
import { isInPipeline } from '../../../shared/volunteers/stage';
import type { TodayItem } from '../../../shared/today';
import type { TodayView } from '../../../shared/contract';
import { longDate, plural, formatCount } from './recruitment/format';

interface Counts {
  recruiting: number;
  active: number;
  inactive: number;
}

/** The app's route for an item: links arrive as '/volunteers/12' and live in the hash. */
const href = (link: string) => (link.startsWith('#') ? link : `#${link.startsWith('/') ? link : `/${link}`}`);

function when(item: TodayItem, today: string): string {
  const days = daysBetween(today, item.dueDate);
  if (days === 0) return 'due today';
  if (days < 0) return `${plural(-days, 'day', 'days')} overdue`;
  return `in ${plural(days, 'day', 'days')}`;
}

function ItemTable({ id, title, items, today }: { id: string; title: string; items: TodayItem[]; today: string }) {
  return (
    <section aria-labelledby={id} className="today__group">
      <h2 id={id}>
        {title} <span className="today__group-count">({formatCount(items.length)})</span>
      </h2>
      <table className="table today__table">
        <caption className="visually-hidden">{title}</caption>
        <colgroup>
          <col className="today__col-who" />
          <col />
          <col className="today__col-due" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">What needs doing</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}|${item.link}|${item.dueDate}|${item.message}`}>
              <td className="today__subject">
                <a href={href(item.link)}>{item.subject}</a>
              </td>
              <td>{item.message}</td>
              <td className="today__due">
                {dateText(item.dueDate)}{' '}
                <span className={`today__when${item.urgency === 'overdue' ? ' today__when--overdue' : ''}`}>{when(item, today)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The landing page: what is overdue or coming up, and a few counts from the records that exist. */
export function TodayScreen() {
  const [view, setView] = useState<TodayView | null>(null);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [aheadDays, setAheadDays] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([api.today({}), api.listVolunteers({}), api.getRecruitmentSettings({})]).then(([today, volunteers, settings]) => {
      if (!current) return;
      if (!today.ok) return setError(today.error.message);
      setView(today.value);
      if (volunteers.ok) {
        const statuses = volunteers.value.map((v) => v.status);
        setCounts({
          recruiting: statuses.filter(isInPipeline).length,
          active: statuses.filter((s) => s === 'active').length,
          inactive: statuses.filter((s) => s === 'inactive').length,
        });
      }
      if (settings.ok) setAheadDays(settings.value.reminders.dueSoonDays);
    });
    return () => {
      current = false;
    };
  }, []);

  const overdue = view?.items.filter((i) => i.urgency === 'overdue') ?? [];
  const comingUp = view?.items.filter((i) => i.urgency === 'due_soon') ?? [];
  const noVolunteers = counts !== null && counts.recruiting + counts.active + counts.inactive === 0;

  return (
    <>
      <PageHeading caption={view ? longDate(view.date) : undefined}>Today</PageHeading>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {counts && (
        <ul className="today__counts" aria-label="Volunteers at a glance">
          <li>
            <a href="#/recruitment" className="today__count">
              <span className="today__count-number">{formatCount(counts.recruiting)}</span>{' '}
              <span className="today__count-label">{counts.recruiting === 1 ? 'applicant in recruitment' : 'applicants in recruitment'}</span>
            </a>
          </li>
          <li>
            <a href="#/volunteers" className="today__count">
              <span className="today__count-number">{formatCount(counts.active)}</span>{' '}
              <span className="today__count-label">{counts.active === 1 ? 'active Independent Visitor' : 'active Independent Visitors'}</span>
            </a>
          </li>
          <li>
            <a href="#/volunteers" className="today__count">
              <span className="today__count-number">{formatCount(counts.inactive)}</span>{' '}
              <span className="today__count-label">{counts.inactive === 1 ? 'Independent Visitor inactive for now' : 'Independent Visitors inactive for now'}</span>
            </a>
          </li>
        </ul>
      )}
      {view && view.items.length === 0 && (
        <div className="today__empty">
          <p>
            <strong>Nothing is due.</strong> Reminders appear here when an enquiry needs an answer, a reference needs chasing, an application is taking a long time, or a DBS check or
            disclosure note falls due.
          </p>
          {noVolunteers && (
            <p>
              To get started, <a href="#/volunteers/new">add a volunteer</a> or <a href="#/settings">import your records</a>.
            </p>
          )}
        </div>
      )}
      {overdue.length > 0 && <ItemTable id="today-overdue" title="Overdue" items={overdue} today={view!.date} />}
      {comingUp.length > 0 && <ItemTable id="today-coming-up" title="Coming up" items={comingUp} today={view!.date} />}
      {view && (
        <p className="hint today__note">
          {aheadDays === 0 && 'Only what is overdue is shown: reminders are set to show 0 days ahead. '}
          {!!aheadDays && `Coming up shows what falls due in the next ${plural(aheadDays, 'day', 'days')}. `}
          <a href="#/settings">Change when reminders appear</a>.
        </p>
      )}
    </>
  );
}
