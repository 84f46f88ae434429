import { useState } from 'react';
import { copyText } from '../lib/clipboard';

type CopyState = 'idle' | 'copied' | 'unavailable';

/** A button that copies `text`; says so when the clipboard is not available, so the reader can copy by hand. */
export function CopyButton({ text, label, describedBy }: { text: string; label: string; describedBy?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => setState((await copyText(text)) ? 'copied' : 'unavailable');
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()} aria-describedby={describedBy}>
        <span aria-hidden="true">❐ </span>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && 'Copied.'}
        {state === 'unavailable' && (
          <>
            Copying is not available here; select and copy: <code className="copy-fallback">{text}</code>
          </>
        )}
      </span>
    </span>
  );
}
