import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { apiUrl, sendJson } from '../../api/client.ts';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { reviewsCycle } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { formatMoment } from './review-format.ts';
import type { SynthesisView } from './regional-types.ts';
import type { CycleView } from './review-types.ts';

/**
 * `/cycles/:code/synthesis`: the regional synthesis. Everyone reads the newest published version;
 * the cycle's reviewers and administrators read the newest one, generate a fresh draft from the
 * current data, edit the Markdown and publish it. Exports: print-ready HTML, Markdown and PDF.
 */
export default function SynthesisPage(): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const { code } = useParams<{ code: string }>();
  const session = useSession();
  const [cycle] = useSessionApi<CycleView>(`cycles/${code}`, { lang });
  const [synthesis, reload] = useSessionApi<SynthesisView>(`cycles/${code}/synthesis`);
  const editor = cycle.state === 'ready' && reviewsCycle(session.actor, cycle.data.regionSet.code);
  const cycleTitle = cycle.state === 'ready' ? cycle.data.title : code;
  useEffect(() => {
    document.title = `${t('synthesis.title')}: ${cycleTitle} · Parity`;
  }, [t, cycleTitle]);

  const none = synthesis.state === 'error' && (synthesis.status === 404 || synthesis.status === 401);
  return (
    <article className="review-page synthesis-page">
      <p className="breadcrumb">
        <Link href={withLang(`/cycles/${code}`, lang)}>{cycleTitle}</Link>
      </p>
      <h1>{t('synthesis.title')}</h1>
      {synthesis.state === 'loading' && (
        <p className="status" role="status">
          {t('common:loading')}
        </p>
      )}
      {synthesis.state === 'error' && !none && (
        <div className="status status-error" role="alert">
          <p>{synthesis.message}</p>
          <button type="button" onClick={synthesis.retry}>
            {t('common:error.retry')}
          </button>
        </div>
      )}
      {none && (
        <>
          <p className="status">{editor ? t('synthesis.noneEditor') : t('synthesis.none')}</p>
          {editor && <GenerateButton code={code} baseVersion={undefined} lang={lang} onDone={reload} />}
        </>
      )}
      {synthesis.state === 'ready' && (
        <SynthesisBody
          synthesis={synthesis.data}
          code={code}
          lang={lang}
          editor={editor}
          onChanged={reload}
        />
      )}
    </article>
  );
}

