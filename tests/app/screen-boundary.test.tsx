// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { ScreenBoundary, ScreenLoadError } from '../../src/app/screen-boundary.tsx';

// The shell is what is under test, so the screens and the store are stand-ins: the coach's screen
// throws while `coachThrows` says so, as a screen with a bug would.
const control = vi.hoisted(() => ({ coachThrows: false }));

// Saved data has loaded (there is none), so the app draws screens rather than waiting.
vi.mock('../../src/store/app-store.ts', () => ({
  useAppStore: (select: (state: object) => unknown) => select({ calls: [], customScenarios: {}, assignments: {}, storage: { phase: 'ready', problem: null, unsavedCalls: [] } }),
}));
vi.mock('../../src/store/find-scenario.ts', () => ({ useScenario: () => undefined }));
vi.mock('../../src/app/home-screen.tsx', () => ({
  HomeScreen: () => (
    <main>
      <h1>All calls</h1>
    </main>
  ),
}));
vi.mock('../../src/features/coach/coach-screen.tsx', () => ({
  CoachScreen: () => {
    if (control.coachThrows) throw new Error('a bug in the coach screen');
    return (
      <main>
        <h1>Coach</h1>
      </main>
    );
  },
}));
vi.mock('../../src/features/drill/drill-screen.tsx', () => ({
  DrillScreen: () => (
    <main>
      <h1>The thank-you drill</h1>
    </main>
  ),
}));

function Broken({ when }: { when: () => boolean }) {
  if (when()) throw new Error('a bug in this screen');
  return <h1>Working screen</h1>;
}

async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await Promise.resolve();
  });
}

beforeEach(() => {
  // React reports every error a boundary catches; here they are the point of the test.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  control.coachThrows = false;
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a screen that fails to render', () => {
  it('says so in words, with a way home and a way to try again', async () => {
    const user = userEvent.setup();
    let broken = true;
    render(
      <ScreenBoundary>
        <Broken when={() => broken} />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong on this screen');
    expect(screen.getByText('Your saved calls and scripts are safe.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to all calls' }).getAttribute('href')).toBe('#/');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Working screen');
  });

  it('moves focus to its heading when a screen already on show breaks', async () => {
    const user = userEvent.setup();
    let broken = false;
    const { rerender } = render(
      <ScreenBoundary>
        <Broken when={() => broken} />
      </ScreenBoundary>,
    );
    broken = true;
    rerender(
      <ScreenBoundary>
        <Broken when={() => broken} />
      </ScreenBoundary>,
    );
    expect(document.activeElement?.textContent).toBe('Something went wrong on this screen');
    // Trying again while the bug is still there shows the message again, not a blank screen.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong on this screen');
  });

  it("says when a screen's code couldn't be loaded, which trying again in place can't mend", () => {
    const Unloadable = () => {
      throw new ScreenLoadError(new TypeError('Failed to fetch dynamically imported module'));
    };
    render(
      <ScreenBoundary>
        <Unloadable />
      </ScreenBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Something went wrong on this screen');
    expect(screen.getByText('Your saved calls and scripts are safe.')).toBeTruthy();
    expect(screen.getByText("This screen couldn't be loaded. Check your connection, then try again.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('in the app, keeps the header and leaves the failure behind on the next route', async () => {
    control.coachThrows = true;
    await goTo('#/coach');
    render(<App />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Something went wrong on this screen');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();

    await goTo('#/drill');
    expect((await screen.findByRole('heading', { level: 1, name: 'The thank-you drill' })).textContent).toBe('The thank-you drill');

    // Coming back after the bug is gone shows the screen: the failure belonged to the old visit.
    control.coachThrows = false;
    await goTo('#/coach');
    expect((await screen.findByRole('heading', { level: 1, name: 'Coach' })).textContent).toBe('Coach');
  });

  it('in the app, answers a link that names nothing with a not-found screen', async () => {
    await goTo('#/nope');
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("That page isn't here");
    expect(screen.getByRole('link', { name: 'Go to all calls' }).getAttribute('href')).toBe('#/');
  });
});
