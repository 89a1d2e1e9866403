/** A recovery key shown in its groups of four, large enough to copy by hand. */
export function RecoveryKeyGroups({ recoveryKey, label }: { recoveryKey: string; label: string }) {
  return (
    <p className="recovery-key" aria-label={label}>
      {recoveryKey.split('-').map((group, i) => (
        <span key={i} className="recovery-key__group">
          {group}
        </span>
      ))}
    </p>
  );
}
