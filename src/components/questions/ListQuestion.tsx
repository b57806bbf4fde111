import { useState } from 'preact/hooks';
import { ErrorMessage } from '../form/ErrorMessage';
import { describedBy } from '../form/Hint';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './types';
import type { PersonItem } from '../../wizard/schema';
import { useFocusAfterRender } from './use-focus-after-render';

const PERSON_FIELDS = [
  { field: 'name', label: 'list.personName', type: 'text' },
  { field: 'relationship', label: 'list.personRelationship', type: 'text' },
  { field: 'phone', label: 'list.personPhone', type: 'tel' },
  { field: 'email', label: 'list.personEmail', type: 'email' },
] as const;

/** A list the person can add to, remove from and reorder with buttons (no dragging, WCAG 2.5.7). */
export function ListQuestion({
  question,
  value,
  onChange,
  words,
  t,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'list'>) {
  const id = question.id;
  const blank: string | PersonItem = question.item === 'text' ? '' : {};
  const items = value?.items.length ? value.items : [blank];
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  const itemName = (index: number) =>
    t(question.item === 'text' ? 'list.question' : 'list.person', { number: index + 1 });
  const hint = words.hint(question);
  const error = errorFor('');
  const max = question.maxItems ?? 50;

  const update = (next: (string | PersonItem)[]) => onChange({ items: next });
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    update(next);
    setStatus(t('list.moved', { what: itemName(from), number: to + 1 }));
    // Stay on the same button of the moved item; at the top or bottom the other button is the one left.
    const stillThere = (button === 'up' && to > 0) || (button === 'down' && to < next.length - 1);
    focusLater(`${id}-item-${to + 1}-${stillThere ? button : button === 'up' ? 'down' : 'up'}`);
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    update(next.length ? next : [blank]);
    setStatus(t('list.removed', { what: itemName(index) }));
    focusLater(`${id}-add`);
  };
  const add = () => {
    update([...items, blank]);
    setStatus(t('list.added', { what: itemName(items.length) }));
    focusLater(question.item === 'text' ? `${id}-item-${items.length + 1}` : `${id}-item-${items.length + 1}-name`);
  };

  return (
    <QuestionFieldset
      id={id}
      caption={caption}
      headingRef={headingRef}
      label={words.label(question)}
      hint={hint}
      error={error}
      t={t}
    >
      <ol class="ltw-list-items">
        {items.map((item, index) => {
          const number = index + 1;
          const itemId = `${id}-item-${number}`;
          const what = itemName(index);
          return (
            <li class="ltw-list-items__item" key={index}>
              {typeof item === 'string' ? (
                <div class={errorFor(`item-${number}`) ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'}>
                  <label class="ltw-label ltw-label--s" for={itemId}>
                    {what}
                  </label>
                  <ErrorMessage id={`${itemId}-error`} prefix={t('errorPrefix')} text={errorFor(`item-${number}`)} />
                  <textarea
                    class="ltw-textarea"
                    id={itemId}
                    rows={2}
                    value={item}
                    aria-describedby={describedBy(errorFor(`item-${number}`) && `${itemId}-error`)}
                    onInput={(event) => update(items.map((it, i) => (i === index ? event.currentTarget.value : it)))}
                  />
                </div>
              ) : (
                <fieldset class="ltw-fieldset ltw-fieldset--nested">
                  <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">{what}</legend>
                  {PERSON_FIELDS.map(({ field, label, type }) => (
                    <div class="ltw-form-group" key={field}>
                      <label class="ltw-label" for={`${itemId}-${field}`}>
                        {t(label)}
                      </label>
                      <ErrorMessage
                        id={`${itemId}-${field}-error`}
                        prefix={t('errorPrefix')}
                        text={errorFor(`item-${number}-${field}`)}
                      />
                      <input
                        class="ltw-input"
                        id={`${itemId}-${field}`}
                        type={type}
                        autocomplete="off"
                        value={(item as PersonItem)[field] ?? ''}
                        onInput={(event) =>
                          update(
                            items.map((it, i) =>
                              i === index ? { ...(it as PersonItem), [field]: event.currentTarget.value } : it,
                            ),
                          )
                        }
                      />
                    </div>
                  ))}
                </fieldset>
              )}
              <div class="ltw-button-group ltw-button-group--small">
                {index > 0 && (
                  <button
                    type="button"
                    class="ltw-button ltw-button--small ltw-button--secondary"
                    id={`${itemId}-up`}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    {t('list.moveUp')}
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
                    {t('list.moveDown')}
                    <span class="ltw-visually-hidden"> {what}</span>
                  </button>
                )}
                <button
                  type="button"
                  class="ltw-button ltw-button--small ltw-button--warning"
                  id={`${itemId}-remove`}
                  onClick={() => remove(index)}
                >
                  {t('list.remove')}
                  <span class="ltw-visually-hidden"> {what}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {items.length < max && (
        <button type="button" class="ltw-button ltw-button--secondary" id={`${id}-add`} onClick={add}>
          {t('list.add')}
        </button>
      )}
      <div class="ltw-visually-hidden" role="status">
        {status}
      </div>
    </QuestionFieldset>
  );
}
