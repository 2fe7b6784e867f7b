import { useState } from 'react';
import { Tabs } from '../../components/sidepanel/Tabs';
import { SpecChecker } from '../../components/spec/SpecChecker';
import { DeadlinesTab } from './deadlines/DeadlinesTab';
import { VaultTab } from './vault/VaultTab';

const TABS = [
  { id: 'deadlines', label: 'Deadlines' },
  { id: 'vault', label: 'Evidence vault' },
  { id: 'spec', label: 'Check a spec' },
];

/** The side panel: every tracked order's deadlines, the evidence vault, and the spec checker. */
export function SidePanelApp() {
  const initial =
    new URLSearchParams(location.search).get('tab') ?? location.hash.replace(/^#/, '').split(':')[0];
  const [active, setActive] = useState(TABS.some((t) => t.id === initial) ? initial! : 'deadlines');
  return (
    <main className="tg-surface">
      <h1 className="tg-title">TradeGuard</h1>
      <Tabs tabs={TABS} active={active} onChange={setActive} label="TradeGuard side panel">
        {active === 'deadlines' && <DeadlinesTab />}
        {active === 'vault' && <VaultTab />}
        {active === 'spec' && (
          <section>
            <h2>Check my spec before I send it</h2>
            <SpecChecker />
          </section>
        )}
      </Tabs>
    </main>
  );
}
