/**
 * Longest free texts a session holds: the message as typed or pasted, and the notes for Apple
 * Support. The inputs stop there, and redacted text (a mask is longer than what it hides) is
 * cut to fit. Apart from the facts schema, so the popup's first screen can use it without zod.
 */
export const TEXT_LIMITS = { alertText: 2000, notes: 5000 } as const;
