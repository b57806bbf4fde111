import type { FieldError } from '../questions';
import type { Progress } from '../journey';

export type SaveMode = 'device' | 'tab';

export interface WizardContext extends Progress {
  saveMode: SaveMode | null;
  /** Set by "Change": Continue goes back to this check page instead of on through the stage. */
  returnTo: string | null;
  /** Problems found on the last Continue, shown on the current page. */
  errors: FieldError[];
  /** What the person submitted when it had problems, so nothing they typed is lost. */
  draft: unknown;
}

export interface WizardInput extends Partial<Progress> {
  saveMode?: SaveMode | null;
  /** Where the person was; the machine starts at the nearest page that applies. */
  position?: string;
}
