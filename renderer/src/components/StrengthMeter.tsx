import { passphraseStrength } from '../../../shared/passphrase';

const LABELS = { too_short: 'Too short', weak: 'Weak', fair: 'Fair', strong: 'Strong' } as const;

/**
 * The strength of the passphrase as it is typed. While the field shows an error (which
 * already says what is wrong and what to do), the meter gives only its word, so the
 * advice is not said twice.
 */
export function StrengthMeter({ passphrase, fieldError }: { passphrase: string; fieldError: string | undefined }) {
  if (!passphrase) return null;
  const report = passphraseStrength(passphrase);
  const advice = report.strength === 'strong' || fieldError ? '' : report.advice;
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={report.score} aria-label="Passphrase strength" />
      <p className={`strength__text strength__text--${report.strength}`}>
        <strong>{LABELS[report.strength]}.</strong> {advice}
      </p>
    </div>
  );
}
