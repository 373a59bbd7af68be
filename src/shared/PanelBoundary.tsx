import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useWords } from './use-words';

interface Props {
  name: string;
  children: ReactNode;
  /** Called before the panel is drawn again (e.g. to reload code that failed). */
  onRetry?: () => void;
}
interface State {
  error: Error | null;
}

function PanelError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useWords();
  return (
    <section className="panel panel-error" role="alert">
      <h2>{t('error.panelTitle')}</h2>
      <p>{t('error.panelDetail', { message: error.message })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.panelRetry')}
      </button>
    </section>
  );
}

/** One panel failing shows a translated panel-level error; the rest of the page keeps working. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`panel "${this.props.name}" failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <PanelError
          error={this.state.error}
          onRetry={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        />
      );
    }
    return this.props.children;
  }
}
