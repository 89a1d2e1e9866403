/** The idle lock's bounds in minutes; without zod, so the renderer can use them. */
export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;
