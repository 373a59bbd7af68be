/**
 * When the app's code cannot be fetched (offline, or a deploy replaced its files since the
 * page was loaded), main.tsx has nothing translated of its own to say so: the build writes
 * the message into the page, once per language (`<template data-app-error="en">`, rendered
 * by the app's own component and i18next, see scripts/prerender.ts), and `showAppError`
 * puts the one in the page's language in place of the layout still waiting for the app.
 */
import { RELOAD_ATTR } from '../shared/app-error-attrs';
import { langOfTag, type Lang } from '../i18n/languages';

/** On each template: the language it is written in. */
export const APP_ERROR_ATTR = 'data-app-error';

/** The language of `<html lang>` (set before the first paint by the boot script), else null. */
function pageLang(doc: Document): Lang | null {
  return langOfTag(doc.documentElement.lang);
}

/**
 * Shows the message in `root`'s document: in place of the placeholder layout of the first
 * screen (its header and headline figures stay), else (no first screen was shown) in `root`.
 * Returns false when the page holds no message (a development build is not pre-rendered).
 */
export function showAppError(root: HTMLElement, reload: () => void): boolean {
  const doc = root.ownerDocument;
  const templates = [...root.querySelectorAll<HTMLTemplateElement>(`template[${APP_ERROR_ATTR}]`)];
  const lang = pageLang(doc);
  const template =
    templates.find((t) => t.getAttribute(APP_ERROR_ATTR) === lang) ?? templates[0] ?? null;
  if (!template) return false;
  const message = template.content.cloneNode(true) as DocumentFragment;
  for (const button of message.querySelectorAll(`[${RELOAD_ATTR}]`)) {
    button.addEventListener('click', reload);
  }
  // The filters and charts area of the first screen, a placeholder for what the app draws.
  const waiting = root.querySelector('main > .layout[aria-hidden="true"]');
  if (waiting) waiting.replaceWith(message);
  else root.append(message);
  return true;
}
