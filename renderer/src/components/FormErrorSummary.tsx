import { useEffect, useId, useRef } from 'react';
import type { Errors } from '../form';

interface Props {
  errors: Errors;
  /** Field names that have an input on the page; their errors link to `#field-<prefix><name>`. */
  fields: readonly string[];
  /** Keeps ids unique when several forms share a page. */
  prefix?: string;
  /** h2 on a page of its own, h3 inside a section. */
  level?: 2 | 3;
}

/**
 * An error summary for one of several forms on a page: focused when it appears, each
 * error linking to its field. Unlike ErrorSummary, its ids are unique per instance.
 */
export function FormErrorSummary({ errors, fields, prefix = '', level = 3 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(errors);
  const key = entries.map(([k, v]) => k + v).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (entries.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <Heading id={titleId}>There is a problem</Heading>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {fields.includes(field) ? (
              <a
                href={`#field-${prefix}${field}`}
                // Focusing the link on mousedown can scroll the page under the pointer, and the click is then lost.
                onMouseDown={(e) => e.preventDefault()}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`field-${prefix}${field}`)?.focus();
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
