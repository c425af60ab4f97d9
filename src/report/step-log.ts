/**
 * Far above a real session (a few dozen outcomes); the popup keeps the latest this many. Apart
 * from the schema, so the flow's actions load without zod.
 */
export const MAX_STEP_LOG = 500;
