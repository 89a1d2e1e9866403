/** Shown where a figure has nothing to divide by: a dash on screen, the reason for a screen reader. */
export function NotAvailable({ why }: { why: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </>
  );
}
