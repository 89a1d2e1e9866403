import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { consents } from '../db/schema';
import type { ParsedInput, YoungPerson } from '../../../shared/contract';
import { consentProblems } from '../../../shared/youngPeople/rules';
import { consentFormContent } from '../../../shared/documents/consentForm';
import { fieldErrors, UserError } from '../errors';
import { getYoungPerson, youngPersonDateOfBirth } from './youngPeople';
import { getScheme } from './scheme';
import { wordDocument } from '../documents/word';
import { documentFileName, initials } from '../documents/fileName';

export function saveConsent(db: Db, { youngPersonId, consentId, ...consent }: ParsedInput<'saveConsent'>, today: string): YoungPerson {
  fieldErrors(consentProblems(consent, youngPersonDateOfBirth(db, youngPersonId), today));
  if (consentId === undefined) {
    db.insert(consents).values({ ...consent, youngPersonId, externalRef: randomUUID() }).run();
  } else {
    const result = db.update(consents).set(consent).where(and(eq(consents.id, consentId), eq(consents.youngPersonId, youngPersonId))).run();
    if (result.changes === 0) throw new UserError('not_found', 'That consent record could not be found.');
  }
  return getYoungPerson(db, youngPersonId, today);
}

/** The one-page agreement for the young person to sign, as a Word document. */
export async function consentFormDocument(db: Db, youngPersonId: number, today: string) {
  const person = getYoungPerson(db, youngPersonId, today);
  const scheme = getScheme(db);
  const content = consentFormContent({ schemeName: scheme.name, localAuthority: scheme.localAuthority, youngPersonName: `${person.firstName} ${person.lastName}`, date: today });
  const docx = await wordDocument(content);
  // Initials, not the name: file names show up in folders and recent-file lists.
  return { fileName: documentFileName('Confidentiality agreement', initials(person), today), base64: docx.toString('base64') };
}
