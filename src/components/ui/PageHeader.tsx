import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';

export interface Crumb {
  label: string;
  /** Omitted for the current page (the last crumb). */
  to?: To;
}

interface PageHeaderProps {
  title: ReactNode;
  /** The way back: e.g. Selskapets admin › Medlemmer › Rediger medlem. The last crumb is the current page. */
  breadcrumbs?: Crumb[];
  /** Tags beside the title (status, "Handling kreves"). */
  tags?: ReactNode;
  /** A line under the title (customer, case number). */
  meta?: ReactNode;
  /** The page's actions, right of the title (below it on a phone). */
  actions?: ReactNode;
  titleId?: string;
}

/** The top of every page: breadcrumb, the page's one <h1>, its tags, and its actions. */
export function PageHeader({ title, breadcrumbs, tags, meta, actions, titleId }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav className="ds-breadcrumbs breadcrumb" aria-label={t('breadcrumb')}>
          <ol>
            {breadcrumbs.map((c, i) => (
              <li key={`${c.label}-${i}`}>
                {c.to !== undefined ? (
                  <Link className="ds-link" to={c.to}>
                    {c.label}
                  </Link>
                ) : (
                  <span aria-current="page">{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-header-main">
        <div className="page-header-title">
          <h1 id={titleId}>{title}</h1>
          {tags && <div className="page-header-tags">{tags}</div>}
        </div>
        {actions && <div className="page-header-actions">{actions}</div>}
      </div>
      {meta && <div className="page-header-meta">{meta}</div>}
    </header>
  );
}
