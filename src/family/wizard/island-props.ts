import type { createActor } from 'xstate';
import type { WizardMachine } from '~/core/journey/machine';
import type { TrustContacts } from '~/family/pages/ConfirmationPage';
import type { AgreementPageProps } from '~/family/agreement/AgreementPage';

/** What the wizard page gives its island from the build. */
export interface WizardIslandProps {
  /** The page's heading while the wizard starts: the same as the fallback shown before it, so nothing moves. */
  loadingTitle: string;
  lang: string;
  /** This locale's wizard strings, as JSON (see src/i18n/messages.ts). */
  messages: string;
  siteBase: string;
  expireDays: number;
  deleteUrl: string;
  contacts: TrustContacts;
  /** The support organisations page, for the agreement. */
  supportUrl: string;
  /** Help to suggest from the answers, as JSON (content/signposts.yaml resolved for this trust). */
  signposts: string;
  blankLinks: AgreementPageProps['blankLinks'];
  /** The other language the agreement can be made in together with this one, if any. */
  secondLanguage?: AgreementPageProps['secondLanguage'];
}

/** The running wizard: one per page load, started from what this browser saved. */
export type Actor = ReturnType<typeof createActor<WizardMachine>>;
