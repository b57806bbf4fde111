import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LazyPage } from '~/ui/shell/LazyPage';

const WORDS = {
  loadingText: 'Loading this page',
  failedText: 'This page could not be loaded.',
  retryText: 'Try again',
};
const Loaded = ({ name }: { name: string }) => <h1>Hello {name}</h1>;
/** A page module that fails to load `failures` times (the connection dropped), then loads. */
function flakyModule(failures: number) {
  let calls = 0;
  return vi.fn(() =>
    ++calls <= failures ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(Loaded),
  );
}

describe('a page that loads when first shown', () => {
  it('says it is loading (a status), then shows the page and says it is on screen', async () => {
    const onShown = vi.fn();
    render(<LazyPage {...WORDS} load={flakyModule(0)} props={{ name: 'Siân' }} onShown={onShown} />);
    expect(screen.getByRole('status').textContent).toBe('Loading this page');
    await screen.findByRole('heading', { name: 'Hello Siân' });
    // An effect, so after the page is drawn: wait for it.
    await waitFor(() => expect(onShown).toHaveBeenCalledTimes(1));
  });

  it('that cannot load keeps its heading, says so in an alert, and loads on "Try again"', async () => {
    const load = flakyModule(1);
    const onShown = vi.fn();
    render(<LazyPage {...WORDS} load={load} props={{ name: 'Siân' }} heading="Your agreement" onShown={onShown} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This page could not be loaded.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your agreement');
    expect(onShown).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Hello Siân' });
    expect(load).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(onShown).toHaveBeenCalledTimes(1));
  });

  it('reloads on a second "Try again" only when the answers are saved (the browser remembers a failed import)', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    try {
      for (const reloadKeepsAnswers of [false, true]) {
        reload.mockClear();
        const { unmount } = render(
          <LazyPage
            {...WORDS}
            load={flakyModule(9)}
            props={{ name: '' }}
            reloadKeepsAnswers={reloadKeepsAnswers}
            onShown={() => {}}
          />,
        );
        fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
        await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined());
        expect(reload).not.toHaveBeenCalled();
        fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
        expect(reload).toHaveBeenCalledTimes(reloadKeepsAnswers ? 1 : 0);
        unmount();
      }
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
