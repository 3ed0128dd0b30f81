import { useEffect, useMemo, useState } from 'react';
import type { tryParseSearch } from '../search/parse.js';

/** What a search reads as: none typed, the parser still loading, or the parser's answer. */
export type ParsedSearchState = { kind: 'none' } | { kind: 'loading' } | ({ kind: 'read' } & ReturnType<typeof tryParseSearch>);

const NONE: ParsedSearchState = { kind: 'none' };
const LOADING: ParsedSearchState = { kind: 'loading' };

/**
 * The search as the parser reads it. The parser (src/search/parse.ts) loads when there is first a
 * search to read, so that a page without one pays nothing for it; until it has come the search
 * is `loading` (the viewer sends nothing: a search it cannot read must not reach the backend).
 * Each viewer keeps its own reference to the loaded module: no state is shared.
 */
export function useParsedSearch(search: string | undefined): ParsedSearchState {
  const wanted = Boolean(search?.trim());
  const [parser, setParser] = useState<typeof tryParseSearch | null>(null);
  useEffect(() => {
    if (!wanted || parser) return;
    let live = true;
    void import('../search/parse.js').then((m) => live && setParser(() => m.tryParseSearch));
    return () => void (live = false);
  }, [wanted, parser]);
  return useMemo(() => (!wanted ? NONE : !parser ? LOADING : { kind: 'read', ...parser(search!) }), [wanted, parser, search]);
}
