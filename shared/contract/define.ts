import type { z } from 'zod';

/**
 * One API call: a zod schema for what the renderer may send, and a phantom type for
 * what comes back. Main and the test harness parse every input with `input`.
 */
export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-level only. */
  output?: O;
}

export function call<O>() {
  return <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input });
}
