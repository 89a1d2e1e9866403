import { useEffect, useState } from 'react';
import { api } from '../../api';
import { decisionWords, type TodayDecision } from '../../../../shared/today/decisions';

/**
 * On a volunteer's, young person's or match's page: what has been snoozed or dismissed
 * on Today about them (from the page's own call), and a way to undo it, so nothing is
 * put off out of sight.
 */
export function DecisionsOnRecord({ decisions: given }: { decisions: TodayDecision[] }) {
  const [cancelled, setCancelled] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const decisions = given.filter((d) => !cancelled.has(d.id));

  useEffect(() => {
    if (message) document.getElementById('today-decisions-message')?.focus();
  }, [message]);

  async function cancel(decision: TodayDecision) {
    const result = await api.cancelTodayDecision({ id: decision.id });
    // Already ended elsewhere counts as done: either way it is back on Today.
    const gone = result.ok || result.error.code === 'not_found';
    if (gone) setCancelled(new Set([...cancelled, decision.id]));
    setMessage(gone ? 'It is back on Today.' : result.error.message);
  }

  if (decisions.length === 0 && !message) return null;
  return (
    <section className="today-decisions" aria-labelledby="today-decisions-heading">
      <h2 id="today-decisions-heading" className="today-decisions__title">
        Put off on Today
      </h2>
      {message && (
        <p id="today-decisions-message" tabIndex={-1} role="status">
          {message}
        </p>
      )}
      <ul className="today-decisions__list">
        {decisions.map((d) => (
          <li key={d.id}>
            {decisionWords(d)}{' '}
            <button type="button" className="link-button" onClick={() => void cancel(d)}>
              {d.action === 'snoozed' ? 'Cancel the snooze' : 'Put it back on Today'}
              <span className="visually-hidden"> ({decisionWords(d)})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
