import { useCallback, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { Warning } from '../../components/Notice';
import { SummaryList } from '../../components/SummaryList';
import { MatchStageTag } from '../../components/MatchStageTag';
import { daysBetween, todayIso } from '../../../../shared/dates';
import { END_REASON_LABELS } from '../../../../shared/matching/record';
import type { Match, MatchSummary } from '../../../../shared/contract';
import type { Notice, SectionProps } from './parts';
import { VisitsSection } from './VisitsSection';
import { FeedbackSection } from './FeedbackSection';
import { ContactsSection } from './ContactsSection';
import { EndingSection, IntroductionSection } from './EndingSection';
import { HistorySection } from '../../components/HistorySection';
import { money } from './format';
import { DeleteSection } from '../../components/DeleteSection';
import { leaveAfterDeleting } from '../../afterDeleting';
import { DecisionsOnRecord } from '../today/DecisionsOnRecord';

/** In-page links: the route lives in the hash, so move focus and scroll instead of changing it. */
const jump = (headingId: string) => (e: MouseEvent) => {
  e.preventDefault();
  const heading = document.getElementById(headingId);
  heading?.scrollIntoView();
  heading?.focus();
};

function stageLine(m: Match, today: string): string {
  if (m.endDate) return `Ended ${dateText(m.endDate)}${m.endReason ? `: ${END_REASON_LABELS[m.endReason]}` : ''}`;
  if (!m.startDate) {
    const days = daysBetween(m.proposedDate, today);
    return `Proposed ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}; waiting for the introduction meeting`;
  }
  const days = daysBetween(m.startDate, today);
  const months = Math.floor(days / 30.44);
  return days === 0 ? 'Started today' : `Matched for ${months >= 1 ? `${months} month${months === 1 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`} (since ${dateText(m.startDate)})`;
}

/** One match: who, where it stands, the introduction, visits with costs, feedback, and the ending. */
export function MatchScreen({ id }: { id: number }) {
  const [match, setMatch] = useState<Match | null>(null);
  const [ratePence, setRatePence] = useState<number | null>(null);
  const [later, setLater] = useState<MatchSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState(takeFlash);
  const [notice, setNotice] = useState<(Notice & { section: string }) | null>(null);

  /** A later match for the same referral, so an ended match can point to it. */
  const findLater = useCallback(async (m: Match) => {
    if (!m.endDate) return setLater(null);
    const r = await api.listMatches({ youngPersonId: m.youngPersonId });
    setLater(r.ok ? (r.value.find((x) => x.referralId === m.referralId && x.id !== m.id && x.proposedDate >= m.proposedDate && x.id > m.id) ?? null) : null);
  }, []);

  useEffect(() => {
    Promise.all([api.getMatch({ id }), api.getScheme({})]).then(([m, s]) => {
      if (!m.ok) return setFailure(m.error.message);
      setMatch(m.value);
      setRatePence(s.ok ? s.value.mileageRatePence : 45);
      void findLater(m.value);
    });
  }, [id, findLater]);

  if (failure) {
    return (
      <>
        <a className="back-link" href="#/matches">
          Back to matches
        </a>
        <PageHeading>Match not found</PageHeading>
        <p>{failure}</p>
        <p>
          <a href="#/matches">Go to the list of matches</a>
        </p>
      </>
    );
  }
  if (!match || ratePence === null) return <p className="loading">Loading…</p>;

  const today = todayIso();
  /** `showIn`: where the message appears after the save, when the section saved from goes away (the introduction form). */
  const props = (section: string, showIn = section): SectionProps => ({
    match,
    notice: notice?.section === section ? notice : null,
    saved: (m, text: ReactNode) => {
      setMatch(m);
      setFlash(null);
      setNotice({ section: showIn, text, n: (notice?.n ?? 0) + 1 });
      void findLater(m);
    },
  });
  const firstName = match.youngPersonName.split(' ')[0];
  const started = !!match.startDate;
  const sections: [string, string][] = [
    ...(!started && !match.endDate ? [['introduction', 'Introduction meeting'] as [string, string]] : []),
    ...(started ? [['visits', 'Visits'] as [string, string], ['contacts', 'Contacts between visits'] as [string, string], ['feedback', 'One-year feedback'] as [string, string]] : []),
    ['ending', match.endDate ? 'How it ended' : started ? 'Ending the match' : 'If the proposal is not taken up'],
    ['history', 'History'],
  ];
  const visitTotal = match.visits.reduce((n, v) => n + (v.activityCostPence ?? 0) + (v.transportCostPence ?? 0), 0);

  return (
    <>
      <a className="back-link" href="#/matches">
        Back to matches
      </a>
      {flash && <FlashBanner flash={flash} />}
      <PageHeading caption="Match">{`${match.youngPersonName} and ${match.volunteerName}`}</PageHeading>
      <p className="profile-status">
        <span className="visually-hidden">Stage: </span>
        <MatchStageTag stage={match.stage} />
        <span className="profile-status__days">{stageLine(match, today)}</span>
      </p>
      <DecisionsOnRecord decisions={match.todayDecisions} />
      {!match.consentInForce && !match.endDate && (
        <div className="match-consent">
          <Warning>
            No signed confidentiality agreement is in force for {firstName}.{' '}
            <a href={`#/young-people/${match.youngPersonId}`}>Record it on {firstName}’s record</a>: it should be signed at the start of the match.
          </Warning>
        </div>
      )}
      <SummaryList
        rows={[
          ['Young person', <a href={`#/young-people/${match.youngPersonId}`}>{match.youngPersonName}</a>],
          ['Independent Visitor', <a href={`#/volunteers/${match.volunteerId}`}>{match.volunteerName}</a>],
          ['Proposed', dateText(match.proposedDate)],
          ['Introduction meeting', started ? dateText(match.startDate) : 'Not yet'],
          ...(match.endDate ? ([['Ended', dateText(match.endDate)]] as [string, string][]) : []),
          ['Last visit', match.lastVisitDate ? dateText(match.lastVisitDate) : started ? 'None yet' : null],
          ...(started ? ([['Costs so far', `${money(visitTotal)} over ${match.visits.length} ${match.visits.length === 1 ? 'visit' : 'visits'}`]] as [string, string][]) : []),
          ['Confidentiality agreement', match.consentInForce ? 'Signed and in force' : <strong className="tag tag--red">None in force</strong>],
        ]}
      />
      <nav className="yp-contents" aria-label="On this page">
        <ul>
          {sections.map(([name, title]) => (
            <li key={name}>
              <a href={`#section-${name}`} onClick={jump(`section-${name}-heading`)}>
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="match-page">
        {!started && !match.endDate && <IntroductionSection {...props('introduction', 'visits')} />}
        {started && <VisitsSection {...props('visits')} ratePence={ratePence} />}
        {started && <ContactsSection {...props('contacts')} />}
        {started && <FeedbackSection {...props('feedback')} />}
        <EndingSection {...props('ending')} later={later} />
        <HistorySection kind="matches" id={match.id} what="this match, its visits, contacts and feedback" />
        <DeleteSection kind="match" id={match.id} what="match" onDeleted={(d) => leaveAfterDeleting(d, '/matches', `/matches/${match.id}`)} />
      </div>
    </>
  );
}
