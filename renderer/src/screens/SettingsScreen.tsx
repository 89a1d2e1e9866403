import { useEffect, useState } from 'react';
import { api } from '../api';
import type { SettingsView } from '../../../shared/contract';
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
  // The forms' values come in one call, asked again after an import.
  const [view, setView] = useState<SettingsView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    api.settingsView({}).then((r) => (r.ok ? setView(r.value) : setFailure(r.error.message)));
  }, [imports]);
  return (
    <>
      <PageHeading>Settings</PageHeading>
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      {view && (
        <>
          <SchemeDetailsForm key={imports} scheme={view.scheme} onSaved={onSchemeChanged} />
          <RecruitmentSettingsForm key={`recruitment-${imports}`} settings={view.recruitment} />
          <CaseSettingsForm key={`case-${imports}`} settings={view.caseSettings} />
          <ReportSettingsForm key={`report-${imports}`} settings={view.report} />
        </>
      )}
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
          setView(null);
          setImports((n) => n + 1);
          onSchemeChanged();
        }}
      />
    </>
  );
}
