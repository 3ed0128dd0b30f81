import { useEffect, useState } from 'react';
import { useSlot } from '../context.js';
import { usePartMessages } from '../use-part-messages.js';
import { DETAILS_MESSAGES } from '../../format/messages/details.js';

/** A button that copies a text, then says "Copied" (or why it could not) for a moment. */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const messages = usePartMessages(DETAILS_MESSAGES);
  const slot = useSlot();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="alv-copy">
      <button type="button" className={slot('button')} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={state === 'failed' ? slot('fieldError') : slot('hint')}>
        {state === 'copied' ? messages.copied : state === 'failed' ? messages.copyFailed : ''}
      </span>
    </span>
  );
}
