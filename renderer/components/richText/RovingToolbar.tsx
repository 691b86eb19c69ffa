import { useRef, useState, type KeyboardEvent } from 'react';

export interface ToolbarItem {
  key: string;
  label: string;
  run(): void;
  /** Only for toggles: whether the format is on at the cursor. */
  pressed?: boolean;
  /** Stays focusable, so arrow keys still find it and a screen reader says why nothing happens. */
  disabled?: boolean;
  /** For a button that opens a panel. */
  expanded?: boolean;
  controls?: string;
  /** Starts a visual group. */
  groupStart?: boolean;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The WAI-ARIA toolbar pattern: one Tab stop for the whole bar, arrow keys,
 * Home and End move between its buttons (a roving tabindex). The bar
 * remembers the last button used, so Tab brings the user back to it.
 */
export function RovingToolbar({ label, items }: { label: string; items: ToolbarItem[] }) {
  const bar = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const current = items.some((item) => item.key === activeKey) ? activeKey : items[0]?.key;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = moves[event.key];
    if (!move || items.length === 0) return;
    event.preventDefault();
    const next = items[move(Math.max(0, items.findIndex((item) => item.key === current)), items.length)]!;
    setActiveKey(next.key);
    bar.current?.querySelector<HTMLButtonElement>(`[data-key="${next.key}"]`)?.focus();
  }

  return (
    <div ref={bar} role="toolbar" aria-label={label} className="rich-text__toolbar" onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          data-key={item.key}
          tabIndex={item.key === current ? 0 : -1}
          className={item.groupStart ? 'rich-text__group-start' : undefined}
          aria-pressed={item.pressed}
          aria-disabled={item.disabled || undefined}
          aria-expanded={item.expanded}
          aria-controls={item.controls}
          onFocus={() => setActiveKey(item.key)}
          onClick={item.disabled ? undefined : item.run}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
