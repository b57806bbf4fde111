import { createWizardTranslator } from '~/i18n/wizard-resources';
import type { AgreementInputs } from '~/core/agreement/build-model';

/** Inputs for building agreement models in tests, as the site would give them. */
export function agreementInputs(overrides: Partial<AgreementInputs> = {}): AgreementInputs {
  return {
    t: createWizardTranslator('en'),
    lang: 'en-GB',
    organisation: 'Example NHS Foundation Trust',
    pals: { name: 'Patient Advice and Liaison Service (PALS)', contact: '01632 960 001' },
    supportUrl: 'https://learn-together.example.nhs.uk/en/support/',
    now: new Date('2026-11-23T10:00:00Z'),
    largePrint: false,
    ...overrides,
  };
}
