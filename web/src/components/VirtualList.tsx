import { type ReactNode, type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';

/** Rows drawn beyond the visible ones on each side, so a fast scroll or a key press never shows a gap. */
const OVERSCAN = 8;

export interface VirtualListHandle {
  /** Scrolls the least needed to show row `index` whole. */
  scrollToIndex: (index: number) => void;
}

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row is this many pixels high (the CSS keeps rows to a fixed height). */
  rowHeight: number;
  itemKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Called when the last rows are in sight, to load the next page. */
  onNearEnd?: () => void;
  label: string;
  className?: string;
  ref?: Ref<VirtualListHandle>;
  onKeyDown?: (event: React.KeyboardEvent<HTMLUListElement>) => void;
}

/**
 * A list that only mounts the rows in sight: a scroll box with a spacer as tall as all the rows, and
 * the visible ones placed absolutely inside it. Each row keeps `aria-posinset`/`aria-setsize`, so a screen
 * reader still hears "12 of 10,000".
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, itemKey, renderRow, onNearEnd, label, className, ref, onKeyDown } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(800);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useImperativeHandle(ref, () => ({
    scrollToIndex(index) {
      const element = box.current;
      if (!element) return;
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) {
        element.scrollTop = top + rowHeight - element.clientHeight;
      }
      setScrollTop(element.scrollTop);
    },
  }));

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const isNearEnd = last >= items.length - OVERSCAN;
  useEffect(() => {
    if (isNearEnd) onNearEnd?.();
  }, [isNearEnd, onNearEnd]);

  return (
    <div ref={box} className={className} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul
        aria-label={label}
        className="virtual-rows"
        style={{ height: items.length * rowHeight }}
        onKeyDown={onKeyDown}
      >
        {items.slice(first, last).map((item, offset) => (
          <li
            key={itemKey(item)}
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
            style={{ transform: `translateY(${(first + offset) * rowHeight}px)`, height: rowHeight }}
          >
            {renderRow(item, first + offset)}
          </li>
        ))}
      </ul>
    </div>
  );
}
