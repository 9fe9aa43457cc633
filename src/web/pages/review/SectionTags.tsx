import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { ReportTag } from './regional-types.ts';
import { parseTargets, passageOf } from './tag-form.ts';
import { Checks } from '../../components/form/Checks.tsx';
import { areaOptions, clusterOptions, useVocabularies } from './use-vocabularies.ts';

/**
 * Qualitative coding of a section, for its reviewers: the passages tagged in it (quote, critical
 * areas, clusters, SDG targets, criteria) with Remove, and a form to tag a passage (the text
 * selected in the section, or typed) by area, cluster, target and criterion.
 */
export function SectionTags(props: {
  cycle: string;
  country: string;
  sectionId: string;
  sectionTitle: string;
  version: number;
  tags: readonly ReportTag[];
  lang: Lang;
  onChanged: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState('');
  const mine = props.tags.filter((x) => x.sectionId === props.sectionId);
  return (
    <div className="section-tags">
      {mine.length > 0 && (
        <ul className="tag-list" aria-label={t('tags.inSection', { section: props.sectionTitle })}>
          {mine.map((tag) => (
            <li key={tag.id}>
              <TagSummary tag={tag} />{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => void sendJson('DELETE', `tags/${tag.id}`).then(props.onChanged)}
              >
                {t('tags.remove')}
                <span className="visually-hidden">: {tag.quote}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <TagForm
          {...props}
          initial={initial}
          onDone={() => {
            setOpen(false);
            props.onChanged();
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button
          type="button"
          className="secondary comment-open"
          onMouseDown={() => setInitial(selectedIn(props.sectionId))}
          onClick={() => setOpen(true)}
        >
          {t('tags.open')}
          <span className="visually-hidden">: {props.sectionTitle}</span>
        </button>
      )}
    </div>
  );
}

/** The text selected inside the section's element, if any. */
function selectedIn(sectionId: string): string {
  const sel = window.getSelection();
  const el = document.getElementById(`section-${sectionId}`);
  if (!sel || sel.rangeCount === 0 || !el || !el.contains(sel.anchorNode)) return '';
  return passageOf(sel.toString());
}

/** A tag in one line: the quote and its codes. */
export function TagSummary(props: { tag: ReportTag }): ReactNode {
  const { t } = useTranslation('review');
  const { tag } = props;
  const codes = [
    ...tag.criteria.map((c) => t(`tags.criteria.${c}`, { defaultValue: c })),
    ...tag.bpfa.map((a) => t('tags.area', { letter: a })),
    ...tag.clusters.map((c) => t('tags.cluster', { id: c })),
    ...tag.sdgTargets.map((s) => t('tags.target', { target: s })),
  ];
  return (
    <>
      <q>{tag.quote}</q> <span className="tag-codes">({codes.join(' · ')})</span>
      {tag.note && <span className="note"> — {tag.note}</span>}
    </>
  );
}

function TagForm(props: {
  cycle: string;
  country: string;
  sectionId: string;
  version: number;
  lang: Lang;
  initial: string;
  onDone: () => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [quote, setQuote] = useState(props.initial);
  const [bpfa, setBpfa] = useState<string[]>([]);
  const [clusters, setClusters] = useState<number[]>([]);
  const [targets, setTargets] = useState('');
  const [criteria, setCriteria] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const vocabularies = useVocabularies(props.lang);
  const submit = async () => {
    const sdgTargets = parseTargets(targets);
    if (quote.trim() === '') return setError(t('tags.errors.quote'));
    if (sdgTargets === null) return setError(t('tags.errors.targets'));
    if (bpfa.length + clusters.length + sdgTargets.length + criteria.length === 0)
      return setError(t('tags.errors.codes'));
    setError(null);
    const r = await sendJson('POST', `cycles/${props.cycle}/tags?lang=${props.lang}`, {
      country: props.country,
      version: props.version,
      sectionId: props.sectionId,
      quote: quote.trim(),
      bpfa,
      clusters,
      sdgTargets,
      criteria,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (r.ok) props.onDone();
    else setError(r.message);
  };
  return (
    <fieldset className="tag-form card">
      <legend>{t('tags.formTitle')}</legend>
      <div className="field">
        <label htmlFor={`${id}-quote`}>{t('tags.quote')}</label>
        <textarea
          id={`${id}-quote`}
          rows={2}
          value={quote}
          onChange={(e) => setQuote(e.target.value)}
          aria-describedby={`${id}-quote-help`}
        />
        <p id={`${id}-quote-help`} className="note">
          {t('tags.quoteHelp')}
        </p>
      </div>
      <Status data={vocabularies}>
        {(v) => (
          <>
            <Checks
              legend={t('tags.criteriaLabel')}
              options={v.tagCriteria.map((c) => ({ value: c.code, label: c.label }))}
              selected={criteria}
              onChange={setCriteria}
            />
            <details className="checks-more">
              <summary>{t('tags.areasClusters')}</summary>
              <Checks
                legend={t('measures.areas')}
                options={areaOptions(v)}
                selected={bpfa}
                onChange={setBpfa}
              />
              <Checks
                legend={t('measures.clusters')}
                options={clusterOptions(v)}
                selected={clusters}
                onChange={setClusters}
                note={t('measures.clustersNote')}
              />
            </details>
          </>
        )}
      </Status>
      <div className="field">
        <label htmlFor={`${id}-targets`}>{t('tags.targets')}</label>
        <input
          id={`${id}-targets`}
          type="text"
          value={targets}
          onChange={(e) => setTargets(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('tags.note')}</label>
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="controls">
        <button type="button" onClick={() => void submit()}>
          {t('tags.submit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('tags.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
