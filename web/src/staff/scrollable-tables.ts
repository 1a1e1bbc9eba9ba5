import { type RefObject, useEffect } from 'react';

/**
 * Wide tables scroll inside their own box (styles.css); a box that scrolls must be reachable by
 * keyboard (WCAG 2.1.1), so a table that overflows gets a tab stop, and loses it when it fits again.
 */
export function useScrollableTablesFocusable(container: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      for (const table of root.querySelectorAll('table')) {
        // A table starts to scroll when its box narrows (a chart beside it drew itself), not only on new rows.
        if (table.parentElement) sizes.observe(table.parentElement);
        const scrolls = table.scrollWidth > table.clientWidth + 1;
        if (scrolls && !table.hasAttribute('tabindex')) table.setAttribute('tabindex', '0');
        else if (!scrolls && table.getAttribute('tabindex') === '0') table.removeAttribute('tabindex');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const sizes = new ResizeObserver(schedule);
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, { childList: true, subtree: true, characterData: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      mutations.disconnect();
      sizes.disconnect();
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [container, shown]);
}
