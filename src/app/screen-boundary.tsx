import { Component, createRef, type ReactNode } from 'react';
import { routeHref } from '../lib/route.ts';

/** A screen's code could not be fetched: most often, the network went before the app was kept for offline use. */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super("the screen's code could not be loaded", { cause });
    this.name = 'ScreenLoadError';
  }
}

/** What ScreenBoundary wraps: one screen. */
export interface ScreenBoundaryProps {
  children: ReactNode;
}

interface ScreenBoundaryState {
  failure: 'render' | 'load' | null;
}

/**
 * Catches an error in one screen and says so in words, with a way home and a way to try again.
 * The app shell keys it by route, so leaving the screen clears the failure.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, ScreenBoundaryState> {
  override state: ScreenBoundaryState = { failure: null };
  private readonly heading = createRef<HTMLHeadingElement>();

  static getDerivedStateFromError(error: unknown): ScreenBoundaryState {
    return { failure: error instanceof ScreenLoadError ? 'load' : 'render' };
  }

  override componentDidUpdate(_props: ScreenBoundaryProps, previous: ScreenBoundaryState) {
    // The control the candidate was using has just gone from the page; without this, focus falls to the body.
    if (this.state.failure && !previous.failure) this.heading.current?.focus();
  }

  private readonly tryAgain = () => {
    // A lazy screen remembers that its code failed to load, so only loading the page again retries it.
    if (this.state.failure === 'load') window.location.reload();
    else this.setState({ failure: null });
  };

  override render() {
    if (!this.state.failure) return this.props.children;
    return (
      <main className="screen" aria-labelledby="screen-error-title">
        <h1 id="screen-error-title" ref={this.heading} tabIndex={-1}>
          Something went wrong on this screen
        </h1>
        <p>Your saved calls and scripts are safe.</p>
        {this.state.failure === 'load' ? <p>This screen couldn't be loaded. Check your connection, then try again.</p> : null}
        <p>
          <button type="button" className="button button-primary" onClick={this.tryAgain}>
            Try again
          </button>{' '}
          <a href={routeHref({ screen: 'home' })}>Go to all calls</a>
        </p>
      </main>
    );
  }
}
