import { useEffect, useState, type ComponentType } from 'react';
import { api } from '../../api';
import { dateText } from '../../form';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { StatusTag } from '../../components/StatusTag';
import { Warning } from '../../components/Notice';
import { isErasedVolunteer } from '../../../../shared/retention/rules';
import { daysBetween, todayIso } from '../../../../shared/dates';
import type { Volunteer, VolunteerProfile } from '../../../../shared/contract';
import { isInPipeline, type PipelineStage } from '../../../../shared/volunteers/stage';
import { ProfileSection, type SectionNotice, type SectionProps } from './section';
import { VolunteerMatches } from '../matches/RelatedMatches';
import { Contents } from './Contents';
import { NowSection } from './NowSection';
import { RecruitmentFold } from './RecruitmentFold';
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

/** The recruitment stages in the order they run, each with its section. */
const STAGE_SECTIONS: [string, string, ComponentType<SectionProps>][] = [
  ['enquiry', 'Enquiry', EnquirySection],
  ['application', 'Application', ApplicationSection],
  ['interview', 'Interview', InterviewSection],
  ['references', 'References', ReferencesSection],
  ['dbs', 'DBS check', DbsSection],
  ['training', 'Induction and training', TrainingSection],
  ['approval', 'Approval', ApprovalSection],
];

/** The section where the stage's work is recorded: an enquiry waits for its application. */
const CURRENT_SECTION: Record<PipelineStage, string> = { enquiry: 'application', interview: 'interview', references: 'references', dbs: 'dbs', training: 'training', approval: 'approval' };

/**
 * One volunteer, leading with now: their status and what is due, then the current
 * recruitment stage (before approval) or their matches and supervision (after), with the
 * other stages folded away.
 */
export function VolunteerProfileScreen({ id }: { id: number }) {
  const [profile, setProfile] = useState<VolunteerProfile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [flash, setFlash] = useState(takeFlash);
  const [notice, setNotice] = useState<(SectionNotice & { section: string }) | null>(null);

  useEffect(() => {
    api.volunteerProfile({ id }).then((r) => (r.ok ? setProfile(r.value) : setFailure(r.error.message)));
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
  if (!profile) return <p className="loading">Loading…</p>;

  const { volunteer, settings } = profile;
  const setVolunteer = (v: Volunteer) => setProfile({ ...profile, volunteer: v });
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
  const current = isInPipeline(volunteer.status) ? CURRENT_SECTION[volunteer.status] : null;
  const currentStage = STAGE_SECTIONS.find(([name]) => name === current);
  const folded = STAGE_SECTIONS.filter(([name]) => name !== current);
  const foldTitle = current ? 'Other recruitment stages' : 'Recruitment history';
  const renderStage = ([name, , Section]: (typeof STAGE_SECTIONS)[number]) => <Section key={name} {...props(name)} />;
  const matchesSection = approved && (
    <ProfileSection name="matches" title="Matches" notice={null}>
      <VolunteerMatches
        volunteerId={volunteer.id}
        firstName={volunteer.firstName}
        matches={profile.matches}
        capacity={volunteer.capacity}
        onCapacitySaved={(capacity) => setVolunteer({ ...volunteer, capacity })}
        approved={approved}
        erased={erased}
      />
    </ProfileSection>
  );
  const sections: [string, string][] = erased
    ? [
        ['matches', 'Matches'],
        ['timeline', 'Timeline'],
        ['history', 'History'],
      ]
    : [
        ['now', 'Now'],
        ...(currentStage ? [[currentStage[0], currentStage[1]] as [string, string]] : []),
        ...(approved ? [['matches', 'Matches'] as [string, string], ['supervision', 'Supervision'] as [string, string]] : []),
        ['details', 'Details'],
        ...(approved ? [['inactive', 'Inactive periods'] as [string, string]] : []),
        ['recruitment', foldTitle],
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
      <DecisionsOnRecord decisions={profile.todayDecisions} />
      {erased && (
        <Warning>
          This volunteer’s records were erased when the retention period ended. The matches they had stay, with their visits, as part of the young people’s records; nothing else about
          the volunteer is kept.
        </Warning>
      )}
      <div className="profile">
        <Contents sections={sections} />
        <div className="profile__main">
          {erased ? (
            matchesSection
          ) : (
            <>
              <NowSection profile={profile} />
              {currentStage && renderStage(currentStage)}
              {matchesSection}
              {approved && <SupervisionSection volunteer={volunteer} view={profile.supervision} />}
              <DetailsSection {...props('details')} />
              {approved && <InactiveSection {...props('inactive')} />}
              <RecruitmentFold
                title={foldTitle}
                hint={approved ? `From the enquiry on ${dateText(volunteer.enquiryDate)} to approval on ${dateText(volunteer.approvedDate)}` : folded.map(([, title]) => title).join(', ')}
                open={folded.some(([name]) => name === notice?.section)}
              >
                {folded.map(renderStage)}
              </RecruitmentFold>
              <CloseSection {...props('close')} />
            </>
          )}
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
