import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListDiff, VersionDiff } from './review-types.ts';

/**
 * What changed between two versions: per changed section, the text with added words marked
 * `<ins>` and removed ones `<del>` (with words for screen readers, and not by colour alone), then
 * the measures, attachments and evidence blocks added, removed or changed.
 */
export function DiffView(props: { diff: VersionDiff }): ReactNode {
  const { t } = useTranslation('review');
  const { diff } = props;
  const changed = diff.sections.filter((s) => s.change !== 'unchanged');
  return (
    <div className="diff">
      <p>
        {t('diff.summary', {
          from: diff.from.version,
          to: diff.to.version,
          count: changed.length,
        })}
      </p>
      {changed.map((s) => (
        <section key={s.sectionId} className="diff-section" aria-labelledby={`diff-${s.sectionId}`}>
          <h4 id={`diff-${s.sectionId}`}>
            {s.title}{' '}
            <span className="muted">
              ({t(`diff.change.${s.change}`)};{' '}
              {t('diff.words', { added: s.wordsAdded, removed: s.wordsRemoved })})
            </span>
          </h4>
          <p className="diff-text">
            {s.parts.map((p, i) =>
              p.kind === 'added' ? (
                <ins key={i}>
                  <span className="visually-hidden">[{t('diff.added')}: </span>
                  {p.text}
                  <span className="visually-hidden">]</span>
                </ins>
              ) : p.kind === 'removed' ? (
                <del key={i}>
                  <span className="visually-hidden">[{t('diff.removed')}: </span>
                  {p.text}
                  <span className="visually-hidden">]</span>
                </del>
              ) : (
                <span key={i}>{p.text}</span>
              ),
            )}
          </p>
        </section>
      ))}
      <ListChanges title={t('measures.heading')} diff={diff.measures} />
      <ListChanges title={t('attachments.heading')} diff={diff.attachments} />
      <ListChanges title={t('diff.evidence')} diff={diff.evidence} />
    </div>
  );
}

function ListChanges(props: { title: string; diff: ListDiff }): ReactNode {
  const { t } = useTranslation('review');
  const { added, removed, changed } = props.diff;
  if (added.length + removed.length + changed.length === 0) return null;
  const row = (label: string, items: readonly string[]) =>
    items.length > 0 && (
      <li>
        {label}: {items.join('; ')}
      </li>
    );
  return (
    <section className="diff-section">
      <h4>{props.title}</h4>
      <ul>
        {row(t('diff.added'), added)}
        {row(t('diff.removed'), removed)}
        {row(t('diff.changed'), changed)}
      </ul>
    </section>
  );
}
