import { useState } from 'react';
import { useT } from '../../components/i18n/I18n';
import { Tabs } from '../../components/sidepanel/Tabs';
import { SpecChecker } from '../../components/spec/SpecChecker';
import { DeadlinesTab } from './deadlines/DeadlinesTab';
import { VaultTab } from './vault/VaultTab';

const TABS = [
  { id: 'deadlines', label: 'sidepanel.tabDeadlines' },
  { id: 'vault', label: 'sidepanel.tabVault' },
  { id: 'spec', label: 'sidepanel.tabSpec' },
] as const;

/** The side panel: every tracked order's deadlines, the evidence vault, and the spec checker. */
export function SidePanelApp() {
  const initial =
    new URLSearchParams(location.search).get('tab') ?? location.hash.replace(/^#/, '').split(':')[0];
  const [active, setActive] = useState<string>(TABS.some((t) => t.id === initial) ? initial! : 'deadlines');
  const t = useT();
  const tabs = TABS.map((tab) => ({ id: tab.id, label: t.t(tab.label) }));
  return (
    <main className="tg-surface">
      <h1 className="tg-title">TradeGuard</h1>
      <Tabs tabs={tabs} active={active} onChange={setActive} label={t.t('sidepanel.label')}>
        {active === 'deadlines' && <DeadlinesTab />}
        {active === 'vault' && <VaultTab />}
        {active === 'spec' && (
          <section>
            <h2>{t.t('sidepanel.specTitle')}</h2>
            <SpecChecker />
          </section>
        )}
      </Tabs>
    </main>
  );
}
