/**
 * A volunteer's supervision record, to print or save as a Word file and keep on file. The
 * young people appear by their initials only: the record is about the volunteer.
 */
import type { Block, DocumentContent } from './blocks';
import type { Supervision } from '../contract/supervisions';
import { ACTION_STATUS_LABELS, SUPERVISION_KIND_LABELS, SUPERVISION_TEXT_FIELDS, YES_NO_UNSURE_LABELS, type YesNoUnsure } from '../supervision/record';
import { formatUkDate } from '../dates';

export interface SupervisionRecordDetails {
  schemeName: string;
  supervision: Supervision;
  /** The matches discussed, as the young people's initials ("K. M."), never their names. */
  matchLabels: string[];
  /** The day it is printed (ISO). */
  printedDate: string;
}

export const SAFEGUARDING_NOT_HERE = 'Safeguarding concerns are recorded in the safeguarding log, not in this record.';

const answer = (value: YesNoUnsure | null) => (value ? YES_NO_UNSURE_LABELS[value] : 'Not asked');

export function supervisionRecordContent(d: SupervisionRecordDetails): DocumentContent {
  const s = d.supervision;
  const textRows = SUPERVISION_TEXT_FIELDS.flatMap(([key, label]) => {
    const text = s[key]?.trim();
    return text ? [{ label, value: text }] : [];
  });
  const actions: Block[] =
    s.actionItems.length > 0
      ? [
          {
            type: 'table',
            caption: 'Actions agreed',
            columns: ['Action', 'Who', 'By when', 'Status'],
            rows: s.actionItems.map((a) => [a.action, a.who ?? '', formatUkDate(a.byWhen), ACTION_STATUS_LABELS[a.status]]),
          },
        ]
      : [{ type: 'paragraph', text: 'No actions agreed.' }];
  const legacy: Block[] = s.actions?.trim()
    ? [
        { type: 'heading', level: 2, text: 'Actions recorded before' },
        { type: 'paragraph', text: s.actions.trim() },
      ]
    : [];
  return {
    title: `Supervision record for ${s.volunteerName}`,
    schemeName: d.schemeName,
    blocks: [
      { type: 'heading', level: 1, text: 'Supervision record' },
      {
        type: 'fields',
        rows: [
          { label: 'Volunteer', value: s.volunteerName },
          { label: 'Date', value: formatUkDate(s.date) },
          { label: 'Kind', value: s.kind ? SUPERVISION_KIND_LABELS[s.kind] : 'Not recorded' },
          { label: 'Matches discussed', value: d.matchLabels.length > 0 ? d.matchLabels.join(', ') : 'None recorded' },
          ...textRows,
          { label: 'Can you identify positive impact?', value: answer(s.positiveImpact) },
          { label: 'Are you enjoying being an IV?', value: answer(s.enjoying) },
          { label: 'Next supervision due', value: s.nextDueDate ? formatUkDate(s.nextDueDate) : 'Not set' },
        ],
      },
      { type: 'paragraph', text: SAFEGUARDING_NOT_HERE },
      { type: 'heading', level: 2, text: 'Actions' },
      ...actions,
      ...legacy,
      { type: 'heading', level: 2, text: 'Sign-off' },
      { type: 'signatures', lines: ['Volunteer', 'Coordinator'] },
      { type: 'fields', rows: [{ label: 'Printed', value: formatUkDate(d.printedDate) }] },
    ],
  };
}
