/** Building blocks for the pure rules: field problems, each field keeping its first. */
import { tooLongMessage } from './textLimits';
export type Problems = Record<string, string | null>;

/** `add` records a problem for a field unless it already has one; a falsy message is no problem. */
export function problemCollector() {
  const problems: Problems = {};
  const add = (field: string, message: string | false | null) => {
    if (message && !problems[field]) problems[field] = message;
  };
  return { problems, add };
}

/** The message for text over its limit, naming the field, or false. */
export const tooLong = (field: string, value: string | null | undefined, max: number) => !!value && value.length > max && tooLongMessage(field, max);
