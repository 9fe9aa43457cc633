import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import type { SaveConflict } from './conflict.ts';
import { conflictingSections, draftOf, mergeDraft, type Draft, type Side } from './draft.ts';
import { formatMoment } from './review-format.ts';

/**
 * After a refused save (someone saved a newer version meanwhile): each section whose text differs,
 * the user's text and the stored one side by side, and a choice per section (the user's own by
 * default, so nothing typed is lost). The merge becomes the draft, based on the stored version,
 * and is saved like any draft.
 */
export function ConflictPanel(props: {
  conflict: SaveConflict;
  lang: Lang;
  onMerged: (draft: Draft) => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const { current, yours, message } = props.conflict;
  const theirs = draftOf(current);
  const order = current.sections.map((s) => s.id);
  const ids = conflictingSections(yours.sections, theirs.sections, order);
  const listsDiffer =
    JSON.stringify([yours.evidence, yours.measures, yours.attachments]) !==
    JSON.stringify([theirs.evidence, theirs.measures, theirs.attachments]);
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [lists, setLists] = useState<Side>('mine');
  const who = current.version.savedBy ?? t('conflict.someone');
  const choice = (name: string, value: Side, checked: boolean, onPick: () => void, label: string) => (
    <label className="radio">
      <input type="radio" name={name} value={value} checked={checked} onChange={onPick} /> {label}
    </label>
  );
  return (
    <section className="conflict card" role="alert" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('conflict.heading')}</h2>
      <p>
        {t('conflict.intro', {
          version: current.currentVersion,
          who,
          at: formatMoment(props.lang, current.version.savedAt),
        })}
      </p>
      <p className="note" lang="en">
        {message}
      </p>
      {ids.map((sectionId) => {
        const title = current.sections.find((s) => s.id === sectionId)?.title ?? sectionId;
        const side = choices[sectionId] ?? 'mine';
        const name = `${id}-${sectionId}`;
        return (
          <fieldset key={sectionId} className="conflict-section">
            <legend>{title}</legend>
            <div className="side-by-side">
              <div>
                {choice(
                  name,
                  'mine',
                  side === 'mine',
                  () => setChoices({ ...choices, [sectionId]: 'mine' }),
                  t('conflict.mine'),
                )}
                <Source text={yours.sections[sectionId] ?? ''} />
              </div>
              <div>
                {choice(
                  name,
                  'theirs',
                  side === 'theirs',
                  () => setChoices({ ...choices, [sectionId]: 'theirs' }),
                  t('conflict.theirs', { version: current.currentVersion }),
                )}
                <Source text={theirs.sections[sectionId] ?? ''} />
              </div>
            </div>
          </fieldset>
        );
      })}
      {listsDiffer && (
        <fieldset className="conflict-section">
          <legend>{t('conflict.lists')}</legend>
          {choice(`${id}-lists`, 'mine', lists === 'mine', () => setLists('mine'), t('conflict.listsMine'))}
          {choice(
            `${id}-lists`,
            'theirs',
            lists === 'theirs',
            () => setLists('theirs'),
            t('conflict.listsTheirs'),
          )}
        </fieldset>
      )}
      {ids.length === 0 && !listsDiffer && <p>{t('conflict.same')}</p>}
      <button type="button" onClick={() => props.onMerged(mergeDraft(yours, theirs, choices, lists))}>
        {t('conflict.use')}
      </button>
    </section>
  );
}

/** A section's Markdown as written; "(empty)" for none. */
function Source(props: { text: string }): ReactNode {
  const { t } = useTranslation('review');
  return props.text.trim() === '' ? (
    <p className="muted">{t('conflict.empty')}</p>
  ) : (
    <pre className="markdown-source">{props.text}</pre>
  );
}
