import type { Translate } from '~/core/questions/types';

/** "Working as Sam Patel. Not you?" above each page of a case, with a way to give another name. */
export function WorkingAs({ t, name, onChange }: { t: Translate; name: string; onChange: () => void }) {
  return (
    <div class="ltw-working-as ltw-no-print" data-working-as>
      <p class="ltw-working-as__name">
        {t('investigator:people.workingAs')}{' '}
        <strong>
          <bdi>{name}</bdi>
        </strong>
        .
      </p>
      <button type="button" class="ltw-button ltw-button--secondary ltw-button--small" onClick={onChange}>
        {t('investigator:people.notYou')}
      </button>
    </div>
  );
}
