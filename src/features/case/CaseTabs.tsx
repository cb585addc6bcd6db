import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseDetail } from '@/api/contract';
import { CaseInfoTab } from './CaseInfoTab';
import { CostControlTab } from './CostControlTab';
import { WorkPlanTab } from './WorkPlanTab';
import { InvoiceTab, ProjectPlanTab, SettlementTab } from './SummaryTabs';
import { can } from './shared';
import './CaseTabs.css';

/** The guide's tabs, in its order: Saksinformasjon, Kostnadskontroll, Arbeidsplan, Faktura, Kundeoppgjør, Prosjektplan. */
export const CASE_TABS = ['info', 'cost', 'workplan', 'invoice', 'settlement', 'projectplan'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

const PANELS: Record<CaseTab, (p: { caseDetail: CaseDetail }) => React.ReactNode> = {
  info: CaseInfoTab,
  cost: CostControlTab,
  workplan: WorkPlanTab,
  invoice: InvoiceTab,
  settlement: SettlementTab,
  projectplan: ProjectPlanTab,
};

/** The tabs the viewer may open: Kostnadskontroll only with "Godkjenne budsjett" (the guide: the right "aktiverer tilgang til kostnadskontroll-fanen"). */
const visibleTabs = (c: CaseDetail): CaseTab[] => CASE_TABS.filter((tab) => tab !== 'cost' || can(c, 'approveBudget'));

/**
 * The case page's tabs (R5), under the header. The selected tab lives in the URL (?tab=...). A link to a
 * tab the viewer may not open lands on Saksinformasjon with a short explanation.
 */
export function CaseTabs({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [params, setParams] = useSearchParams();
  const tabs = visibleTabs(caseDetail);
  const raw = params.get('tab');
  const denied = raw === 'cost' && !tabs.includes('cost');
  const selected: CaseTab = (tabs as readonly string[]).includes(raw ?? '') ? (raw as CaseTab) : 'info';
  const [deniedNotice, setDeniedNotice] = useState(denied);
  // A deep link to a tab the viewer does not have: say why once, and take the tab out of the URL.
  if (denied && !deniedNotice) setDeniedNotice(true);
  useEffect(() => {
    if (!denied) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete('tab');
        return next;
      },
      { replace: true },
    );
  }, [denied, setParams]);
  const base = useId();
  const tabRefs = useRef<Partial<Record<CaseTab, HTMLButtonElement | null>>>({});

  const select = (tab: CaseTab, focus = false) => {
    setDeniedNotice(false);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (tab === 'info') next.delete('tab');
        else next.set('tab', tab);
        return next;
      },
      { replace: true },
    );
    if (focus) tabRefs.current[tab]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.indexOf(selected);
    const to =
      e.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft'
          ? tabs[(i - 1 + tabs.length) % tabs.length]
          : e.key === 'Home'
            ? tabs[0]
            : e.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    select(to, true);
  };

  const Panel = PANELS[selected];
  return (
    <section className="case-tabs" aria-label={t('tabs.label')}>
      <div role="tablist" aria-label={t('tabs.label')} className="tablist" tabIndex={-1} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabRefs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab}`}
            aria-controls={`${base}-panel-${tab}`}
            aria-selected={tab === selected}
            tabIndex={tab === selected ? 0 : -1}
            className="tab"
            onClick={() => select(tab)}
          >
            {t(`tabs.${tab}`)}
          </button>
        ))}
      </div>
      {deniedNotice && selected === 'info' && (
        <p role="status" className="notice">
          {t('cost.noAccess')}
        </p>
      )}
      <div
        role="tabpanel"
        id={`${base}-panel-${selected}`}
        aria-labelledby={`${base}-tab-${selected}`}
        className="tabpanel"
        tabIndex={0}
      >
        <Panel caseDetail={caseDetail} />
      </div>
    </section>
  );
}
