import { dateText } from '../../form';
import { SummaryList } from '../../components/SummaryList';
import { ProfileSection, type SectionProps } from './section';
import { ENQUIRY_SOURCE_LABELS } from '../../../../shared/volunteers/record';

/** The first contact: shown here, changed on the details form. */
export function EnquirySection({ volunteer: v, notice }: SectionProps) {
  return (
    <ProfileSection name="enquiry" title="Enquiry" notice={notice}>
      <SummaryList
        rows={[
          ['Date of first enquiry', dateText(v.enquiryDate)],
          ['Where it came from', v.enquirySource && ENQUIRY_SOURCE_LABELS[v.enquirySource]],
          ['Answered', v.enquiryRespondedDate ? dateText(v.enquiryRespondedDate) : 'Not answered yet'],
        ]}
      />
      <p>
        <a href={`#/volunteers/${v.id}/edit`}>
          Change the enquiry<span className="visually-hidden"> details</span> on the details form
        </a>
      </p>
    </ProfileSection>
  );
}
