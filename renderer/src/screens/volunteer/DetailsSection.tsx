import { dateText } from '../../form';
import { SummaryList } from '../../components/SummaryList';
import { ProfileSection, type SectionProps } from './section';
import { ageOn, todayIso } from '../../../../shared/dates';

const list = (items: string[]) => items.join(', ');

/** Personal, contact and matching details, changed on the details form. */
export function DetailsSection({ volunteer: v, notice }: SectionProps) {
  const editHref = `#/volunteers/${v.id}/edit`;
  return (
    <ProfileSection name="details" title="Details" notice={notice}>
      <h3>Personal and contact details</h3>
      <SummaryList
        rows={[
          ['Date of birth', v.dateOfBirth && `${dateText(v.dateOfBirth)} (aged ${ageOn(v.dateOfBirth, todayIso())})`],
          ['Gender', v.gender],
          ['Email address', v.email],
          ['Phone number', v.phone],
          ['Address', v.address],
          ['Postcode', v.postcode],
          ['Area', v.area],
        ]}
      />
      <h3>For matching</h3>
      <SummaryList
        rows={[
          ['Interests', list(v.interests)],
          ['Languages', list(v.languages)],
          ['Availability', v.availability],
          ['Maximum travel', v.maxTravelMiles === null ? null : `${v.maxTravelMiles} mile${v.maxTravelMiles === 1 ? '' : 's'}`],
          ['Preferences', v.preferences && <span className="pre-line">{v.preferences}</span>],
        ]}
      />
      <a className="button button--secondary" href={editHref}>
        Edit details
      </a>
    </ProfileSection>
  );
}
