import { PageHeading } from '../components/PageHeading';
import { SchemeDetailsForm } from './settings/SchemeDetailsForm';
import { ChangePassphraseForm } from './settings/ChangePassphraseForm';
import { ImportExport } from './settings/ImportExport';

export function SettingsScreen({ onSchemeChanged }: { onSchemeChanged: () => void }) {
  return (
    <>
      <PageHeading>Settings</PageHeading>
      <SchemeDetailsForm onSaved={onSchemeChanged} />
      <ChangePassphraseForm />
      <ImportExport onImported={onSchemeChanged} />
    </>
  );
}
