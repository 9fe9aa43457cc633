import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useSearch } from 'wouter';
import i18n, { isLang, LANG_NAMES, LANGS, type Lang } from '../i18n/i18n.ts';
import { SessionNotice } from '../session/SessionNotice.tsx';
import { SessionProvider } from '../session/SessionProvider.tsx';
import { UserMenu } from '../session/UserMenu.tsx';
import { useUrlParam, withLang } from './url-state.ts';

// Each page is its own chunk: the first load carries only the shell and the page opened.
const HomePage = lazy(() => import('../pages/home/HomePage.tsx'));
const CountryPage = lazy(() => import('../pages/country/CountryPage.tsx'));
const ExplorerPage = lazy(() => import('../pages/explore/ExplorerPage.tsx'));
const ComparePage = lazy(() => import('../pages/compare/ComparePage.tsx'));
const DataPage = lazy(() => import('../pages/data/DataPage.tsx'));
const ProgressPage = lazy(() => import('../pages/progress/ProgressPage.tsx'));
const RegionProgressPage = lazy(() => import('../pages/progress/RegionProgressPage.tsx'));
const ClaimsPage = lazy(() => import('../pages/claims/ClaimsPage.tsx'));
const SignInPage = lazy(() => import('../pages/account/SignInPage.tsx'));
const AccountPage = lazy(() => import('../pages/account/AccountPage.tsx'));
const CyclesPage = lazy(() => import('../pages/review/CyclesPage.tsx'));
const CyclePage = lazy(() => import('../pages/review/CyclePage.tsx'));
const ReportPage = lazy(() => import('../pages/review/ReportPage.tsx'));
const SynthesisPage = lazy(() => import('../pages/review/SynthesisPage.tsx'));
const MeetingPage = lazy(() => import('../pages/review/MeetingPage.tsx'));
const AdminUsersPage = lazy(() => import('../pages/admin/AdminUsersPage.tsx'));
const AdminUserPage = lazy(() => import('../pages/admin/AdminUserPage.tsx'));

/** The language of the page, from `?lang=`; keeps i18next and `<html lang>` in step with the URL. */
export function useLang(): Lang {
  const search = useSearch();
  const raw = new URLSearchParams(search).get('lang');
  const lang: Lang = isLang(raw) ? raw : 'en';
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}

export function App(): ReactNode {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link href={withLang('/', lang)} className="brand-name">
            {t('appName')}
          </Link>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link href={withLang('/', lang)}>{t('nav.home')}</Link>
            </li>
            <li>
              <Link href={withLang('/explore', lang)}>{t('nav.explore')}</Link>
            </li>
            <li>
              <Link href={withLang('/compare', lang)}>{t('nav.compare')}</Link>
            </li>
            <li>
              <Link href={withLang('/progress/region/unece', lang)}>{t('nav.progress')}</Link>
            </li>
            <li>
              <Link href={withLang('/data', lang)}>{t('nav.data')}</Link>
            </li>
            <li>
              <Link href={withLang('/claims', lang)}>{t('nav.claims')}</Link>
            </li>
            <li>
              <Link href={withLang('/cycles', lang)}>{t('nav.review')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('nav.api')}</a>
            </li>
          </ul>
        </nav>
        <LanguageSwitch lang={lang} />
        <UserMenu lang={lang} />
      </header>
      <main id="main" tabIndex={-1}>
        <SessionNotice lang={lang} />
        <Suspense
          fallback={
            <p className="status" role="status">
              {t('loading')}
            </p>
          }
        >
          <Switch>
            <Route path="/" component={HomePage} />
            <Route path="/country/:iso3" component={CountryPage} />
            <Route path="/explore" component={ExplorerPage} />
            <Route path="/compare" component={ComparePage} />
            <Route path="/data" component={DataPage} />
            <Route path="/claims" component={ClaimsPage} />
            <Route path="/progress/region/:set" component={RegionProgressPage} />
            <Route path="/progress/:iso3" component={ProgressPage} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/account" component={AccountPage} />
            <Route path="/cycles" component={CyclesPage} />
            <Route path="/cycles/:code/reports/:iso3" component={ReportPage} />
            <Route path="/cycles/:code/synthesis" component={SynthesisPage} />
            <Route path="/cycles/:code/meetings/:id" component={MeetingPage} />
            <Route path="/cycles/:code" component={CyclePage} />
            <Route path="/admin/users/:id" component={AdminUserPage} />
            <Route path="/admin/users" component={AdminUsersPage} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </SessionProvider>
  );
}

function LanguageSwitch(props: { lang: Lang }): ReactNode {
  const { t } = useTranslation();
  const [, setLang] = useUrlParam('lang');
  return (
    <label className="language-switch">
      <span>{t('language')}</span>
      <select value={props.lang} onChange={(e) => setLang(e.target.value)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function NotFound(): ReactNode {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href={withLang('/', lang)}>{t('notFound.home')}</Link>
    </section>
  );
}
