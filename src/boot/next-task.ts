/**
 * Resolves in a new task: what runs before it and what runs after it are separate tasks, so
 * that the browser can paint and answer input between them (the page's start is cut into
 * tasks this way: see main.tsx and start.tsx).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
