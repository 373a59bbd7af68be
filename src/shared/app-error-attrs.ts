/** On the app-error message's button: it reloads the page (main.tsx wires it). */
export const RELOAD_ATTR = 'data-reload';
