// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeView, ProblemList } from '../../src/components/problem-list.tsx';

afterEach(cleanup);

describe('the problem list', () => {
  it('lists each problem with the field it is about', () => {
    render(
      <ProblemList
        problems={[
          { path: 'nodes.opening.next[0].to', message: 'no node or ending "nowhere"' },
          { path: 'title', message: 'too long' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['nodes.opening.next[0].to: no node or ending "nowhere"', 'title: too long']);
    expect(within(items[0]!).getByText('nodes.opening.next[0].to').tagName).toBe('CODE');
  });

  it('stops at the limit and says how many more there are', () => {
    const problems = Array.from({ length: 7 }, (_, index) => ({ path: `field${index}`, message: 'wrong' }));
    render(<ProblemList problems={problems} limit={5} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[4]?.textContent).toBe('field4: wrong');
    expect(items[5]?.textContent).toBe('…and 2 more.');
  });
});

describe('the notice', () => {
  it('shows good news as a status, with no problems list', () => {
    render(<NoticeView notice={{ tone: 'ok', text: 'Imported 2 new result files.' }} />);
    expect(screen.getByRole('status').textContent).toBe('Imported 2 new result files.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error as an alert listing its problems', () => {
    render(<NoticeView notice={{ tone: 'error', text: 'That file could not be read:', problems: [{ path: 'version', message: 'expected 1' }] }} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('That file could not be read:')).toBeTruthy();
    expect(within(alert).getByRole('listitem').textContent).toBe('version: expected 1');
  });

  it('keeps its live region in the page while empty, so the first message is announced', () => {
    const { container, rerender } = render(<NoticeView notice={null} />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region?.textContent).toBe('');
    rerender(<NoticeView notice={{ tone: 'ok', text: 'Saved.' }} />);
    expect(container.querySelector('[aria-live="polite"]')).toBe(region);
    expect(within(region as HTMLElement).getByRole('status').textContent).toBe('Saved.');
  });
});
