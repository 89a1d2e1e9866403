import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import type { SavedNotice } from '../../components/SavedBanner';
import { ProfileSection } from '../../components/ProfileSection';
import { errorsFrom, type Errors } from '../../form';
import { NARRATIVE_MAX, RATING_LABELS, RATINGS, type Rating } from '../../../../shared/reports/standards';
import type { StandardAssessmentView } from '../../../../shared/contract/reports';
import { EvidenceView } from './EvidenceView';

const NOT_RATED = 'not_rated';
const RATING_OPTIONS: [string, string][] = [...RATINGS.map((r): [string, string] => [r, RATING_LABELS[r]]), [NOT_RATED, 'Not rated yet']];
const TOO_LONG = `Keep your words to ${NARRATIVE_MAX.toLocaleString('en-GB')} characters or fewer`;

/** One standard: what it asks, what the records say, and the coordinator's rating and words, saved on their own. */
export function StandardForm({ year, standard }: { year: number; standard: StandardAssessmentView }) {
  const prefix = `standard-${standard.number}-`;
  const [rating, setRating] = useState<string>(standard.rating ?? NOT_RATED);
  const [narrative, setNarrative] = useState(standard.narrative);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<SavedNotice | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (narrative.length > NARRATIVE_MAX) return setErrors({ narrative: TOO_LONG });
    setBusy(true);
    const r = await api.saveStandardAssessment({ year, standard: standard.number, rating: rating === NOT_RATED ? null : (rating as Rating), narrative });
    setBusy(false);
    if (!r.ok) return setErrors(errorsFrom(r.error));
    setErrors({});
    setNarrative(r.value.narrative);
    setSaved((n) => ({ text: `Standard ${standard.number} saved${r.value.rating ? `: ${RATING_LABELS[r.value.rating].toLowerCase()}` : ', not rated yet'}.`, n: (n?.n ?? 0) + 1 }));
  }

  return (
    <ProfileSection name={`standard-${standard.number}`} title={`Standard ${standard.number}: ${standard.title}`} notice={saved}>
      <p className="secondary">{standard.statement}</p>
      {standard.evidence ? <EvidenceView evidence={standard.evidence} number={standard.number} /> : <p>The records give no figures for this standard: your words are its evidence.</p>}
      <form className="section-form" onSubmit={save} noValidate>
        <FormErrorSummary errors={errors} fields={['rating', 'narrative']} prefix={prefix} />
        <Radios name={`${prefix}rating`} legend={`How well is standard ${standard.number} met?`} value={rating} error={errors.rating} onChange={setRating} options={RATING_OPTIONS} inline />
        <TextAreaField
          name={`${prefix}narrative`}
          label="Your words"
          hint={`What the scheme does to meet this standard, and what shows it. Up to ${NARRATIVE_MAX.toLocaleString('en-GB')} characters.`}
          value={narrative}
          error={errors.narrative}
          onChange={setNarrative}
          rows={5}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : `Save standard ${standard.number}`}
        </button>
      </form>
    </ProfileSection>
  );
}
