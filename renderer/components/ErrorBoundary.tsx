import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What shows instead of the children once they failed; `retry` draws them anew. */
  fallback(error: unknown, retry: () => void): ReactNode;
  /** Where the user is, for a page: going elsewhere shows the page there, not this failure. */
  resetKey?: string;
  /** Before the children are drawn anew: what lets them try again (forgetFailedLoads). */
  onReset?(): void;
  /** Told of each failure, as well as shown: a storage failure also belongs in the storage banner. */
  onError?(error: unknown): void;
}

/**
 * Part of the window that failed (its code did not load, or it threw while
 * drawing) shows `fallback` in its place: without a boundary React empties the
 * whole window. Drawing the children anew loads a lazy component's code again
 * (lazyComponent).
 */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.reset();
  }

  private reset() {
    this.props.onReset?.();
    this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Onderdeel kon niet worden getoond', error, info.componentStack);
    this.props.onError?.(error);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return this.props.fallback(this.state.error, () => this.reset());
  }
}
