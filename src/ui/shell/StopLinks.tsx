import { pageLink, type PageProps } from '~/ui/page-props';

/** On every page of a stage: a way back to the task list, and whether answers are being kept (stop at any time). */
export function StopLinks(props: PageProps) {
  const { t, savedOnDevice } = props;
  return (
    <div class="ltw-stop-links ltw-no-print">
      {savedOnDevice && <p class="ltw-stop-links__saved">{t('stop.saved')}</p>}
      <p>
        <a {...pageLink(props, { page: 'task-list' })}>{t('stop.taskList')}</a>
      </p>
    </div>
  );
}
