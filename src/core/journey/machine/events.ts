import type { Progress } from '~/core/journey/journey';
import type { Position } from '~/core/journey/position';

/** Everything a person can do in the wizard. Values come from the page's form on Continue. */
export type WizardEvent =
  /** Submit the page: a question's answer, the save choice ('device' | 'tab'), or "completed?" ('yes' | 'no'). */
  | { type: 'CONTINUE'; value?: unknown }
  /** "I'd rather not answer now". */
  | { type: 'SKIP' }
  | { type: 'BACK' }
  /** From a check answers page: open one question, then come back. */
  | { type: 'CHANGE'; step: string }
  /** From the task list. */
  | { type: 'OPEN_STAGE'; stage: string }
  /** A link or a URL change (browser Back, a deep link): goes to the nearest page that applies. */
  | { type: 'GO_TO'; position: Position }
  /** On the final check page: put private answers on the investigation team's copy, or not. */
  | { type: 'CHOOSE_TEAM_COPY'; include: boolean }
  /** Another tab's answers merged with this tab's: the answers change, the page stays (if it still applies). */
  | { type: 'MERGE'; progress: Progress; privateOnTeamCopy: boolean; agreementMadeAt: string | null }
  /**
   * Keep an answer made outside its question page, where the person stays: comments marked as sent,
   * the team's reply added. Checked and normalised by the question's rules like a Continue.
   */
  | { type: 'RECORD'; question: string; value: unknown }
  /** Forget every answer and start again. */
  | { type: 'ERASE' };
