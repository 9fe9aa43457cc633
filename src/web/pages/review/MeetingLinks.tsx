import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { useSessionApi } from '../../session/use-session-api.ts';
import { formatDays } from './review-format.ts';
import type { MeetingList } from './regional-types.ts';

/**
 * Links to the meeting records of a cycle the reader may see (the public: published ones), as list
 * items; reviewers also see which are not published.
 */
export function MeetingLinks(props: { cycle: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const [meetings] = useSessionApi<MeetingList>(`cycles/${props.cycle}/meetings`, {
    lang: props.lang,
  });
  return (
    <>
      {meetings.state === 'ready' &&
        meetings.data.items.map((m) => (
          <li key={m.id}>
            <Link href={withLang(`/cycles/${props.cycle}/meetings/${m.id}`, props.lang)}>
              {t('cycle.meetingRecord', { place: m.place, dates: formatDays(props.lang, m.from, m.to) })}
            </Link>
            {!m.published && <span className="badge meeting-badge">{t('meetings:unpublished')}</span>}
          </li>
        ))}
    </>
  );
}
