/**
 * One print layout for every printable page: a bar with Print (and Save as PDF in the
 * desktop app), left off the paper; and on paper the scheme's name and the protective
 * marking at the top and bottom of every page, the printed date and "Page X of Y".
 *
 * The page's margin boxes need the scheme's name, which CSS cannot read from the page.
 * The CSP allows no inline styles, so the rule goes into a constructed stylesheet (CSSOM,
 * which the CSP does not govern), present only while a printable page is shown.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { PROTECTIVE_MARKING } from '../../../shared/documents/blocks';

/** The scheme's name, from the unlocked session: printable pages need no API call for it. */
export const SchemeNameContext = createContext('IV Desk');

/** A CSS string literal: quotes and backslashes escaped, control characters and new lines made spaces. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, ' ').replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export function marginBoxRules(schemeName: string, printedDate: string): string {
  const scheme = cssString(schemeName);
  const marking = cssString(PROTECTIVE_MARKING);
  const box = 'font: 8.5pt Arial, sans-serif; color: #0b0c0c;';
  return `@page {
  @top-left { content: ${scheme}; ${box} }
  @top-right { content: ${marking}; ${box} font-weight: 700; }
  @bottom-left { content: ${scheme} "  " ${marking}; ${box} }
  @bottom-center { content: ${cssString(`Printed ${formatUkDate(printedDate)}`)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}`;
}

function usePageMarking(schemeName: string, printedDate: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(marginBoxRules(schemeName, printedDate));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.documentElement.classList.add('has-print-layout');
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      document.documentElement.classList.remove('has-print-layout');
    };
  }, [schemeName, printedDate]);
}

/**
 * Print, and Save as PDF where the desktop app offers it (not in a plain browser). Just
 * the buttons, so a page can put them in its own button group.
 */
export function PrintButtons({ pdfName, printLabel = 'Print', secondary = false, disabled = false }: { pdfName: string; printLabel?: string; secondary?: boolean; disabled?: boolean }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const savePdf = api.savePdf;

  async function save() {
    if (!savePdf) return;
    setSaving(true);
    setMessage(null);
    const r = await savePdf(pdfName);
    setSaving(false);
    if (!r.ok) setMessage({ ok: false, text: r.error.message });
    else if (r.value.saved) setMessage({ ok: true, text: 'Saved as a PDF.' });
  }

  return (
    <>
      <button type="button" className={`button${secondary ? ' button--secondary' : ''}`} onClick={() => window.print()} disabled={disabled}>
        {printLabel}
      </button>
      {savePdf && (
        <button type="button" className="button button--secondary" onClick={save} disabled={disabled || saving}>
          {saving ? 'Saving…' : 'Save as PDF'}
        </button>
      )}
      {message && (
        <p className={`print-buttons__message ${message.ok ? 'secondary' : 'error-message'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </>
  );
}

/** The bar above a printable page: what prints, and the buttons. Never on paper. */
export function PrintBar({ children, pdfName }: { children: ReactNode; pdfName: string }) {
  return (
    <div className="print-bar no-print">
      <p className="print-bar__text">{children}</p>
      <div className="button-group">
        <PrintButtons pdfName={pdfName} />
      </div>
    </div>
  );
}

/**
 * Wraps a printable page. The scheme's name comes from the session unless the page
 * passes the one its content was made with.
 */
export function PrintLayout({ children, schemeName, printedDate }: { children: ReactNode; schemeName?: string; printedDate?: string }) {
  const fromSession = useContext(SchemeNameContext);
  usePageMarking(schemeName ?? fromSession, printedDate ?? todayIso());
  return <div className="print-layout">{children}</div>;
}
