import {
  nothingReached,
  personName,
  type FamilyView,
  type FamilyViewGroup,
  type FamilyViewItem,
} from '~/core/cases/family-view';
import { questionWords, type QuestionWords } from '~/core/questions/question-words';
import { dateFormat } from '~/core/text/text';
import type { Translate } from '~/core/questions/types';
import { familyViewKey, stageKey } from '~/core/journey/schema/keys';
import { assertNever } from '~/core/assert-never';
import { AnswerText } from '~/ui/answers/AnswerText';
import type { KeysUnder, TranslateOptions } from '~/core/words/translate';

export type HeadingLevel = 2 | 3 | 4;

interface Props {
  view: FamilyView;
  t: Translate;
  /** BCP 47 language, for dates. */
  lang: string;
  /** The person's name is a heading of this level, each group one level below. */
  level?: HeadingLevel;
}

const fv = (t: Translate, key: KeysUnder<'familyView:'>, options: TranslateOptions = {}) =>
  t(`familyView:${key}`, options);

/** The investigator's words for a question, or the family's short key for a question added since. */
const itemLabel = (t: Translate, words: QuestionWords, item: FamilyViewItem) =>
  t(familyViewKey('questions', item.question.id), { defaultValue: words.short(item.question) });

export function groupTitle(t: Translate, group: FamilyViewGroup): string {
  switch (group.kind) {
    case 'topic':
      return fv(t, `topics.${group.id}`);
    case 'stage':
      return fv(t, 'stageHeading', {
        number: group.number,
        title: t(familyViewKey('stages', group.id), { defaultValue: t(stageKey(group.id, 'title')) }),
      });
    default:
      return assertNever(group);
  }
}

function ItemValue({ item, t, words }: { item: FamilyViewItem; t: Translate; words: QuestionWords }) {
  switch (item.state) {
    case 'answered':
      return <AnswerText question={item.question} value={item.value} words={words} />;
    case 'private':
      return (
        <>
          {/* Visible words, read the same by a screen reader: no icon, no colour alone. */}
          <strong class="ltw-tag ltw-tag--private">{fv(t, 'states.private')}</strong>{' '}
          <AnswerText question={item.question} value={item.value} words={words} />
        </>
      );
    case 'kept-back':
      return <span class="ltw-summary-list__empty">{fv(t, 'states.keptBack')}</span>;
    case 'not-reached':
      return <span class="ltw-summary-list__empty">{fv(t, 'states.notReached')}</span>;
    default:
      return assertNever(item);
  }
}

/**
 * One family member's answers for the investigation team: their name as a heading, then a GOV.UK summary
 * list per group (needs, contact, people, questions, then the stages). Read only: nothing to fill in.
 * Private answers carry a visible "Private: do not share" tag and are left off a printout.
 */
export function FamilyAnswersView({ view, t, lang, level = 2 }: Props) {
  const words = questionWords(t, view.answers, lang);
  const Heading = `h${level}` as 'h2';
  const GroupHeading = `h${level + 1}` as 'h3';
  const idBase = `family-member-${view.number}`;
  const hasPrivate = view.groups.some((g) => g.items.some((i) => i.state === 'private'));
  const madeAt = view.agreementMadeAt ? new Date(view.agreementMadeAt) : undefined;
  return (
    <div class="ltw-family-view">
      <Heading class="ltw-family-view__name" id={`${idBase}-name`}>
        <bdi>{personName(view, t)}</bdi>
      </Heading>
      {madeAt && !Number.isNaN(madeAt.getTime()) && (
        <p class="ltw-family-view__meta">
          {fv(t, 'person.agreementMade', {
            date: dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(madeAt),
          })}
        </p>
      )}
      {hasPrivate && (
        <>
          <p class="ltw-family-view__private-note ltw-no-print">{fv(t, 'privateNote')}</p>
          <p class="ltw-print-only">{fv(t, 'privateNotPrinted')}</p>
        </>
      )}
      {view.groups.map((group) => (
        // A plain division, not a <section>: named sections are landmarks, and every person has the same groups.
        <div key={`${group.kind}-${group.id}`} class="ltw-family-view__group">
          <GroupHeading class="ltw-family-view__group-title" id={`${idBase}-${group.id}`}>
            {groupTitle(t, group)}
          </GroupHeading>
          {nothingReached(group) ? (
            <p class="ltw-summary-list__empty">{fv(t, 'states.groupNotReached')}</p>
          ) : (
            <dl class="ltw-summary-list ltw-family-view__list">
              {group.items.map((item) => (
                <div
                  key={item.question.id}
                  class={
                    item.state === 'private'
                      ? 'ltw-summary-list__row ltw-summary-list__row--private'
                      : 'ltw-summary-list__row'
                  }
                >
                  <dt class="ltw-summary-list__key">{itemLabel(t, words, item)}</dt>
                  <dd class="ltw-summary-list__value">
                    <ItemValue item={item} t={t} words={words} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      ))}
    </div>
  );
}
