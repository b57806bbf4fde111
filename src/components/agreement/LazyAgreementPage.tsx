import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { AgreementPageProps } from './AgreementPage';

/**
 * The agreement page, its model builder and view load only when someone opens the agreement, so the
 * wizard's first load stays small. When it arrives after a page change, its heading takes focus.
 */
export function LazyAgreementPage(props: AgreementPageProps & { loadingText: string; focusHeading: () => void }) {
  const [Page, setPage] = useState<FunctionComponent<AgreementPageProps> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./AgreementPage').then((module) => live && setPage(() => module.AgreementPage));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (Page) props.focusHeading();
  }, [Page]);
  if (!Page) return <p role="status">{props.loadingText}</p>;
  const { loadingText: _loading, focusHeading: _focus, ...pageProps } = props;
  return <Page {...pageProps} />;
}
