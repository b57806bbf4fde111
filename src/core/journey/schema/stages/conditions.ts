/** Conditions used in several places, named so the stage files read like the journey. */

export const isThePatient = { question: 'who-is-filling-in', equals: 'patient' } as const;
export const aboutSomeoneElse = { not: isThePatient } as const;
export const isFamilyMember = { question: 'who-is-filling-in', equals: 'family-member' } as const;
// Only about someone else: an answer left from before the person said it is about themselves changes nothing.
export const bereaved = { all: [aboutSomeoneElse, { question: 'patient-alive', equals: 'no' }] } as const;
export const notBereaved = { not: bereaved } as const;
export const mainContactIsSomeoneElse = { question: 'main-contact-who', equals: 'someone-else' } as const;
