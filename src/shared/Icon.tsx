/** Small inline icons for compact buttons; the button carries the accessible name. */
const PATHS = {
  table: 'M3 4h14v12H3zM3 8h14M3 12h14M8 4v12',
  chart: 'M4 16V9M9 16V5M14 16v-4M3 16.5h14',
  export: 'M10 3v9M6 8l4 4 4-4M4 15h12',
  close: 'M5 5l10 10M15 5L5 15',
  filter: 'M3 5h14l-5.5 6v5l-3-1.5V11z',
  prev: 'M12 4l-6 6 6 6',
  next: 'M8 4l6 6-6 6',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
