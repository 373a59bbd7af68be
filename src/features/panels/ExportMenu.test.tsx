// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDashboard } from '../../state/store';
import { ExportMenu } from './ExportMenu';

describe('ExportMenu', () => {
  afterEach(() => act(() => useDashboard.getState().setLang('en')));

  // The panel hands it its deferred language: during a switch the menu keeps the panel's
  // words until the panel itself re-renders, and then follows it.
  it('is worded in the language its panel gives it, not the store’s', () => {
    act(() => useDashboard.getState().setLang('en'));
    const { rerender } = render(<ExportMenu name="收入" prepare={() => null} lang="zh" />);
    expect(screen.getByRole('button', { name: /^导出/ })).toBeTruthy();
    rerender(<ExportMenu name="Revenue" prepare={() => null} lang="en" />);
    expect(screen.getByRole('button', { name: /^Export/ })).toBeTruthy();
  });
});
