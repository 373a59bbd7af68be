import { describe, expect, it } from 'vitest';
import { spaceScripts } from './script-spacing';

describe('spaceScripts', () => {
  it('spaces Chinese from Latin names and digits, and nothing else', () => {
    expect(spaceScripts('据Meta表示')).toBe('据 Meta 表示');
    expect(spaceScripts('据美国全国零售联合会表示')).toBe('据美国全国零售联合会表示');
    expect(spaceScripts('Meta 宣布')).toBe('Meta 宣布');
    expect(spaceScripts('OpenAI的说法')).toBe('OpenAI 的说法');
    expect(spaceScripts('Estimate by Meta')).toBe('Estimate by Meta');
    // Chinese punctuation takes no space.
    expect(spaceScripts('据Meta，')).toBe('据 Meta，');
  });
});
