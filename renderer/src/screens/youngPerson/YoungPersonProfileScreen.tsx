import { useEffect, useState, type MouseEvent } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { SummaryList } from '../../components/SummaryList';
import { ServiceStatusTag } from '../../components/ServiceStatusTag';
import { SubjectAccessSection } from '../../components/SubjectAccessSection';
import { HistorySection } from '../../components/HistorySection';
import { ageOn, todayIso } from '../../../../shared/dates';
import { PLACEMENT_LABELS, FAMILY_CONTACT_LABELS, LEGAL_STATUS_LABELS } from '../../../../shared/youngPeople/record';
import { CONSENT_FORM_VERSION } from '../../../../shared/documents/consentForm';
import { Warning } from '../../components/Notice';
import { UPPER_AGE } from '../../../../shared/youngPeople/rules';
import type { YoungPerson } from '../../../../shared/contract';
import { Section, type Notice, type SectionProps } from './parts';
import { ReferralsSection, waitingText } from './ReferralsSection';
import { ConsentSection } from './ConsentSection';
import { YoungPersonMatches } from '../matches/RelatedMatches';
import { CareReviewsSection } from '../careReviews/CareReviewsSection';
import { DeleteSection } from '../../components/DeleteSection';
import { leaveAfterDeleting } from '../../afterDeleting';
import { DecisionsOnRecord } from '../today/DecisionsOnRecord';

const listText = (items: string[]) => (items.length ? items.join(', ') : null);
const longText = (text: string | null) => (text ? <span className="pre-line">{text}</span> : null);

function DetailsSection({ person, notice }: SectionProps) {
  const today = todayIso();
  return (
    <Section name="details" title="Details" notice={notice}>
      <SummaryList
        rows={[
          ['Date of birth', `${dateText(person.dateOfBirth)} (age ${ageOn(person.dateOfBirth, today)})`],
          ['Gender', person.gender],
          ['Type of placement', person.placementType ? PLACEMENT_LABELS[person.placementType] : null],
          ['Placement and carer contact', longText(person.placementContact)],
          ['School or college', person.school],
          ['Area', person.area],
          ['Postcode', person.postcode],
          ['Responsible local authority', person.localAuthority],
          ['Legal status', person.legalStatus ? LEGAL_STATUS_LABELS[person.legalStatus] : null],
          ['Became looked after', dateText(person.lookedAfterDate)],
          ['The council’s case reference', person.caseReference],
          ['Social worker', person.socialWorker],
          ['Independent Reviewing Officer', person.iro],
          ['Next care review', dateText(person.nextReviewDate)],
          ['Family contact', person.familyContact ? FAMILY_CONTACT_LABELS[person.familyContact] : null],
          ['Interests', listText(person.interests)],
          ['Languages', listText(person.languages)],
          ['Wishes about their Independent Visitor', longText(person.preferences)],
          ['Notes', longText(person.notes)],
        ]}
      />
      <a className="button button--secondary" href={`#/young-people/${person.id}/edit`}>
        Edit details<span className="visually-hidden"> of {person.firstName} {person.lastName}</span>
      </a>
    </Section>
  );
}

