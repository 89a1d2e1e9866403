import type { ReactNode } from 'react';
import { dateText } from '../../form';
import { SummaryList } from '../../components/SummaryList';
import { Warning } from '../../components/Notice';
import { MatchStageTag } from '../../components/MatchStageTag';
import { ProfileSection, sectionId } from './section';
import { heldMatches } from '../matches/RelatedMatches';
import { goToSection } from './Contents';
import { dueText } from '../supervisions/format';
import { STATUS_LABELS, requiredTrainingOutstanding } from '../../../../shared/volunteers/stage';
import { addDays, todayIso } from '../../../../shared/dates';
import { urgencyOf, type Urgency } from '../../../../shared/today';
import type { VolunteerProfile } from '../../../../shared/contract';

/** Marks a date that has passed or is coming up within the scheme's notice. */
function UrgencyTag({ urgency }: { urgency: Urgency | null }) {
  if (!urgency) return null;
  return (
    <>
      {' '}
      <strong className={`tag ${urgency === 'overdue' ? 'tag--red' : 'tag--yellow'}`}>{urgency === 'overdue' ? 'Overdue' : 'Due soon'}</strong>
    </>
  );
}

function DueDate({ date, noticeDays }: { date: string; noticeDays: number }) {
  const today = todayIso();
  const urgency = urgencyOf(date, today, addDays(today, noticeDays));
  return (
    <>
      {urgency === 'overdue' ? `Overdue since ${dateText(date)}` : `Due ${dateText(date)}`}
      <UrgencyTag urgency={urgency} />
    </>
  );
}

function CurrentMatches({ matches }: { matches: VolunteerProfile['matches'] }) {
  if (matches.length === 0) return <>None</>;
  return (
    <ul className="now__matches">
      {matches.map((m) => (
        <li key={m.id}>
          <a href={`#/matches/${m.id}`}>{m.youngPersonName}</a> <MatchStageTag stage={m.stage} />{' '}
          <span className="secondary">
            {m.stage === 'proposed' ? `proposed ${dateText(m.proposedDate)}` : m.lastVisitDate ? `last visit ${dateText(m.lastVisitDate)}` : 'no visit recorded yet'}
          </span>
        </li>
      ))}
    </ul>
  );
}

function statusWords({ volunteer: v }: VolunteerProfile): string {
  const today = todayIso();
  const label = STATUS_LABELS[v.status];
  if (v.status === 'inactive') {
    const period = v.inactivePeriods.find((p) => p.from <= today && (!p.to || p.to > today));
    return `${label} since ${dateText(period?.from)}${period?.expectedReturn ? `, expected back ${dateText(period.expectedReturn)}` : ''}`;
  }
  if (v.status === 'left') return `${label} on ${dateText(v.leftDate)}${v.leftReason ? `: ${v.leftReason}` : ''}`;
  if (v.status === 'withdrawn') return `${label} on ${dateText(v.withdrawnDate)}${v.withdrawnReason ? `: ${v.withdrawnReason}` : ''}`;
  if (v.status === 'rejected') return `${label} on ${dateText(v.rejectedDate)}${v.rejectedReason ? `: ${v.rejectedReason}` : ''}`;
  return v.approvedDate ? `${label} (approved on ${dateText(v.approvedDate)})` : label;
}

/** The DBS re-check and the Update Service status check: one of them applies, by whether the volunteer is on the Update Service. */
function dbsRows({ volunteer: v, settings }: VolunteerProfile): [string, ReactNode][] {
  const due = v.dbsCheckDue;
  if (!due) return [['DBS check', v.dbs?.issueDate ? 'Not due while not active' : 'No certificate recorded']];
  const notice = settings.reminders.dueSoonDays;
  return due.kind === 'recheck'
    ? [
        ['DBS re-check', <DueDate key="dbs" date={due.date} noticeDays={notice} />],
        ['Update Service status check', 'Not on the Update Service'],
      ]
    : [
        ['DBS re-check', 'Not needed while on the Update Service'],
        ['Update Service status check', <DueDate key="us" date={due.date} noticeDays={notice} />],
      ];
}

/** What matters about the volunteer today, before the record's detail. */
export function NowSection({ profile }: { profile: VolunteerProfile }) {
  const { volunteer: v, settings, supervision } = profile;
  const approved = v.status === 'active' || v.status === 'inactive';
  const current = heldMatches(profile.matches);
  const training = approved ? requiredTrainingOutstanding(v, settings) : [];
  const link = (name: string, text: string) => (
    <a
      href={`#${sectionId(name)}`}
      onClick={(e) => {
        e.preventDefault();
        goToSection(name);
      }}
    >
      {text}
    </a>
  );
  const rows: [string, ReactNode][] = [['Status', statusWords(profile)]];
  if (approved) {
    rows.push(
      ['Current matches', <CurrentMatches key="matches" matches={current} />],
      ['Capacity', `${current.length} of ${v.capacity} ${v.capacity === 1 ? 'match' : 'matches'} in use${current.length >= v.capacity ? ': at capacity' : ''}`],
      [
        'Next supervision',
        <>
          {dueText(supervision.due[0])}
          <UrgencyTag urgency={supervision.due[0]?.urgency ?? null} />
        </>,
      ],
      ...dbsRows(profile),
    );
  } else if (!v.approvedDate && v.missingForApproval.length && !v.withdrawnDate && !v.rejectedDate) {
    rows.push([
      'Still needed for approval',
      <ul key="missing" className="list list--bullet">
        {v.missingForApproval.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>,
    ]);
  }
  return (
    <ProfileSection name="now" title="Now" notice={null}>
      {training.length > 0 && (
        <Warning>
          {v.firstName} is approved but has not completed the required training: {training.join(', ')}. {link('training', 'Record the training')}
        </Warning>
      )}
      <SummaryList rows={rows} />
    </ProfileSection>
  );
}
