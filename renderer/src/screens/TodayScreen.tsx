import { useEffect, useState } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { PrintButtons, PrintLayout } from '../components/PrintLayout';
import { dateText } from '../form';
import { daysBetween } from '../../../shared/dates';
import type { TodayItem } from '../../../shared/today';
import type { TodayView } from '../../../shared/contract';
import { longDate, plural, formatCount } from './recruitment/format';

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

/** One figure at a glance, leading to the list behind it. Its words never repeat a navigation link's name. */
function Count({ n, one, many, href }: { n: number; one: string; many: string; href: string }) {
  return (
    <li>
      <a href={href} className="today__count">
        <span className="today__count-number">{formatCount(n)}</span> <span className="today__count-label">{n === 1 ? one : many}</span>
      </a>
    </li>
  );
}

/** The landing page: the key counts, then what is overdue or coming up, each leading straight to where to act. */
export function TodayScreen() {
  const [view, setView] = useState<TodayView | null>(null);
  const [aheadDays, setAheadDays] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([api.today({}), api.getRecruitmentSettings({})]).then(([today, settings]) => {
      if (!current) return;
      if (!today.ok) return setError(today.error.message);
      setView(today.value);
      if (settings.ok) setAheadDays(settings.value.reminders.dueSoonDays);
    });
    return () => {
      current = false;
    };
  }, []);

  const overdue = view?.items.filter((i) => i.urgency === 'overdue') ?? [];
  const comingUp = view?.items.filter((i) => i.urgency === 'due_soon') ?? [];
  const counts = view?.counts;
  const nothingYet = !!counts && counts.activeMatches + counts.waiting + counts.activeVolunteers + counts.applicants === 0;

  return (
    <PrintLayout printedDate={view?.date}>
      <PageHeading caption={view ? longDate(view.date) : undefined}>Today</PageHeading>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {counts && (
        <ul className="today__counts" aria-label="At a glance">
          <Count n={counts.activeMatches} one="child in an active match" many="children in an active match" href="#/matches" />
          <Count n={counts.waiting} one="waiting for an Independent Visitor" many="waiting for an Independent Visitor" href="#/waiting" />
          <Count n={counts.activeVolunteers} one="active Independent Visitor" many="active Independent Visitors" href="#/volunteers" />
          <Count n={counts.applicants} one="applicant in the pipeline" many="applicants in the pipeline" href="#/recruitment" />
        </ul>
      )}
      {view && view.items.length === 0 && (
        <div className="today__empty">
          <p>
            <strong>Nothing is due.</strong> Reminders appear here when a visit is overdue, a young person has waited a long time, a feedback visit or care review is coming up, an
            enquiry needs an answer, a reference needs chasing, or a DBS check falls due.
          </p>
          {nothingYet && (
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
      {view && view.items.length > 0 && (
        <div className="button-group no-print">
          <PrintButtons printLabel="Print this list" pdfName="Today" secondary />
        </div>
      )}
    </PrintLayout>
  );
}
