import { PageHeading } from '../components/PageHeading';

/** The two logs kept apart from ordinary records; the safeguarding log is opened deliberately from here. */
export function LogsScreen() {
  return (
    <>
      <PageHeading>Logs</PageHeading>
      <p>These logs are kept apart from volunteers' and young people's records and from ordinary lists, searches and exports.</p>
      <ul className="logs-list">
        <li>
          <a href="#/safeguarding">Open the safeguarding log</a>
          <p className="hint">Concerns about young people and allegations about volunteers: who it was passed to, and the outcome.</p>
        </li>
        <li>
          <a href="#/complaints">Open the complaints log</a>
          <p className="hint">Complaints from young people, volunteers, carers and professionals, and how they were resolved.</p>
        </li>
      </ul>
    </>
  );
}
