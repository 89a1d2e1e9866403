import { useEffect, useState } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { Warning } from '../../components/Notice';
import { isErasedVolunteer } from '../../../../shared/retention/rules';
import { daysBetween, todayIso } from '../../../../shared/dates';
import type { SupervisionsView, Volunteer } from '../../../../shared/contract';
import type { RecruitmentSettings } from '../../../../shared/volunteers/settings';
import { ProfileSection, type SectionNotice, type SectionProps } from './section';
import { VolunteerMatches } from '../matches/RelatedMatches';
import { Contents } from './Contents';
import { DetailsSection } from './DetailsSection';
import { EnquirySection } from './EnquirySection';
import { ApplicationSection } from './ApplicationSection';
import { InterviewSection } from './InterviewSection';
import { ReferencesSection } from './ReferencesSection';
import { DbsSection } from './DbsSection';
import { TrainingSection } from './TrainingSection';
import { ApprovalSection } from './ApprovalSection';
import { InactiveSection } from './InactiveSection';
import { CloseSection, closeSectionTitle } from './CloseSection';
import { TimelineSection } from './TimelineSection';
import { SupervisionSection } from './SupervisionSection';
import { HistorySection } from '../../components/HistorySection';
import { DeleteSection } from '../../components/DeleteSection';
import { leaveAfterDeleting } from '../../afterDeleting';
import { DecisionsOnRecord } from '../today/DecisionsOnRecord';

function StageLine({ volunteer }: { volunteer: Volunteer }) {
  const days = volunteer.stageSince ? daysBetween(volunteer.stageSince, todayIso()) : null;
  return (
    <p className="profile-status">
      <span className="visually-hidden">Status: </span>
      <StatusTag status={volunteer.status} />
      {days !== null && (
        <span className="profile-status__days">
          {days === 0 ? 'In this stage since today' : `${days} day${days === 1 ? '' : 's'} in this stage`} (since {dateText(volunteer.stageSince)})
        </span>
      )}
    </p>
  );
}

/** One volunteer: details, each recruitment stage with its small form, and the timeline. */
export function VolunteerProfileScreen({ id }: { id: number }) {
  const [volunteer, setVolunteer] = useState<Volunteer | null>(null);
  const [settings, setSettings] = useState<RecruitmentSettings | null>(null);
  const [supervision, setSupervision] = useState<SupervisionsView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState(takeFlash);
  const [notice, setNotice] = useState<(SectionNotice & { section: string }) | null>(null);

  useEffect(() => {
    Promise.all([api.getVolunteer({ id }), api.getRecruitmentSettings({}), api.supervisionsView({ volunteerId: id })]).then(([v, s, sup]) => {
      if (!v.ok) return setFailure(v.error.message);
      if (!s.ok) return setFailure(s.error.message);
      setVolunteer(v.value);
      setSettings(s.value);
      setSupervision(sup.ok ? sup.value : null);
    });
  }, [id]);

  if (failure) {
    return (
      <>
        <a className="back-link" href="#/volunteers">
          Back to volunteers
        </a>
        <PageHeading>Volunteer not found</PageHeading>
        <p>{failure}</p>
        <p>
          <a href="#/volunteers">Go to the list of volunteers</a>
        </p>
      </>
    );
  }
  if (!volunteer || !settings) return <p className="loading">Loading…</p>;

  const props = (section: string): SectionProps => ({
    volunteer,
    settings,
    notice: notice?.section === section ? notice : null,
    saved: (v, text) => {
      setVolunteer(v);
      setFlash(null);
      setNotice({ section, text, n: (notice?.n ?? 0) + 1 });
    },
  });
  const approved = !!volunteer.approvedDate;
  // Nothing of an erased volunteer is kept to show or fill in: only the matches that stay with the young people's records.
  const erased = isErasedVolunteer(volunteer);
  const sections: [string, string][] = erased
    ? [
        ['matches', 'Matches'],
        ['timeline', 'Timeline'],
        ['history', 'History'],
      ]
    : [
        ['details', 'Details'],
        ['enquiry', 'Enquiry'],
        ['application', 'Application'],
        ['interview', 'Interview'],
        ['references', 'References'],
        ['dbs', 'DBS check'],
        ['training', 'Induction and training'],
        ['approval', 'Approval'],
        ...(approved ? [['matches', 'Matches'] as [string, string]] : []),
        ...(approved && supervision ? [['supervision', 'Supervision'] as [string, string]] : []),
        ...(approved ? [['inactive', 'Inactive periods'] as [string, string]] : []),
        ['close', closeSectionTitle(volunteer)],
        ['timeline', 'Timeline'],
        ['history', 'History'],
      ];

  return (
    <>
      <a className="back-link" href="#/volunteers">
        Back to volunteers
      </a>
      {flash && <FlashBanner flash={flash} />}
      <PageHeading caption="Volunteer">{`${volunteer.firstName} ${volunteer.lastName}`}</PageHeading>
      <StageLine volunteer={volunteer} />
      <DecisionsOnRecord recordKind="volunteer" recordId={volunteer.id} />
      {isErasedVolunteer(volunteer) && (
        <Warning>
          This volunteer’s records were erased when the retention period ended. The matches they had stay, with their visits, as part of the young people’s records; nothing else about
          the volunteer is kept.
        </Warning>
      )}
      <div className="profile">
        <Contents sections={sections} />
        <div className="profile__main">
          {!erased && (
            <>
              <DetailsSection {...props('details')} />
              <EnquirySection {...props('enquiry')} />
              <ApplicationSection {...props('application')} />
              <InterviewSection {...props('interview')} />
              <ReferencesSection {...props('references')} />
              <DbsSection {...props('dbs')} />
              <TrainingSection {...props('training')} />
              <ApprovalSection {...props('approval')} />
            </>
          )}
          {approved && (
            <ProfileSection name="matches" title="Matches" notice={null}>
              <VolunteerMatches volunteerId={volunteer.id} firstName={volunteer.firstName} capacity={volunteer.capacity} approved={approved} erased={erased} />
            </ProfileSection>
          )}
          {!erased && approved && supervision && <SupervisionSection volunteer={volunteer} view={supervision} />}
          {!erased && approved && <InactiveSection {...props('inactive')} />}
          {!erased && <CloseSection {...props('close')} />}
          <TimelineSection {...props('timeline')} />
          <HistorySection
            kind="volunteers"
            id={volunteer.id}
            what={erased ? 'the erased volunteer’s record' : `${volunteer.firstName}'s records (details, references, DBS check, training, inactive periods and supervisions)`}
          />
          {!erased && <DeleteSection kind="volunteer" id={volunteer.id} what="volunteer" onDeleted={(d) => leaveAfterDeleting(d, '/volunteers', `/volunteers/${volunteer.id}`)} />}
        </div>
      </div>
    </>
  );
}
