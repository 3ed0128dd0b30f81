import { useCallback, useState } from 'react';

/**
 * A value that is controlled (`value` + `onChange`) or uncontrolled (`defaultValue`), as every
 * stateful part of the viewer is. The setter always calls `onChange`.
 */
export function useControlled<T>(value: T | undefined, defaultValue: T, onChange?: (value: T) => void): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : own, set];
}
