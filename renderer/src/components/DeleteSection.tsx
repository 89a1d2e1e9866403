import { ProfileSection } from './ProfileSection';
import { DeleteButton } from './DeleteButton';
import type { DeletableKind } from '../../../shared/deletion/rules';
import type { DeletedRecord } from '../../../shared/contract';

/** The last part of a record's page: deleting it, for a record entered by mistake. */
export function DeleteSection({ kind, id, what, onDeleted }: { kind: DeletableKind; id: number; what: string; onDeleted: (deleted: DeletedRecord) => void }) {
  return (
    <ProfileSection name="delete" title="Entered by mistake?" notice={null}>
      <p>
        If this {what} was entered by mistake, you can delete it with everything that belongs to it alone. You will see what goes with it before anything is deleted.
      </p>
      <DeleteButton kind={kind} id={id} label={`Delete this ${what}…`} className="button button--warning" onDeleted={onDeleted} />
    </ProfileSection>
  );
}
