import { useState } from 'preact/hooks';
import { PhoneLines } from '~/ui/PhoneText';
import type { Translate } from '~/core/questions/types';
import { savedTeam } from './family-case';
import { contactLines } from './CaseDetailsList';
import type { KeysUnder } from '~/core/words/translate';

/**
 * "Your investigation team" on the wizard's task list: who to contact and the case reference, from the
 * details the family confirmed from their link, checked again here (storage is untrusted). Nothing
 * shows when none are saved or they cannot be trusted. Loaded lazily (it brings the schema): see SavedTeamPanel.
 */
export function TeamPanel({ t }: { t: Translate }) {
  const [team] = useState(savedTeam);
  if (!team) return null;
  const { details } = team;
  const p = (key: KeysUnder<'ui:teamPanel.'>) => t(`ui:teamPanel.${key}`);
  const main = details.engagementLead ?? details.leadInvestigator;
  const rows: [string, string[]][] = [
    [details.engagementLead ? p('mainContact') : p('leadInvestigator'), main ? contactLines(t, main) : []],
    [p('reference'), details.reference?.trim() ? [details.reference] : []],
    [p('organisation'), [details.organisation]],
  ];
  return (
    <section class="ltw-inset" aria-labelledby="team-panel-title" data-team-panel>
      <h2 id="team-panel-title">{p('heading')}</h2>
      <dl>
        {rows
          .filter(([, lines]) => lines.length > 0)
          .map(([key, lines]) => (
            <div key={key}>
              <dt>
                <strong>{key}</strong>
              </dt>
              <dd class="ltw-answer-text">
                <PhoneLines lines={lines} />
              </dd>
            </div>
          ))}
      </dl>
      <p>{p('fromLink')}</p>
    </section>
  );
}
