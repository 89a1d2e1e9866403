import { useState } from 'react';
import { PageHeading } from '../components/PageHeading';
import { SchemeDetailsForm } from './settings/SchemeDetailsForm';
import { ChangePassphraseForm } from './settings/ChangePassphraseForm';
import { NewRecoveryKeyForm } from './settings/NewRecoveryKeyForm';
import { ImportExport } from './settings/ImportExport';
import { RecruitmentSettingsForm } from './settings/RecruitmentSettingsForm';
import { CaseSettingsForm } from './settings/CaseSettingsForm';
import { ReportSettingsForm } from './settings/ReportSettingsForm';

export function SettingsScreen({ onSchemeChanged }: { onSchemeChanged: () => void }) {
  // An import can change the scheme details, so the form reloads them afterwards.
  const [imports, setImports] = useState(0);
  return (
    <>
      <PageHeading>Settings</PageHeading>
      <SchemeDetailsForm key={imports} onSaved={onSchemeChanged} />
      <RecruitmentSettingsForm key={`recruitment-${imports}`} />
      <CaseSettingsForm key={`case-${imports}`} />
      <ReportSettingsForm key={`report-${imports}`} />
      <section aria-labelledby="backup-settings-heading" className="section">
        <h2 id="backup-settings-heading">Backups</h2>
        <p>
          Where the second copy of every backup goes (an encrypted USB stick or a network share), and when Today warns about it, are set on the <a href="#/backups">Backups screen</a>,
          beside the list of backups.
        </p>
      </section>
      <ChangePassphraseForm />
      <NewRecoveryKeyForm onChanged={onSchemeChanged} />
      <ImportExport
        onImported={() => {
          setImports((n) => n + 1);
          onSchemeChanged();
        }}
      />
    </>
  );
}
