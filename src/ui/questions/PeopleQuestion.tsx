import { useState } from 'preact/hooks';
import { ErrorMessage } from '~/ui/form/ErrorMessage';
import { QuestionFieldset } from './QuestionFieldset';
import type { QuestionProps } from './question-props';
import { useFocusAfterRender } from './use-focus-after-render';
import { PERSON_FIELDS, type Person } from '~/core/questions/people/rules';
import { personOffered } from '~/core/questions/people/offered';

const TYPE = { name: 'text', relationship: 'text', phone: 'tel', email: 'email' } as const;

/**
 * "Is there anyone else?": first a plain yes or "No one else" (GOV.UK conditional radios), then one
 * set of fields per person, with "Add another person". No empty fields to remove when there is no one.
 */
export function PeopleQuestion({
  question,
  value,
  onChange,
  words,
  errorFor,
  caption,
  headingRef,
}: QuestionProps<'people'>) {
  const { t } = words;
  const id = question.id;
  const people: Person[] = value?.items.length ? value.items : [{}];
  const adding = value !== undefined && !value.noOneElse;
  const [status, setStatus] = useState('');
  const focusLater = useFocusAfterRender();
  const update = (items: Person[]) => onChange({ items });
  const who = (index: number) => t('ui:people.person', { number: index + 1 });
  // Someone named earlier (the main contact) is offered here rather than typed again.
  const offered = personOffered(words.answers ?? {}, people);
  const room = people.length < question.maxPeople;

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
      <div class="ltw-choices">
        <div class="ltw-choices__item">
          <input
            class="ltw-choices__input"
            id={`${id}-add-yes`}
            name={`${id}-add`}
            type="radio"
            checked={adding}
            onChange={() => update(value?.items.length ? value.items : [{}])}
          />
          <label class="ltw-choices__label" for={`${id}-add-yes`}>
            {t('ui:people.yes')}
          </label>
        </div>
        {adding && (
          <div class="ltw-choices__conditional">
            <ol class="ltw-list-items">
              {people.map((person, index) => {
                const itemId = `${id}-item-${index + 1}`;
                return (
                  <li class="ltw-list-items__item" key={index}>
                    <fieldset class="ltw-fieldset ltw-fieldset--nested">
                      <legend class="ltw-fieldset__legend ltw-fieldset__legend--s">{who(index)}</legend>
                      {PERSON_FIELDS.map((field) => {
                        const error = errorFor(`item-${index + 1}-${field}`);
                        return (
                          <div class={error ? 'ltw-form-group ltw-form-group--error' : 'ltw-form-group'} key={field}>
                            <label class="ltw-label" for={`${itemId}-${field}`}>
                              {t(`ui:people.${field}`)}
                            </label>
                            <ErrorMessage id={`${itemId}-${field}-error`} prefix={t('ui:errorPrefix')} text={error} />
                            <input
                              class={error ? 'ltw-input ltw-input--error' : 'ltw-input'}
                              id={`${itemId}-${field}`}
                              type={TYPE[field]}
                              dir={field === 'name' || field === 'relationship' ? 'auto' : undefined}
                              autocomplete="off"
                              value={person[field] ?? ''}
                              aria-describedby={error ? `${itemId}-${field}-error` : undefined}
                              onInput={(event) =>
                                update(
                                  people.map((p, i) =>
                                    i === index ? { ...p, [field]: event.currentTarget.value } : p,
                                  ),
                                )
                              }
                            />
                          </div>
                        );
                      })}
                      {(question.asks ?? []).map((choice) => (
                        <PersonYesNo
                          key={choice}
                          name={`${itemId}-${choice}`}
                          legend={t(`ui:people.${choice}`, { name: person.name?.trim() || who(index) })}
                          value={person[choice]}
                          yes={t(`ui:people.answers.${choice}.yes`)}
                          no={t(`ui:people.answers.${choice}.no`)}
                          onChange={(answer) =>
                            update(people.map((p, i) => (i === index ? { ...p, [choice]: answer } : p)))
                          }
                        />
                      ))}
                    </fieldset>
                    {people.length > 1 && (
                      <button
                        type="button"
                        class="ltw-button ltw-button--small ltw-button--warning"
                        id={`${itemId}-remove`}
                        onClick={() => {
                          update(people.filter((_, i) => i !== index));
                          setStatus(t('ui:list.removed', { what: who(index) }));
                          focusLater(`${id}-add-another`);
                        }}
                      >
                        {t('ui:list.remove')}
                        <span class="ltw-visually-hidden"> {who(index)}</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
            {offered && room && (
              <button
                type="button"
                class="ltw-button ltw-button--secondary"
                id={`${id}-add-offered`}
                onClick={() => {
                  const blank = people.length === 1 && !Object.values(people[0] ?? {}).some(Boolean);
                  update(blank ? [offered] : [...people, offered]);
                  setStatus(t('ui:list.added', { what: offered.name }));
                }}
              >
                {t('ui:people.addOffered', { name: offered.name })}
              </button>
            )}
            {!room && (
              <p class="ltw-body" id={`${id}-limit`}>
                {t('ui:people.limit', { max: question.maxPeople })}
              </p>
            )}
            {room && (
              <button
                type="button"
                class="ltw-button ltw-button--secondary"
                id={`${id}-add-another`}
                onClick={() => {
                  update([...people, {}]);
                  setStatus(t('ui:list.added', { what: who(people.length) }));
                  focusLater(`${id}-item-${people.length + 1}-name`);
                }}
              >
                {t('ui:people.addAnother')}
              </button>
            )}
          </div>
        )}
        <div class="ltw-choices__item">
          <input
            class="ltw-choices__input"
            id={`${id}-add-no`}
            name={`${id}-add`}
            type="radio"
            checked={Boolean(value?.noOneElse)}
            onChange={() => onChange({ items: [], noOneElse: true })}
          />
          <label class="ltw-choices__label" for={`${id}-add-no`}>
            {t('ui:people.noOneElse')}
          </label>
        </div>
      </div>
      <div class="ltw-visually-hidden" role="status">
        {status}
      </div>
    </QuestionFieldset>
  );
}

/** "Should they come to meetings with you?": yes or no, for one person (GOV.UK inline radios). */
function PersonYesNo(props: {
  name: string;
  legend: string;
  value: 'yes' | 'no' | undefined;
  yes: string;
  no: string;
  onChange: (answer: 'yes' | 'no') => void;
}) {
  return (
    <fieldset class="ltw-fieldset ltw-form-group">
      <legend class="ltw-fieldset__legend ltw-label">{props.legend}</legend>
      <div class="ltw-choices ltw-choices--inline">
        {(['yes', 'no'] as const).map((answer) => (
          <div class="ltw-choices__item" key={answer}>
            <input
              class="ltw-choices__input"
              id={`${props.name}-${answer}`}
              name={props.name}
              type="radio"
              checked={props.value === answer}
              onChange={() => props.onChange(answer)}
            />
            <label class="ltw-choices__label" for={`${props.name}-${answer}`}>
              {answer === 'yes' ? props.yes : props.no}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
