import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { PageHeading } from '../components/PageHeading';
import { PrintButtons, PrintLayout } from '../components/PrintLayout';
import { SuccessBanner } from '../components/Notice';
import type { TodayItem } from '../../../shared/today';
import type { TodayGroupId } from '../../../shared/today/groups';
import type { TodayView } from '../../../shared/contract';
import { longDate, plural, formatCount } from './recruitment/format';
import { TodayGroupSection } from './today/TodayGroupSection';
import { DecisionDialog, type DecisionKind } from './today/DecisionDialog';

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

function hiddenWords({ snoozed, dismissed }: TodayView['hidden']): string | null {
  const parts = [snoozed && `${plural(snoozed, 'item is', 'items are')} snoozed`, dismissed && `${plural(dismissed, 'item was', 'items were')} dismissed`].filter(Boolean);
  return parts.length ? `${parts.join(' and ')}; each shows on its record, where a snooze can be cancelled.` : null;
}

/** The landing page: the key counts, then the work queue, a group per kind of work in order of urgency, each item leading straight to where to act. */
export function TodayScreen() {
  const [view, setView] = useState<TodayView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<{ item: TodayItem; kind: DecisionKind } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    const today = await api.today({});
    if (today.ok) setView(today.value);
    else setError(today.error.message);
  }, []);

  useEffect(() => {
    let current = true;
    api.today({}).then((today) => {
      if (!current) return;
      if (today.ok) setView(today.value);
      else setError(today.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (done) document.getElementById('today-done')?.focus();
  }, [done]);

  async function toggle(group: TodayGroupId) {
    if (!view) return;
    const collapse = !view.collapsed.includes(group);
    // Shown at once; core keeps the choice for the next start.
    setView({ ...view, collapsed: collapse ? [...view.collapsed, group] : view.collapsed.filter((g) => g !== group) });
    const result = await api.setTodayGroupCollapsed({ group, collapsed: collapse });
    if (!result.ok) setError(result.error.message);
  }

  const closeDialog = () => {
    const key = deciding?.item.key;
    setDeciding(null);
    if (key) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-item="${CSS.escape(key)}"] button`)?.focus());
  };

  const counts = view?.counts;
  const nothingYet = !!counts && counts.activeMatches + counts.waiting + counts.activeVolunteers + counts.applicants === 0;
  const hidden = view && hiddenWords(view.hidden);

  return (
    <PrintLayout printedDate={view?.date}>
      {done && (
        <div id="today-done" tabIndex={-1} className="board__done">
          <SuccessBanner>{done}</SuccessBanner>
        </div>
      )}
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
      {view && view.groups.length === 0 && (
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
      {view?.groups.map((group) => (
        <TodayGroupSection
          key={group.id}
          group={group}
          today={view.date}
          collapsed={view.collapsed.includes(group.id)}
          onToggle={() => void toggle(group.id)}
          onDecide={(item, kind) => setDeciding({ item, kind })}
        />
      ))}
      {view && (
        <p className="hint today__note">
          {hidden && `${hidden} `}
          {view.dueSoonDays === 0 && 'Only what is overdue is shown: reminders are set to show 0 days ahead. '}
          {view.dueSoonDays > 0 && `Each group also shows what falls due in the next ${plural(view.dueSoonDays, 'day', 'days')}. `}
          <a href="#/settings">Change when reminders appear</a>.
        </p>
      )}
      {view && view.groups.length > 0 && (
        <div className="button-group no-print">
          <PrintButtons printLabel="Print this list" pdfName="Today" secondary />
        </div>
      )}
      {deciding && view && (
        <DecisionDialog
          key={`${deciding.item.key}-${deciding.kind}`}
          item={deciding.item}
          kind={deciding.kind}
          today={view.date}
          onClose={closeDialog}
          onDone={(message) => {
            setDeciding(null);
            void load().then(() => setDone(message));
          }}
        />
      )}
    </PrintLayout>
  );
}