function SynthesisBody(props: {
  synthesis: SynthesisView;
  code: string;
  lang: Lang;
  editor: boolean;
  onChanged: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const { synthesis: s, lang } = props;
  const [editing, setEditing] = useState(false);
  const canEdit = props.editor && s.latestVersion !== undefined;
  const exportQuery = { lang, ...(canEdit ? { version: s.version } : {}) };
  return (
    <>
      <p className="report-status">
        <span className={`badge state-badge ${s.published ? 'state-published' : 'state-draft'}`}>
          <span aria-hidden="true">{s.published ? '● ' : '✎ '}</span>
          {s.published ? t('synthesis.published') : t('synthesis.draft')}
        </span>{' '}
        {t(s.origin === 'generated' ? 'synthesis.generatedVersion' : 'synthesis.editedVersion', {
          version: s.version,
          at: formatMoment(lang, s.editedAt),
          by: s.editedBy?.name ?? t('report.system'),
        })}
      </p>
      {canEdit && (
        <p className="note">
          {s.publishedVersion
            ? t('synthesis.publicReads', { version: s.publishedVersion })
            : t('synthesis.notPublished')}
        </p>
      )}
      <nav className="export-links" aria-label={t('synthesis.exports')}>
        <span>{t('synthesis.exports')}:</span>
        <a href={apiUrl(`cycles/${props.code}/synthesis.html`, exportQuery)}>{t('synthesis.html')}</a>
        <a href={apiUrl(`cycles/${props.code}/synthesis.md`, exportQuery)}>{t('synthesis.md')}</a>
        <a href={apiUrl(`cycles/${props.code}/synthesis.pdf`, exportQuery)}>{t('synthesis.pdf')}</a>
      </nav>
      <p className="note no-print">{t('synthesis.pdfNote')}</p>
      {s.lang !== lang && (
        <p className="note">
          {t('synthesis.writtenIn', {
            language: new Intl.DisplayNames([lang], { type: 'language' }).of(s.lang),
          })}
        </p>
      )}
      {canEdit && !editing && (
        <div className="controls no-print">
          <button type="button" onClick={() => setEditing(true)}>
            {t('synthesis.edit')}
          </button>
          <GenerateButton
            code={props.code}
            baseVersion={s.latestVersion}
            lang={lang}
            onDone={props.onChanged}
          />
        </div>
      )}
      {editing ? (
        <SynthesisEditor
          synthesis={s}
          code={props.code}
          lang={lang}
          onDone={() => {
            setEditing(false);
            props.onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div
          className="report-html synthesis-html"
          lang={s.lang}
          dangerouslySetInnerHTML={{ __html: s.html }}
        />
      )}
    </>
  );
}

function GenerateButton(props: {
  code: string;
  baseVersion: number | undefined;
  lang: Lang;
  onDone: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          void sendJson(
            'POST',
            `cycles/${props.code}/synthesis/generate?lang=${props.lang}`,
            props.baseVersion === undefined ? undefined : { baseVersion: props.baseVersion },
          ).then((r) => {
            setBusy(false);
            if (r.ok) props.onDone();
            else setError(r.message);
          });
        }}
      >
        {busy ? t('synthesis.generating') : t('synthesis.generate')}
      </button>
      {error && (
        <p className="field-error" role="alert" lang="en">
          {error}
        </p>
      )}
    </>
  );
}

/** The Markdown of the synthesis, saved as a new version (published or not); a stale save shows the newer text. */
function SynthesisEditor(props: {
  synthesis: SynthesisView;
  code: string;
  lang: Lang;
  onDone: () => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [markdown, setMarkdown] = useState(props.synthesis.markdown);
  const [base, setBase] = useState(props.synthesis.latestVersion ?? props.synthesis.version);
  const [publish, setPublish] = useState(props.synthesis.published);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<SynthesisView | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await sendJson<SynthesisView>('PUT', `cycles/${props.code}/synthesis`, {
      baseVersion: base,
      markdown,
      published: publish,
    });
    setBusy(false);
    if (r.ok) return props.onDone();
    const current = (r.body as { error?: { current?: SynthesisView } } | undefined)?.error?.current;
    if (r.status === 409 && current) setTheirs(current);
    else setError(r.message);
  };
  return (
    <form
      className="synthesis-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {theirs && (
        <section className="conflict card" role="alert">
          <h2>{t('conflict.heading')}</h2>
          <p>
            {t('conflict.intro', {
              version: theirs.version,
              who: theirs.editedBy?.name ?? t('conflict.someone'),
              at: formatMoment(props.lang, theirs.editedAt),
            })}
          </p>
          <pre className="markdown-source">{theirs.markdown}</pre>
          <div className="controls">
            <button
              type="button"
              onClick={() => {
                setBase(theirs.version);
                setTheirs(null);
              }}
            >
              {t('conflict.mine')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setMarkdown(theirs.markdown);
                setBase(theirs.version);
                setTheirs(null);
              }}
            >
              {t('conflict.theirs', { version: theirs.version })}
            </button>
          </div>
        </section>
      )}
      <label htmlFor={`${id}-md`}>{t('synthesis.markdown')}</label>
      <textarea
        id={`${id}-md`}
        className="markdown-input"
        lang={props.synthesis.lang}
        rows={24}
        value={markdown}
        onChange={(e) => setMarkdown(e.target.value)}
      />
      <label className="radio">
        <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />{' '}
        {t('synthesis.publish')}
      </label>
      {error && (
        <p className="field-error" role="alert" lang="en">
          {error}
        </p>
      )}
      <div className="controls">
        <button type="submit" disabled={busy || theirs !== null}>
          {t('synthesis.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('synthesis.cancel')}
        </button>
      </div>
    </form>
  );
}
