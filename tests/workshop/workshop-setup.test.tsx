// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkshopScreen } from '../../src/features/workshop/workshop-screen.tsx';
import { decodeDrillCode } from '../../src/domain/workshop/drill-code.ts';

afterEach(cleanup);

describe('setting up a drill', () => {
  it('lets the facilitator choose who picks up, and the code carries the choice', async () => {
    const user = userEvent.setup();
    render(<WorkshopScreen />);
    const codeOf = () => decodeDrillCode(document.querySelector('.drill-code-large')?.textContent ?? '');
    await user.click(screen.getByRole('button', { name: 'Create the drill code' }));
    expect(codeOf()).toMatchObject({ ok: true, setup: { pickup: 'scenario' } });
    await user.selectOptions(screen.getByLabelText('Who picks up'), 'manager');
    expect(document.querySelector('.drill-code-large')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create the drill code' }));
    expect(codeOf()).toMatchObject({ ok: true, setup: { pickup: 'manager' } });
  });
});