/** One young person: details, referrals with their outcomes, and the confidentiality agreement. No safeguarding information is shown here. */
export function YoungPersonProfileScreen({ id }: { id: number }) {
  const [person, setPerson] = useState<YoungPerson | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash] = useState(takeFlash);
  const [notice, setNotice] = useState<(Notice & { section: string }) | null>(null);

  useEffect(() => {
    api.getYoungPerson({ id }).then((r) => (r.ok ? setPerson(r.value) : setFailure(r.error.message)));
  }, [id]);

  if (failure) {
    return (
      <>
        <a className="back-link" href="#/young-people">
          Back to young people
        </a>
        <PageHeading>Young person not found</PageHeading>
        <p>{failure}</p>
        <p>
          <a href="#/young-people">Go to the list of young people</a>
        </p>
      </>
    );
  }
  if (!person) return <p className="loading">Loading…</p>;

  const props = (section: string): SectionProps => ({
    person,
    notice: notice?.section === section ? notice : null,
    saved: (p, text) => {
      setPerson(p);
      setNotice({ section, text, n: (notice?.n ?? 0) + 1 });
    },
  });
  const today = todayIso();
  const age = ageOn(person.dateOfBirth, today);
  const latest = person.referrals.at(-1);
  const waiting = latest ? waitingText(latest, today) : null;

  return (
    <>
      <a className="back-link" href="#/young-people">
        Back to young people
      </a>
      {flash && <FlashBanner flash={flash} />}
      <PageHeading caption="Young person">{`${person.firstName} ${person.lastName}`}</PageHeading>
      <p className="profile-status">
        <strong className="profile-status__age">Age {age}</strong>
        <span className="visually-hidden">Status: </span>
        <ServiceStatusTag status={person.status} />
        {waiting && person.status !== 'no_referral' && <span className="profile-status__days">{waiting}</span>}
      </p>
      {latest?.waiting && latest.outcome === 'accepted' && (
        <p className="no-print">
          <a className="button" href={`#/matching/${latest.id}`}>
            Find a match<span className="visually-hidden"> for {person.firstName} {person.lastName}</span>
          </a>
        </p>
      )}
      <DecisionsOnRecord decisions={person.todayDecisions} />
      {age >= UPPER_AGE && <p className="inset-text">{person.firstName} is {age}: Independent Visitors are for young people under {UPPER_AGE}, so no new referral can be made.</p>}
      {person.consentOnOlderForm && (
        <Warning>
          {person.firstName}’s confidentiality agreement was signed on form version {person.consentOnOlderForm}; the current form is version {CONSENT_FORM_VERSION}.{' '}
          <a href="#section-consent" onClick={jump('section-consent-heading')}>
            Record the agreement on the current form
          </a>
        </Warning>
      )}
      <nav className="yp-contents" aria-label="On this page">
        <ul>
          <li>
            <a href="#section-details" onClick={jump('section-details-heading')}>Details</a>
          </li>
          <li>
            <a href="#section-referrals" onClick={jump('section-referrals-heading')}>Referrals</a>
          </li>
          <li>
            <a href="#section-matches" onClick={jump('section-matches-heading')}>Matches</a>
          </li>
          <li>
            <a href="#section-care-reviews" onClick={jump('section-care-reviews-heading')}>Care reviews</a>
          </li>
          <li>
            <a href="#section-consent" onClick={jump('section-consent-heading')}>Confidentiality agreement</a>
          </li>
          <li>
            <a href="#section-subject-access" onClick={jump('section-subject-access-heading')}>Subject access request</a>
          </li>
          <li>
            <a href="#section-history" onClick={jump('section-history-heading')}>History</a>
          </li>
        </ul>
      </nav>
      <div className="yp-profile">
        <DetailsSection {...props('details')} />
        <ReferralsSection {...props('referrals')} />
        <Section name="matches" title="Matches" notice={null}>
          <YoungPersonMatches youngPersonId={person.id} firstName={person.firstName} />
        </Section>
        <CareReviewsSection {...props('care-reviews')} />
        <ConsentSection {...props('consent')} />
        <SubjectAccessSection kind="young_person" id={person.id} firstName={person.firstName} />
        <HistorySection kind="young_people" id={person.id} what={`${person.firstName}'s records (details, referrals, confidentiality agreements, care reviews and updates)`} />
        <DeleteSection kind="youngPerson" id={person.id} what="young person’s record" onDeleted={(d) => leaveAfterDeleting(d, '/young-people', `/young-people/${person.id}`)} />
      </div>
    </>
  );
}

/** In-page links: the route lives in the hash, so move focus and scroll instead of changing it. */
const jump = (headingId: string) => (e: MouseEvent) => {
  e.preventDefault();
  const heading = document.getElementById(headingId);
  heading?.scrollIntoView();
  heading?.focus();
};
