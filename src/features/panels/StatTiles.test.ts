import { expect, it } from 'vitest';
import { longestUnbreakable } from './StatTiles';

it('sizes a stat by the longest run a line cannot break: Latin words whole, Han per character', () => {
  expect(longestUnbreakable('thousands of vulnerabilities')).toBe('vulnerabilities'.length);
  expect(longestUnbreakable('more than 97M installs')).toBe('installs'.length);
  expect(longestUnbreakable('40-plus companies')).toBe('companies'.length);
  expect(longestUnbreakable('超过 9700 万次')).toBe(4);
  expect(longestUnbreakable('数千个')).toBe(1);
  expect(longestUnbreakable('')).toBe(1);
});
