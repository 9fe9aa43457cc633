import { Fragment, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { differingFields, statementFieldsOf, type StatementFields } from './meeting-form.ts';
import type { MeetingSession, Statement } from './regional-types.ts';
import { formatMoment } from './review-format.ts';

/**
 * After a refused edit (the statement was saved by someone else meanwhile): the saved version's
 * fields that differ from the form's, and the choice between saving the form's version over it
 * and taking the saved one into the form. Nothing typed is lost until the user chooses.
 */
export function StatementConflict(props: {
  theirs: Statement;
  mine: StatementFields;
  sessions: readonly MeetingSession[];
  lang: Lang;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const id = useId();
  const { theirs } = props;
  const differ = differingFields(props.mine, statementFieldsOf(theirs));
  const value = (field: (typeof differ)[number]): ReactNode => {
    switch (field) {
      case 'sessionId':
        return theirs.sessionId === null
          ? t('statement.noSession')
          : (props.sessions.find((s) => s.id === theirs.sessionId)?.title ?? theirs.sessionTitle);
      case 'country':
        return theirs.countryName ?? theirs.country ?? '—';
      case 'text':
        return <blockquote className="statement-text">{theirs.text}</blockquote>;
      default:
        return theirs[field] ?? '—';
    }
  };
  return (
    <section className="conflict card meeting-conflict" role="alert" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('conflict.heading')}</h4>
      <p>
        {t('conflict.intro', { version: theirs.version, at: formatMoment(props.lang, theirs.updatedAt) })}
      </p>
      {differ.length === 0 ? (
        <p>{t('conflict.same')}</p>
      ) : (
        <dl className="facts meeting-conflict-fields">
          {differ.map((field) => (
            <Fragment key={field}>
              <dt>{t(`field.${field}`)}</dt>
              <dd>{value(field)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <div className="controls">
        <button type="button" disabled={props.busy} onClick={props.onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="secondary" onClick={props.onTakeTheirs}>
          {t('conflict.takeTheirs', { version: theirs.version })}
        </button>
      </div>
    </section>
  );
}
