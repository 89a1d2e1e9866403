import { PageHeading } from './PageHeading';
import { PROTECTIVE_MARKING, type Block, type DocumentContent } from '../../../shared/documents/blocks';

/** One block of a document; pages that lay out their own paper (a claim sheet) use it for the parts they share. */
export function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? <PageHeading>{block.text}</PageHeading> : <h2>{block.text}</h2>;
    case 'paragraph':
      return <p>{block.strong ? <strong>{block.text}</strong> : block.text}</p>;
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'fields':
      return (
        <table className="document__fields">
          <tbody>
            {block.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="pre-line">{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table className="document__table">
          <caption className="visually-hidden">{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {block.columns.map((c, j) => (
                  <td key={c} className="pre-line">
                    {row[j] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signatures':
      return (
        <table className="document__signatures">
          <caption className="visually-hidden">Signatures</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">Signature</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {block.lines.map((line) => (
              <tr key={line}>
                <th scope="row">{line}</th>
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/**
 * A document's blocks as a page: the same content the Word file is made from, with the
 * scheme's name and the protective marking at the top as in the Word header.
 */
export function DocumentView({ content }: { content: DocumentContent }) {
  return (
    <article className="document" aria-label={content.title}>
      <p className="document__marking">
        <span>{content.schemeName}</span> <strong>{PROTECTIVE_MARKING}</strong>
      </p>
      {content.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}
