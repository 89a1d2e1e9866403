import { useEffect, useRef } from 'react';
import type { Errors } from '../form';

/** GOV.UK-style error summary: focused when it appears, each error links to its field. */
export function ErrorSummary({ errors, labels }: { errors: Errors; labels?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const key = entries.map(([k, v]) => k + v).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === 'form' || !labels?.[field] ? (
              message
            ) : (
              <a
                href={`#field-${field}`}
                // Focusing the link on mousedown can scroll the page under the pointer, and the click is then lost.
                onMouseDown={(e) => e.preventDefault()}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`field-${field}`)?.focus();
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
