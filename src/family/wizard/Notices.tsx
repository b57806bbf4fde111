import type { Translate } from '~/core/questions/types';

export interface Notice {
  id: string;
  text: string;
  actions?: { label: string; onClick: () => void }[];
  onDismiss?: () => void;
}

/** Messages about saving. role=status: announced without moving focus (WCAG 4.1.3). */
export function Notices({ notices, t }: { notices: Notice[]; t: Translate }) {
  return (
    <div role="status">
      {notices.map((notice) => (
        <div class="ltw-notification ltw-notification--info" key={notice.id} data-notice={notice.id}>
          <p>{notice.text}</p>
          {(notice.actions || notice.onDismiss) && (
            <div class="ltw-button-group">
              {notice.actions?.map((action) => (
                <button
                  type="button"
                  class="ltw-button ltw-button--secondary ltw-button--small"
                  key={action.label}
                  onClick={action.onClick}
                >
                  {action.label}
                </button>
              ))}
              {notice.onDismiss && (
                <button
                  type="button"
                  class="ltw-button ltw-button--secondary ltw-button--small"
                  onClick={notice.onDismiss}
                >
                  {t('ui:storage.dismiss')}
                </button>
              )}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
