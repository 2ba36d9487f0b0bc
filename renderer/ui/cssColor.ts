/**
 * The colour a `--color-*` property gives right now, as `rgb(…)`, or '' when it is not set. The
 * palette is written as light-dark(…) (renderer/styles/theme.css), which only a colour property
 * resolves, so the custom property's own text is no use to a canvas: a hidden probe on <html>
 * takes the colour and reports what it computes to.
 */
export function cssColor(name: string): string {
  const root = document.documentElement;
  if (!getComputedStyle(root).getPropertyValue(name).trim()) return '';
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = `var(${name})`;
  root.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}
