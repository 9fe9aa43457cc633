import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useUrlParam, useUrlUpdate, withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { useSessionApi } from '../../session/use-session-api.ts';
import type { ReportTagList } from './regional-types.ts';
import { TagSummary } from './SectionTags.tsx';
import { useVocabularies } from './use-vocabularies.ts';

/**
 * For reviewers: the tagged passages of every report of the cycle, searched by critical area,
 * cluster, SDG target, criterion and words (each kept in the address: `?area=G&criterion=…`).
 */
export function TagSearch(props: { cycle: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [area] = useUrlParam('area');
  const [cluster] = useUrlParam('cluster');
  const [target] = useUrlParam('target');
  const [criterion] = useUrlParam('criterion');
  const [text] = useUrlParam('text');
  const update = useUrlUpdate();
  const [words, setWords] = useState(text ?? '');
  const [targetText, setTargetText] = useState(target ?? '');
  const vocabularies = useVocabularies(props.lang);
  // The choices appear when the vocabularies arrive; a failure to get them is shown under the form.
  const v = vocabularies.state === 'ready' ? vocabularies.data : undefined;
  const targetValid = targetText.trim() === '' || /^\d{1,2}\.(\d{1,2}|[a-z])$/.test(targetText.trim());
  const [found] = useSessionApi<ReportTagList>(`cycles/${props.cycle}/tags/search`, {
    area,
    cluster,
    target,
    criterion,
    text,
    lang: props.lang,
    limit: 200,
  });
  if (found.state === 'error' && (found.status === 401 || found.status === 403)) return null;
  return (
    <section className="tag-search" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('tags.searchHeading')}</h2>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          if (targetValid) update({ text: words.trim() || null, target: targetText.trim() || null });
        }}
      >
        <label>
          {t('tags.criteriaLabel')}
          <select value={criterion ?? ''} onChange={(e) => update({ criterion: e.target.value || null })}>
            <option value="">{t('tags.any')}</option>
            {v?.tagCriteria.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('measures.areas')}
          <select value={area ?? ''} onChange={(e) => update({ area: e.target.value || null })}>
            <option value="">{t('tags.any')}</option>
            {v?.criticalAreas.map((a) => (
              <option key={a.letter} value={a.letter}>
                {a.letter}. {a.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('measures.clusters')}
          <select value={cluster ?? ''} onChange={(e) => update({ cluster: e.target.value || null })}>
            <option value="">{t('tags.any')}</option>
            {v?.clusters.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code}. {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tags.targets')}
          <input
            type="text"
            size={6}
            list={`${id}-sdg5`}
            value={targetText}
            onChange={(e) => setTargetText(e.target.value)}
            aria-invalid={targetValid ? undefined : true}
          />
          <datalist id={`${id}-sdg5`}>
            {v?.sdg5Targets.map((target) => (
              <option key={target.code} value={target.code} label={target.title} lang={target.titleLang} />
            ))}
          </datalist>
        </label>
        <label>
          {t('tags.words')}
          <input type="search" value={words} onChange={(e) => setWords(e.target.value)} />
        </label>
        <button type="submit">{t('tags.search')}</button>
      </form>
      {vocabularies.state === 'error' && <Status data={vocabularies}>{() => null}</Status>}
      <Status data={found} isEmpty={(d) => d.items.length === 0} empty={t('tags.noneFound')}>
        {(d) => (
          <ul className="tag-results">
            {d.items.map((tag) => (
              <li key={tag.id}>
                <Link
                  href={withLang(
                    `/cycles/${props.cycle}/reports/${tag.country}#section-${tag.sectionId}`,
                    props.lang,
                  )}
                >
                  {tag.countryName}, {tag.sectionTitle}
                </Link>
                : <TagSummary tag={tag} />
              </li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}
