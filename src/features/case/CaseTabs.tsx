import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseDetail } from '@/api/contract';
import { CaseInfoTab } from './CaseInfoTab';
import { CostControlTab } from './CostControlTab';
import { WorkPlanTab } from './WorkPlanTab';
import { InvoiceTab, ProjectPlanTab, SettlementTab } from './SummaryTabs';

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

/** The case page's tabs (R5), under the header. The selected tab lives in the URL (?tab=...). */
export function CaseTabs({ caseDetail }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const selected: CaseTab = (CASE_TABS as readonly string[]).includes(raw ?? '') ? (raw as CaseTab) : 'info';
  const base = useId();
  const tabRefs = useRef<Partial<Record<CaseTab, HTMLButtonElement | null>>>({});

  const select = (tab: CaseTab, focus = false) => {
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
    const i = CASE_TABS.indexOf(selected);
    const to =
      e.key === 'ArrowRight' ? CASE_TABS[(i + 1) % CASE_TABS.length]
        : e.key === 'ArrowLeft' ? CASE_TABS[(i - 1 + CASE_TABS.length) % CASE_TABS.length]
          : e.key === 'Home' ? CASE_TABS[0]
            : e.key === 'End' ? CASE_TABS[CASE_TABS.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    select(to, true);
  };

  const Panel = PANELS[selected];
  return (
    <section className="case-tabs" aria-label={t('tabs.label')}>
      <div role="tablist" aria-label={t('tabs.label')} className="tablist" onKeyDown={onKeyDown}>
        {CASE_TABS.map((tab) => (
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
      <div role="tabpanel" id={`${base}-panel-${selected}`} aria-labelledby={`${base}-tab-${selected}`} className="tabpanel" tabIndex={0}>
        <Panel caseDetail={caseDetail} />
      </div>
    </section>
  );
}
