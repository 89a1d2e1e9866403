/**
 * A volunteer's references and training as a sheet's row gives them, made the interchange
 * record's lists (../interchange.md): reference 1 and reference 2 in that order, each
 * "References OK" cell marking the references on its row that say nothing of their own,
 * and a training record for each of the scheme's modules the row dates, by the module's
 * own column or else by "Training completed".
 */
import { TRAINING_PREFIX } from './fields';
import { formatUkDate } from '../dates';

type Reference = { name?: string; requestedDate?: string; receivedDate?: string; satisfactory?: boolean };

/** The lists as an interchange volunteer record holds them. */
type Listed = { references?: Reference[]; training?: { module: string; completedDate?: string }[] };

interface CheckCells {
  reference1?: Reference;
  reference2?: Reference;
  referencesSatisfactory?: boolean;
  training?: Record<string, string>;
  trainingCompleted?: string;
}

export function withRecruitmentChecks(fields: Record<string, unknown>, modules: readonly string[]): Record<string, unknown> {
  const { reference1, reference2, referencesSatisfactory, training = {}, trainingCompleted, ...own } = fields as CheckCells & Record<string, unknown>;
  const references = [reference1, reference2].filter((r): r is Reference => !!r).map((r) => ({ ...r, satisfactory: r.satisfactory ?? referencesSatisfactory }));
  // "References OK" with no reference on the row is a reference without its date, which the rules refuse in words.
  if (!references.length && referencesSatisfactory) references.push({ satisfactory: true });
  const completed = modules.flatMap((module) => {
    const date = training[module] ?? trainingCompleted;
    return date ? [{ module, completedDate: date }] : [];
  });
  return { ...own, ...(references.length ? { references } : {}), ...(completed.length ? { training: completed } : {}) };
}

/**
 * The fields a problem with one of the record's references or training could be in, most
 * likely first: a reference's own column, else the other reference's (a row giving only
 * reference 2 holds it first), else "References OK"; a module's own column, else "Training
 * completed". Any other path is its own field.
 */
export function checkFieldsOf(path: string, record: Record<string, unknown>): string[] {
  const { training = [] } = record as Listed;
  const [list, index, field] = path.split('.');
  const i = Number(index);
  if (list === 'references' && field) return [`reference${i + 1}.${field}`, `reference${2 - i}.${field}`, ...(field === 'satisfactory' ? ['referencesSatisfactory'] : [])];
  if (list === 'training' && training[i]) return [`${TRAINING_PREFIX}${training[i].module}`, 'trainingCompleted'];
  return [path];
}

/** The record's references and training in words, for the preview's first rows. */
export function recruitmentCheckWords(record: Record<string, unknown>): { label: string; text: string }[] {
  const { references: listed = [], training = [] } = record as Listed;
  const references = listed.map((r, i) => {
    const parts = [r.name, r.requestedDate && `asked for ${formatUkDate(r.requestedDate)}`, r.receivedDate && `received ${formatUkDate(r.receivedDate)}`, r.satisfactory === undefined ? '' : r.satisfactory ? 'satisfactory' : 'not satisfactory'];
    return { label: `Reference ${i + 1}`, text: parts.filter(Boolean).join(', ') };
  });
  return [...references, ...training.map((t) => ({ label: `Training: ${t.module}`, text: t.completedDate ? `completed ${formatUkDate(t.completedDate)}` : 'not completed' }))];
}
