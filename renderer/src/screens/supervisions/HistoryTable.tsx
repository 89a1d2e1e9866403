import type { ReactNode } from 'react';
import { dateText } from '../../form';
import { YES_NO_UNSURE_LABELS, type YesNoUnsure } from '../../../../shared/supervision/record';
import type { SupervisionSummary } from '../../../../shared/contract';
import { kindText } from './format';
import { TableScroll } from '../../components/TableScroll';

const answer = (v: YesNoUnsure | null) => (v ? YES_NO_UNSURE_LABELS[v] : <span className="secondary">Not asked</span>);

/** The Supervisions tables' frame: scrolling on narrow windows, a caption for screen readers, column headings in `head`. */
export function SupervisionTable({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <TableScroll label={caption}>
      <table className="table supervision-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** Supervision records, newest first, each date opening the record. */
export function HistoryTable({ rows, caption, showVolunteer }: { rows: SupervisionSummary[]; caption: string; showVolunteer: boolean }) {
  return (
    <SupervisionTable
      caption={caption}
      head={
        <>
          <th scope="col">Date</th>
          {showVolunteer && <th scope="col">Volunteer</th>}
          <th scope="col">Kind</th>
          <th scope="col">Positive impact</th>
          <th scope="col">Enjoying it</th>
          <th scope="col" className="num">
            Open actions
          </th>
          <th scope="col">Next due</th>
        </>
      }
    >
      {rows.map((s) => (
        <tr key={s.id}>
          <td className="nowrap">
            <a href={`#/supervisions/${s.id}`}>
              {dateText(s.date)}
              <span className="visually-hidden">: the supervision record{showVolunteer ? ` for ${s.volunteerName}` : ''}</span>
            </a>
          </td>
          {showVolunteer && <td>{s.volunteerName}</td>}
          <td>{kindText(s)}</td>
          <td>{answer(s.positiveImpact)}</td>
          <td>{answer(s.enjoying)}</td>
          <td className="num">{s.openActions}</td>
          <td className="nowrap">{s.nextDueDate ? dateText(s.nextDueDate) : <span className="secondary">Not set</span>}</td>
        </tr>
      ))}
    </SupervisionTable>
  );
}
