import { useEffect, useState, type FormEvent } from 'react';
import type { Result } from '../../shared/result';
import { useForm, errorsFrom, type Errors } from './form';
import { navigate } from './route';
import { setFlash } from './flash';

interface Options<V extends Record<string, string>, R, I> {
  id: number | null;
  empty: V;
  load: (id: number) => Promise<Result<R>>;
  toValues: (record: R) => V;
  /** Converts the strings to the call's input, adding any problems to `errors`. */
  toInput: (values: V, errors: Errors) => I;
  save: (id: number | null, input: I) => Promise<Result<R>>;
  listPath: string;
  /** What the list says after a save, e.g. "Volunteer saved: Ann Lee". */
  savedMessage: (record: R) => string;
}

/** Loading, validating and saving one record's form; core has the last word on rules. */
export function useRecordForm<V extends Record<string, string>, R, I>(options: Options<V, R, I>) {
  const form = useForm(options.empty);
  const [loaded, setLoaded] = useState(options.id === null);
  const [busy, setBusy] = useState(false);
  const { id, load, toValues, setValues } = { ...options, setValues: form.setValues };

  useEffect(() => {
    if (id === null) return;
    load(id).then((result) => {
      if (result.ok) setValues(toValues(result.value));
      else form.setErrors({ form: result.error.message });
      setLoaded(true);
    });
    // Loads once per record: the screen is keyed by id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = {};
    const input = options.toInput(form.values, errors);
    form.setErrors(errors);
    if (Object.keys(errors).length) return;
    setBusy(true);
    const result = await options.save(options.id, input);
    setBusy(false);
    if (!result.ok) return form.setErrors(errorsFrom(result.error));
    setFlash(options.savedMessage(result.value));
    navigate(options.listPath);
  }

  return { ...form, loaded, busy, submit };
}
