import type { TrustContact } from '~/config/trust-schema';

/** How to reach a team, in one line for the agreement and the confirmation page: "01632 960 001, pals@example.nhs.uk". */
export const contactLine = (contact: TrustContact) =>
  [contact.phone, contact.email, contact.website].filter(Boolean).join(', ');
