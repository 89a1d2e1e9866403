import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { ProfileSection } from '../../components/ProfileSection';
import { focusSoon } from '../../components/InlineForm';
import type { SavedNotice } from '../../components/SavedBanner';
import { addDays, todayIso } from '../../../../shared/dates';
import type { CalendarEntry, CareReview, CareReviewCalendar } from '../../../../shared/contract';
import { undoableCreation } from '../../afterDeleting';
import { CareReviewForm } from './CareReviewForm';
import { BASIS_LABELS, updatePath, updateStateText } from './labels';
import { TableScroll } from '../../components/TableScroll';

const firstNameOf = (name: string) => name.split(' ')[0];

/** A review whose date has passed: record the meeting here, in one step. */
function ToRecordEntry({ entry, open, onOpen, onClose, onSaved }: { entry: CalendarEntry; open: boolean; onOpen: () => void; onClose: () => void; onSaved: (review: CareReview, message: string) => void }) {
  const buttonId = `record-${entry.youngPersonId}`;
  return (
    <li className="cr-entry">
      <h3 className="cr-entry__name">
        <a href={`#/young-people/${entry.youngPersonId}`}>{entry.youngPersonName}</a>
      </h3>
      <p className="cr-entry__meta">
        Review on {dateText(entry.reviewDate)} ({BASIS_LABELS[entry.basis].toLowerCase()}){entry.volunteerName ? `; Independent Visitor ${entry.volunteerName}` : ''}. No meeting recorded yet.
      </p>
      {open ? (
        <CareReviewForm
          youngPersonId={entry.youngPersonId}
          firstName={firstNameOf(entry.youngPersonName)}
          date={entry.reviewDate}
          prefix={`review-${entry.youngPersonId}-`}
          level={4}
          onSaved={onSaved}
          onCancel={() => (onClose(), focusSoon(buttonId))}
        />
      ) : (
        <button type="button" className="button button--secondary" id={buttonId} onClick={onOpen}>
          Record the meeting<span className="visually-hidden"> for {entry.youngPersonName}</span>
        </button>
      )}
    </li>
  );
}

/** How many reviews in a week have their update ready or sent, for a closed week's summary line. */
function weekSummary(entries: CalendarEntry[]): string {
  const sent = entries.filter((e) => e.update?.sentDate).length;
  const ready = entries.filter((e) => e.update && !e.update.sentDate).length;
  return `${entries.length} ${entries.length === 1 ? 'review' : 'reviews'}: ${ready} ready, ${sent} sent`;
}

/**
 * A week's reviews; weeks after the next four start closed, so a large scheme's calendar
 * stays short. A closed week's table is drawn only once it is opened.
 */
