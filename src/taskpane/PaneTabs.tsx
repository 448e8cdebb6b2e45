import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface PaneTab<T extends string> {
  readonly id: T;
  readonly label: string;
  /** Shown after the label, inside the tab (the Kontroll tab's count of feil). */
  readonly after?: ReactNode;
}

const useStyles = makeStyles({
  // Five tabs do not fit in one row at 270 px (Mac): they wrap rather than scroll sideways.
  list: { display: 'flex', flexWrap: 'wrap', alignItems: 'center' },
  tab: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    // The line under the tab: the brand colour when chosen, a grey hint on hover.
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalMNudge,
      right: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    // The keyboard's focus, as Fluent draws it; a transparent outline keeps it visible in Windows' high contrast.
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: 'transparent',
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorNeutralForeground1 },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    // Windows' high contrast replaces backgrounds: the line keeps the system's highlight colour.
    '@media (forced-colors: active)': { '::after': { forcedColorAdjust: 'none', backgroundColor: 'Highlight' } },
  },
  // The label's width in bold, reserved, so that choosing a tab does not move the others.
  label: {
    display: 'inline-flex',
    flexDirection: 'column',
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    '::after': {
      content: 'attr(data-label)',
      height: 0,
      overflow: 'hidden',
      visibility: 'hidden',
      fontWeight: tokens.fontWeightSemibold,
    },
  },
});

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The pane's row of tabs, after WAI-ARIA's tabs pattern: one tab stop (the chosen tab); the arrows, Home and
 * End move between the tabs; Enter, Space or a click chooses one. It looks as Fluent's TabList does. Fluent's
 * own brings tabster (48 KB minified, with its start-up and its watch of the DOM) into the pane's first view.
 */
export function PaneTabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  tabId,
  panelId,
  className,
}: {
  readonly tabs: readonly PaneTab<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  readonly label: string;
  readonly tabId: (id: T) => string;
  readonly panelId: string;
  readonly className?: string;
}): JSX.Element {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const move = MOVES[event.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (move === undefined || index < 0) return;
    event.preventDefault();
    buttons[move(index, buttons.length)]?.focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={label} className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const chosen = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={chosen}
            aria-controls={panelId}
            tabIndex={chosen ? 0 : -1}
            className={mergeClasses(styles.tab, chosen && styles.selected)}
            onClick={() => onSelect(tab.id)}
          >
            <span className={styles.label} data-label={tab.label}>
              {tab.label}
            </span>
            {tab.after}
          </button>
        );
      })}
    </div>
  );
}
