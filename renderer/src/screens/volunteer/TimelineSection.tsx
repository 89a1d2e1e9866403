import { dateText } from '../../form';
import { ProfileSection, type SectionProps } from './section';
import { volunteerTimeline } from '../../../../shared/volunteers/timeline';

/** Everything that happened, oldest first. */
export function TimelineSection({ volunteer, notice }: SectionProps) {
  const events = volunteerTimeline(volunteer);
  return (
    <ProfileSection name="timeline" title="Timeline" notice={notice}>
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={`${e.date}-${i}`} className="timeline__event">
            <time className="timeline__date" dateTime={e.date}>
              {dateText(e.date)}
            </time>
            <span className="timeline__text">{e.text}</span>
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}
