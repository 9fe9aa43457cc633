import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { EMPTY_MEETING } from './meeting-form.ts';
import { MeetingForm } from './MeetingForm.tsx';
import type { Meeting } from './regional-types.ts';

/**
 * For the cycle's reviewers and administrators: "Record a meeting" opens the meeting form; once
 * the server has recorded it, its page opens, where sessions and statements are added.
 */
export function NewMeeting(props: { cycle: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('meetings');
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!open)
    return (
      <button ref={opener} type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('new.open')}
      </button>
    );
  return (
    <MeetingForm
      initial={EMPTY_MEETING}
      heading={t('new.heading')}
      submitLabel={t('new.submit')}
      send={(body) => sendJson<Meeting>('POST', `cycles/${props.cycle}/meetings?lang=${props.lang}`, body)}
      onSaved={(m) => navigate(withLang(`/cycles/${props.cycle}/meetings/${m.id}`, props.lang))}
      onCancel={() => {
        setOpen(false);
        requestAnimationFrame(() => opener.current?.focus());
      }}
    />
  );
}
