import type { TrustContact } from '../config/trust-schema';

/** How to reach PALS, in one line for the agreement: "01632 960 001, pals@example.nhs.uk". */
export const palsContact = (pals: TrustContact) => [pals.phone, pals.email, pals.website].filter(Boolean).join(', ');
