import type { FieldError } from '~/core/questions/types';
import type { Place, Progress } from '~/core/journey/journey';
import type { Position } from '~/core/journey/position';

/** device = kept in this browser (localStorage); tab = only while this tab is open (sessionStorage). */
export type SaveMode = 'device' | 'tab';

export interface WizardContext extends Progress, Place {
  saveMode: SaveMode | null;
  /** Problems found on the last Continue, shown on the current page. */
  errors: FieldError[];
  /** What the person submitted when it had problems, so nothing they typed is lost. */
  draft: unknown;
  /** Private answers go on the investigation team's copy of the agreement (never the family's own). */
  privateOnTeamCopy: boolean;
  /** When the person last made their agreement (ISO 8601), or null. */
  agreementMadeAt: string | null;
}

/** What the machine starts from: plain saved answers and where the person was, never an old snapshot. */
export interface WizardInput extends Partial<Progress> {
  saveMode?: SaveMode | null;
  /** Where the person was; the machine starts at the nearest page that applies. */
  position?: Position;
  privateOnTeamCopy?: boolean;
  agreementMadeAt?: string | null;
}
