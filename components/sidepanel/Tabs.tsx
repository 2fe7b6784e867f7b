import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import '../ui/tabs.css';

export interface TabItem {
  id: string;
  label: string;
}

export interface TabsProps {
  tabs: TabItem[];
  active: string;
  onChange(id: string): void;
  /** The active tab's content, placed in its tabpanel. */
  children?: ReactNode;
  /** Names the tab list for screen readers. */
  label?: string;
}

/**
 * WAI-ARIA tabs: one tab in the Tab order (roving tabindex), arrows / Home /
 * End move between tabs and select them, the panel is labelled by its tab.
 */
export function Tabs({ tabs, active, onChange, children, label = 'TradeGuard sections' }: TabsProps) {
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const activeIndex = Math.max(
    0,
    tabs.findIndex((t) => t.id === active),
  );
  const activeTab = tabs[activeIndex];

  const moveTo = (index: number) => {
    const wrapped = (index + tabs.length) % tabs.length;
    const tab = tabs[wrapped];
    if (!tab) return;
    onChange(tab.id);
    buttons.current[wrapped]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: activeIndex + 1,
      ArrowLeft: activeIndex - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div className="tg-tabs">
      <div role="tablist" aria-label={label} className="tg-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => {
          const selected = i === activeIndex;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${base}-panel`}
              tabIndex={selected ? 0 : -1}
              className={`tg-tabs__tab${selected ? ' tg-tabs__tab--active' : ''}`}
              onClick={() => onChange(tab.id)}
              data-testid={`tab-${tab.id}`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {activeTab && (
        <div
          role="tabpanel"
          id={`${base}-panel`}
          aria-labelledby={`${base}-tab-${activeTab.id}`}
          className="tg-tabs__panel"
          data-testid={`tabpanel-${activeTab.id}`}
        >
          {children}
        </div>
      )}
    </div>
  );
}
