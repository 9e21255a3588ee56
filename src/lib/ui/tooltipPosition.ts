/** Where to put a tooltip anchored at (x, y) inside a width × height box: offset by 12 px, flipped near the right/bottom edges. */
export function tooltipPosition(x: number, y: number, width: number, height: number, offset = 12): { left: number; top: number; transform: string } {
  const flipX = x > width * 0.6;
  const flipY = y > height * 0.6;
  return {
    left: Math.round(flipX ? x - offset : x + offset),
    top: Math.round(flipY ? y - offset : y + offset),
    transform: `translate(${flipX ? '-100%' : '0'}, ${flipY ? '-100%' : '0'})`
  };
}
