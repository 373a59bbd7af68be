/**
 * Export sizes. A preset is the final image at 2×: the chart is laid out at half the
 * preset (a 960×540 "slide") and rendered at the chosen pixel ratio, so 2× gives
 * exactly 1920×1080 and 3× gives 2880×1620, with text sized for a slide.
 */
export const EXPORT_PRESETS = {
  '16x9': { width: 1920, height: 1080 },
  '4x3': { width: 1600, height: 1200 },
  square: { width: 1080, height: 1080 },
} as const;

export type PresetId = keyof typeof EXPORT_PRESETS;
export const PRESET_IDS = Object.keys(EXPORT_PRESETS) as PresetId[];

export const EXPORT_SCALES = [2, 3] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

/** The layout size (CSS pixels) of a preset. */
export function layoutSize(preset: PresetId): { width: number; height: number } {
  const { width, height } = EXPORT_PRESETS[preset];
  return { width: width / 2, height: height / 2 };
}

/** The pixel size of the exported PNG. */
export function pixelSize(preset: PresetId, scale: ExportScale): { width: number; height: number } {
  const { width, height } = layoutSize(preset);
  return { width: width * scale, height: height * scale };
}