function WeekTable({ weekStart, entries, open }: { weekStart: string; entries: CalendarEntry[]; open: boolean }) {
  const [opened, setOpened] = useState(open);
  const title = `Week of Monday ${dateText(weekStart)}`;
  return (
    <details className="cr-week" open={open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <h3 className="cr-week__title">{title}</h3> <span className="cr-week__summary">{weekSummary(entries)}</span>
      </summary>
      {opened && (
        <TableScroll label={`Reviews in the week of Monday ${dateText(weekStart)}`}>
          <table className="table cr-week__table">
            <caption className="visually-hidden">Reviews in the week of Monday {dateText(weekStart)}</caption>
            <thead>
              <tr>
                <th scope="col">Young person</th>
                <th scope="col">Review</th>
                <th scope="col">Independent Visitor</th>
                <th scope="col">Update due</th>
                <th scope="col">Update</th>
                <th scope="col">
                  <span className="visually-hidden">Prepare</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.youngPersonId}>
                  <td>
                    <a href={`#/young-people/${e.youngPersonId}`}>{e.youngPersonName}</a>
                  </td>
                  <td>
                    <span className="nowrap">{dateText(e.reviewDate)}</span>
                    <span className="cr-week__basis">{BASIS_LABELS[e.basis]}</span>
                  </td>
                  <td>{e.volunteerName ?? <span className="secondary">No current match</span>}</td>
                  <td className="nowrap">{dateText(e.updateDue)}</td>
                  <td>{updateStateText(e.update)}</td>
                  <td>
                    <a href={updatePath(e.youngPersonId, e.reviewDate)}>
                      Prepare update<span className="visually-hidden"> for {e.youngPersonName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </details>
  );
}

/** Weeks in a row with no reviews, as one line so the page stays short. */
function EmptyWeeks({ from, to }: { from: string; to: string }) {
  return <p className="cr-week cr-week--empty">{from === to ? `Week of Monday ${dateText(from)}: no reviews` : `Weeks of Monday ${dateText(from)} to Monday ${dateText(to)}: no reviews`}</p>;
}

type WeekRun = { kind: 'week'; weekStart: string; entries: CalendarEntry[] } | { kind: 'empty'; from: string; to: string };

function runs(weeks: CareReviewCalendar['weeks']): WeekRun[] {
  const out: WeekRun[] = [];
  for (const w of weeks) {
    const last = out.at(-1);
    if (w.entries.length > 0) out.push({ kind: 'week', ...w });
    else if (last?.kind === 'empty') last.to = w.weekStart;
    else out.push({ kind: 'empty', from: w.weekStart, to: w.weekStart });
  }
  return out;
}

/** The care review calendar: reviews to record, young people whose next review is not known, and the next 3 months week by week. */
export function CareReviewCalendarScreen() {
  const [calendar, setCalendar] = useState<CareReviewCalendar | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [notice, setNotice] = useState<SavedNotice | null>(null);

  const say = (text: ReactNode) => setNotice((shown) => ({ text, n: (shown?.n ?? 0) + 1 }));
  const load = useCallback(() => api.careReviewCalendar({}).then((r) => (r.ok ? setCalendar(r.value) : setFailure(r.error.message))), []);
  useEffect(() => void load(), [load]);

  if (failure) {
    return (
      <>
        <PageHeading>Care reviews</PageHeading>
        <p>{failure}</p>
      </>
    );
  }
  if (!calendar) return <p className="loading">Loading…</p>;
  const total = calendar.weeks.reduce((n, w) => n + w.entries.length, 0);
  const today = todayIso();

  return (
    <>
      <PageHeading>Care reviews</PageHeading>
      <p className="lede">
        Each matched young person’s next care review: the date recorded, or the date expected under reg 33 of the care planning regulations when none is recorded. Prepare your update
        before each review and record the meeting afterwards.
      </p>
      {(calendar.toRecord.length > 0 || notice) && (
        <ProfileSection name="to-record" title="Reviews to record" notice={notice}>
          {calendar.toRecord.length === 0 ? (
            <p className="secondary">No reviews are waiting to be recorded.</p>
          ) : (
            <>
              <p>These review dates have passed and no meeting is recorded. Record who attended and what the professionals said.</p>
              <ul className="cr-entries">
                {calendar.toRecord.map((e) => (
                  <ToRecordEntry
                    key={e.youngPersonId}
                    entry={e}
                    open={open === e.youngPersonId}
                    onOpen={() => setOpen(e.youngPersonId)}
                    onClose={() => setOpen(null)}
                    onSaved={(review, message) => {
                      setOpen(null);
                      say(undoableCreation(message, 'careReview', review.id, { reload: () => api.careReviewCalendar({}), show: (again, text) => (setCalendar(again), say(text)) }));
                      void load();
                    }}
                  />
                ))}
              </ul>
            </>
          )}
        </ProfileSection>
      )}
      {calendar.notKnown.length > 0 && (
        <ProfileSection name="not-known" title="Next review not known" notice={null}>
          <p>These young people are matched, but their next review cannot be worked out. Record the date of their next review, or the date they became looked after.</p>
          <ul className="list--bullet">
            {calendar.notKnown.map((p) => (
              <li key={p.youngPersonId}>
                <a href={`#/young-people/${p.youngPersonId}/edit`}>
                  Record {p.youngPersonName}’s next review date or looked-after date
                </a>
              </li>
            ))}
          </ul>
        </ProfileSection>
      )}
      <ProfileSection name="calendar" title="The next 3 months" notice={null}>
        <p>
          {total === 0 ? 'No reviews' : total === 1 ? '1 review' : `${total} reviews`} from {dateText(calendar.from > today ? calendar.from : today)} to {dateText(calendar.to)}.
        </p>
        {runs(calendar.weeks).map((r) =>
          r.kind === 'week' ? <WeekTable key={r.weekStart} weekStart={r.weekStart} entries={r.entries} open={r.weekStart < addDays(calendar.from, 28)} /> : <EmptyWeeks key={r.from} from={r.from} to={r.to} />,
        )}
      </ProfileSection>
    </>
  );
}
