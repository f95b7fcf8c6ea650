interface VisibilityChecks {
  checkVisibility?: (options: Record<string, boolean>) => boolean;
}

/**
 * Whether the element shows: rendered, and not hidden by `visibility` or `opacity: 0` (menus kept
 * in place for their closing animation). True where the browser cannot tell.
 */
export function shows(el: Element): boolean {
  const check = (el as Element & VisibilityChecks).checkVisibility;
  // Both spellings: Chromium 105-120 and Firefox know the older names.
  return check ? check.call(el, { opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true }) : true;
}
