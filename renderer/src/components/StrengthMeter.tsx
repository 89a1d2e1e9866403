import { passphraseStrength } from '../../../shared/passphrase';

const LABELS = { too_short: 'Too short', weak: 'Weak', fair: 'Fair', strong: 'Strong' } as const;

export function StrengthMeter({ passphrase }: { passphrase: string }) {
  if (!passphrase) return null;
  const report = passphraseStrength(passphrase);
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={report.score} aria-label="Passphrase strength" />
      <p className={`strength__text strength__text--${report.strength}`}>
        <strong>{LABELS[report.strength]}.</strong> {report.strength === 'strong' ? '' : report.advice}
      </p>
    </div>
  );
}
