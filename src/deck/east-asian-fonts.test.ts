import { describe, expect, it } from 'vitest';
import { patchRunFonts, runsWithoutEastAsian } from './east-asian-fonts';
import { deckFonts } from './theme';

const zh = deckFonts('zh');

describe('the East Asian typeface check', () => {
  it('finds a run without <a:ea>, in any of the three run-property forms', () => {
    const xml =
      '<a:p><a:r><a:rPr lang="zh-CN"><a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei"/></a:rPr><a:t>好</a:t></a:r>' +
      '<a:r><a:rPr lang="zh-CN" sz="1200"><a:latin typeface="Arial"/></a:rPr><a:t>坏</a:t></a:r>' +
      '<a:pPr><a:defRPr sz="1400"/></a:pPr><a:endParaRPr lang="en-US"/></a:p>';
    const missing = runsWithoutEastAsian(xml);
    expect(missing).toHaveLength(3);
    expect(missing[0]).toContain('sz="1200"');
  });

  it('fails a part where one run was planted without a typeface after patching', () => {
    const patched = patchRunFonts('<a:r><a:rPr lang="en-US"/><a:t>a</a:t></a:r>', zh);
    expect(runsWithoutEastAsian(patched)).toEqual([]);
    const doctored = `${patched}<a:r><a:rPr lang="zh-CN" b="1"/><a:t>漏</a:t></a:r>`;
    expect(runsWithoutEastAsian(doctored)).toEqual(['<a:rPr lang="zh-CN" b="1"/>']);
  });

  it('counts an empty typeface as missing', () => {
    expect(runsWithoutEastAsian('<a:rPr><a:ea typeface=""/></a:rPr>')).toHaveLength(1);
  });
});

describe('patchRunFonts', () => {
  it('sets the language and the typefaces after fills, before hyperlinks', () => {
    const xml =
      '<a:rPr lang="en-US" b="1"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Calibri"/><a:hlinkClick r:id="rId1"/></a:rPr>';
    expect(patchRunFonts(xml, zh)).toBe(
      '<a:rPr lang="zh-CN" b="1"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>' +
        '<a:latin typeface="Arial" pitchFamily="34" charset="0"/><a:ea typeface="Microsoft YaHei" pitchFamily="34" charset="-122"/>' +
        '<a:cs typeface="Arial" pitchFamily="34" charset="0"/><a:hlinkClick r:id="rId1"/></a:rPr>',
    );
  });

  it('opens self-closing elements, leaves altLang alone and is idempotent', () => {
    const once = patchRunFonts('<a:endParaRPr lang="en-US" altLang="en-US"/>', zh);
    expect(once).toMatch(/^<a:endParaRPr lang="zh-CN" altLang="en-US"><a:latin/);
    expect(patchRunFonts(once, zh)).toBe(once);
  });

  it('adds lang where there was none', () => {
    expect(patchRunFonts('<a:defRPr sz="1400"/>', deckFonts('en'))).toMatch(
      /^<a:defRPr lang="en-US" sz="1400">/,
    );
  });
});
