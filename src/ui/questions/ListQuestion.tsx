import { useState } from 'preact/hooks';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { describedBy } from '~/ui/form/Hint';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';
import { useFocusAfterRender } from './use-focus-after-render';
import { LimitReached, addedStatus } from './LimitReached';
import { listItemIds, newListItemId } from '~/core/questions/list/rules';

/** Numbered lines the person can add, remove and reorder with buttons (no dragging, WCAG 2.5.7). */
export function ListQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'list'>) {
  const { t } = words;
  const id = question.id;
  const items = value?.items.length ? value.items : [''];
  const [firstId] = useState(newListItemId);
  const ids = value?.items.length ? listItemIds(value) : [firstId];
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  const itemName = (index: number) => t(`ui:list.item.${question.itemName}`, { number: index + 1 });
  const limit = t(`ui:list.limit.${question.itemName}`, { max: question.maxItems });
  // Items and their ids change together; only a question that keeps ids stores them.
  const update = (next: string[], nextIds: string[]) =>
    onChange(question.keepIds ? { items: next, ids: nextIds } : { items: next });
  const moved = <T,>(list: T[], from: number, to: number) => {
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    return next;
  };

  const move = (from: number, to: number, button: 'up' | 'down') => {
    const next = moved(items, from, to);
    update(next, moved(ids, from, to));
    setStatus(t('ui:list.moved', { what: itemName(from), number: to + 1 }));
    // Stay on the same button of the moved item; at the top or bottom the other button is the one left.
    const stillThere = (button === 'up' && to > 0) || (button === 'down' && to < next.length - 1);
    focusLater(`${id}-item-${to + 1}-${stillThere ? button : button === 'up' ? 'down' : 'up'}`);
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    const nextIds = ids.filter((_, i) => i !== index);
    update(next.length ? next : [''], nextIds.length ? nextIds : [newListItemId()]);
    setStatus(t('ui:list.removed', { what: itemName(index) }));
    focusLater(`${id}-add`);
  };
  const add = () => {
    update([...items, ''], [...ids, newListItemId()]);
    setStatus(
      addedStatus(t('ui:list.added', { what: itemName(items.length) }), items.length + 1, question.maxItems, limit),
    );
    focusLater(`${id}-item-${items.length + 1}`);
  };

  return (
    <QuestionFieldset
      id={id}
      caption={caption}
      headingRef={headingRef}
      label={words.label(question)}
      hint={words.hint(question)}
      error={errorFor('')}
      t={t}
    >
      <ol class="ltw-list-items">
        {items.map((item, index) => {
          const number = index + 1;
          const itemId = `${id}-item-${number}`;
          const what = itemName(index);
          const error = errorFor(`item-${number}`);
          return (
            <li class="ltw-list-items__item" key={ids[index] ?? index}>
              <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
                <label class="ltw-label ltw-label--s" for={itemId}>
                  {what}
                </label>
                <ErrorMessage id={`${itemId}-error`} prefix={t('ui:errorPrefix')} text={error} />
                <textarea
                  class={error ? 'ltw-textarea ltw-input--error' : 'ltw-textarea'}
                  id={itemId}
                  rows={2}
                  dir="auto"
                  value={item}
                  aria-describedby={describedBy(error && `${itemId}-error`)}
                  onInput={(event) =>
                    update(
                      items.map((it, i) => (i === index ? event.currentTarget.value : it)),
                      ids,
                    )
                  }
                />
              </div>
              <div class="ltw-button-group ltw-button-group--small">
                {index > 0 && (
                  <button
                    type="button"
                    class="ltw-button ltw-button--small ltw-button--secondary"
                    id={`${itemId}-up`}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    {t('ui:list.moveUp')}
                    <span class="ltw-visually-hidden"> {what}</span>
                  </button>
                )}
                {index < items.length - 1 && (
                  <button
                    type="button"
                    class="ltw-button ltw-button--small ltw-button--secondary"
                    id={`${itemId}-down`}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    {t('ui:list.moveDown')}
                    <span class="ltw-visually-hidden"> {what}</span>
                  </button>
                )}
                {items.length > 1 && (
                  <button
                    type="button"
                    class="ltw-button ltw-button--small ltw-button--warning"
                    id={`${itemId}-remove`}
                    onClick={() => remove(index)}
                  >
                    {t('ui:list.remove')}
                    <span class="ltw-visually-hidden"> {what}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {items.length < question.maxItems ? (
        <button type="button" class="ltw-button ltw-button--secondary" id={`${id}-add`} onClick={add}>
          {t('ui:list.add')}
        </button>
      ) : (
        <LimitReached id={`${id}-limit`} text={limit} />
      )}
      <div class="ltw-visually-hidden" role="status">
        {status}
      </div>
    </QuestionFieldset>
  );
}
