import { STATUS_LABELS, type VolunteerStatus } from '../../../shared/volunteers/stage';

const COLOUR: Record<VolunteerStatus, string> = {
  enquiry: 'blue',
  interview: 'blue',
  references: 'blue',
  dbs: 'blue',
  training: 'blue',
  approval: 'yellow',
  active: 'green',
  inactive: 'grey',
  left: 'grey',
  withdrawn: 'grey',
  rejected: 'red',
};

/** A volunteer's status as a small coloured tag, in words. */
export function StatusTag({ status }: { status: VolunteerStatus }) {
  return (
    <strong className={`tag tag--${COLOUR[status]}`}>{STATUS_LABELS[status]}</strong>
  );
}
