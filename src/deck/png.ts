/** PNG bytes or a data URL, as the data URL pptxgenjs takes (btoa exists in browsers and Node 16+). */
export function pngDataUrl(png: Uint8Array | string): string {
  if (typeof png === 'string') return png;
  let binary = '';
  // In chunks: one String.fromCharCode call per byte array overflows the stack on big images.
  for (let i = 0; i < png.length; i += 0x8000) {
    binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  }
  return `data:image/png;base64,${btoa(binary)}`;
}
