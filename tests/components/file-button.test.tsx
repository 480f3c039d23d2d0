// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileButton } from '../../src/components/file-button.tsx';

afterEach(cleanup);

function json(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('the file button', () => {
  it('is a button that opens the file picker', async () => {
    const user = userEvent.setup();
    render(
      <FileButton label="Import a scenario file" onFiles={vi.fn()}>
        Import…
      </FileButton>,
    );
    const picker = screen.getByLabelText<HTMLInputElement>('Import a scenario file');
    const opened = vi.spyOn(picker, 'click');
    await user.click(screen.getByRole('button', { name: 'Import…' }));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(picker.type).toBe('file');
    expect(picker.multiple).toBe(false);
  });

  it('hands back every chosen file by name, read as text', async () => {
    const user = userEvent.setup();
    const onFiles = vi.fn();
    render(
      <FileButton label="Import result files" multiple onFiles={onFiles}>
        Import results
      </FileButton>,
    );
    await user.upload(screen.getByLabelText('Import result files'), [json('a.json', '{"a":1}'), json('b.json', 'not json, still text')]);
    await vi.waitFor(() => expect(onFiles).toHaveBeenCalledTimes(1));
    expect(onFiles).toHaveBeenCalledWith([
      { name: 'a.json', text: '{"a":1}' },
      { name: 'b.json', text: 'not json, still text' },
    ]);
  });

  it('reports the same file again when it is chosen a second time', async () => {
    const user = userEvent.setup();
    const onFiles = vi.fn();
    render(
      <FileButton label="Import a file" onFiles={onFiles}>
        Import
      </FileButton>,
    );
    const picker = screen.getByLabelText<HTMLInputElement>('Import a file');
    const file = json('same.json', '{}');
    await user.upload(picker, file);
    await vi.waitFor(() => expect(onFiles).toHaveBeenCalledTimes(1));
    expect(picker.value).toBe('');
    await user.upload(picker, file);
    await vi.waitFor(() => expect(onFiles).toHaveBeenCalledTimes(2));
    expect(onFiles).toHaveBeenLastCalledWith([{ name: 'same.json', text: '{}' }]);
  });
});
