import type { ComponentChildren } from 'preact';
import type { FamilyView } from '~/core/cases/family-view';
import type { Translate } from '~/core/questions/types';
import { FamilyAnswersView, type HeadingLevel } from './FamilyAnswersView';

interface Props {
  views: readonly FamilyView[];
  t: Translate;
  lang: string;
  /** Each person's name is a heading of this level. */
  level?: HeadingLevel;
  /** What to say under a person's answers, by their number (where their answers came from). */
  notes?: Readonly<Record<number, ComponentChildren>>;
}

/**
 * Several family members' answers, each in a card of its own with its own heading: side by side on a wide
 * screen, one after another on a phone. Never merged: people in one family may want different things, and
 * one person's answers (above all their private ones) are not another's to see.
 */
export function FamiliesSideBySide({ views, t, lang, level = 2, notes }: Props) {
  return (
    <div class="ltw-families">
      <p class="ltw-families__intro">{t('familyView:sideBySide.intro')}</p>
      <p class="ltw-families__count">{t('familyView:sideBySide.count', { count: views.length })}</p>
      {/* eslint-disable-next-line jsx-a11y/no-redundant-roles -- Safari drops list semantics from a list styled without bullets. */}
      <ul class="ltw-families__list" role="list">
        {views.map((view) => (
          <li class="ltw-families__person" key={view.number}>
            <article class="ltw-families__card" aria-labelledby={`family-member-${view.number}-name`}>
              <FamilyAnswersView view={view} t={t} lang={lang} level={level} />
              {notes?.[view.number]}
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
