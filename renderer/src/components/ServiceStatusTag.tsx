import { SERVICE_STATUS_LABELS, type ServiceStatus } from '../../../shared/youngPeople/serviceStatus';

const COLOUR: Record<ServiceStatus, string> = {
  no_referral: 'grey',
  being_matched: 'blue',
  awaiting_iv: 'yellow',
  matched: 'green',
  closed: 'grey',
};

/** Where a young person stands in the service, as a small coloured tag, in words. */
export function ServiceStatusTag({ status }: { status: ServiceStatus }) {
  return <strong className={`tag tag--${COLOUR[status]}`}>{SERVICE_STATUS_LABELS[status]}</strong>;
}
