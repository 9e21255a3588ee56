/*
 * One Tab stop per chart (a roving tabindex, as in the WAI-ARIA grid and toolbar patterns): of the
 * focusable marks inside the chart's SVG (elements with a tabindex; or the elements a `selector`
 * names, e.g. the buttons of a toolbar), only the current one has tabindex 0; the arrow keys move between marks, Home and End go to the first and last, and focus or
 * a click makes a mark current. Left/Right (and Up/Down) follow the marks' order; in an SVG marked
 * data-roving="grid", Up and Down go to the nearest mark above or below.
 */

/** The mark a key moves to from `from` (an index into `marks`), or −1 when the key is not a move. */
export function nextMark(key: string, from: number, marks: readonly { x: number; y: number }[], grid: boolean): number {
  const n = marks.length;
  if (!n) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  const vertical = key === 'ArrowUp' || key === 'ArrowDown';
  if (grid && vertical) {
    const here = marks[from];
    const up = key === 'ArrowUp';
    let best = -1, bestScore = Infinity;
    marks.forEach((m, i) => {
      const dy = up ? here.y - m.y : m.y - here.y;
      if (dy <= 0.5) return;
      const score = dy * 4 + Math.abs(m.x - here.x);
      if (score < bestScore) [best, bestScore] = [i, score];
    });
    return best === -1 ? from : best;
  }
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(n - 1, from + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, from - 1);
  return -1;
}

const moves = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Svelte action on the element that holds a chart's SVG (or a toolbar, with `selector` = 'button'). */
export function rovingFocus(node: HTMLElement, selector = 'svg [tabindex]') {
  let current: Element | null = null;
  const marks = () => Array.from(node.querySelectorAll<HTMLElement | SVGElement>(selector)).filter((el) => !el.hasAttribute('disabled'));

  function normalise() {
    const list = marks();
    if (!list.length) return;
    if (!current || !list.includes(current as SVGElement)) current = list.find((el) => el.getAttribute('aria-pressed') === 'true') ?? list[0];
    for (const mark of list) {
      const want = mark === current ? '0' : '-1';
      if (mark.getAttribute('tabindex') !== want) mark.setAttribute('tabindex', want);
    }
  }

  function onKey(event: KeyboardEvent) {
    if (!moves.has(event.key)) return;
    const list = marks();
    const from = list.indexOf(event.target as SVGElement);
    if (from === -1) return;
    const grid = (list[from].closest('[data-roving]') as HTMLElement | SVGElement | null)?.dataset.roving === 'grid';
    const centres = grid
      ? list.map((m) => {
          const box = m.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        })
      : list.map(() => ({ x: 0, y: 0 }));
    const to = nextMark(event.key, from, centres, grid);
    if (to === -1) return;
    event.preventDefault();
    current = list[to];
    normalise();
    list[to].focus();
  }

  function onFocus(event: FocusEvent) {
    const target = event.target as SVGElement;
    if (target !== current && marks().includes(target)) {
      current = target;
      normalise();
    }
  }

  const observer = new MutationObserver(normalise);
  observer.observe(node, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
  node.addEventListener('keydown', onKey);
  node.addEventListener('focusin', onFocus);
  normalise();
  return {
    destroy() {
      observer.disconnect();
      node.removeEventListener('keydown', onKey);
      node.removeEventListener('focusin', onFocus);
    }
  };
}
