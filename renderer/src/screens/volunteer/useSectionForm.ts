import { useInlineForm } from '../../components/InlineForm';

/** The page's usual small form (see useInlineForm), plus props for a group of radios, which take a legend rather than a label. */
export function useSectionForm<V extends Record<string, string>>(initial: V, prefix: string) {
  const form = useInlineForm<V>(initial, prefix);
  const radios = (key: keyof V & string, legend: string) => {
    const { label: _label, ...rest } = form.field(key, legend);
    return { ...rest, legend };
  };
  return { ...form, radios };
}

export type SectionForm = ReturnType<typeof useSectionForm>;
