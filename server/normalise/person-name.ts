import { z } from 'zod'

export const PERSON_NAME_LIMITS = { min: 2, max: 80 } as const

/**
 * A person's name as typed at sign-up, on the profile and on an employer's profile: spaces
 * collapsed, and one message at a time — an empty name is "enter your name", not also "too short"
 * and "letters only" (each stage runs only when the one before it passed).
 */
export function zPersonName(emptyMessage: string) {
  return z
    .string({ required_error: emptyMessage })
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, emptyMessage))
    .pipe(
      z
        .string()
        .min(PERSON_NAME_LIMITS.min, `Name must be at least ${PERSON_NAME_LIMITS.min} characters`)
        .max(PERSON_NAME_LIMITS.max, `Name must be at most ${PERSON_NAME_LIMITS.max} characters`),
    )
    .pipe(z.string().regex(/^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u, 'Name can contain letters, spaces, dots, apostrophes and hyphens'))
}
