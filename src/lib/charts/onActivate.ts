/** A keydown handler that runs `action` on Enter or Space (for SVG marks with role="button"). */
export function onActivate(action: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      action();
    }
  };
}
