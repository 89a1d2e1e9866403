/** Where a young person stands with the service, in words; without zod, so the renderer can use it. */
export type ServiceStatus = 'no_referral' | 'being_matched' | 'awaiting_iv' | 'matched' | 'closed';

export const SERVICE_STATUS_LABELS: Record<ServiceStatus, string> = {
  no_referral: 'No referral',
  being_matched: 'Waiting: being matched',
  awaiting_iv: 'Waiting: awaiting a suitable IV',
  matched: 'Matched',
  closed: 'Not in the service',
};
