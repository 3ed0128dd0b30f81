// Apart from the parser (parse.ts): the viewer's messages word a problem from the first render,
// and the parser itself loads only when there is a search to read (src/state/use-parsed-search.ts).

/** What is wrong with a search, with what a sentence about it needs (the viewer words it through its messages). */
export type SearchProblem =
  | { kind: 'too-long'; limit: number; length: number }
  | { kind: 'key-without-value'; key: string }
  | { kind: 'unclosed-quote'; after: string }
  | { kind: 'too-many-terms'; limit: number };

/** The English sentence for a search problem (servers answer with it; the viewer's default messages use it). */
export function describeSearchProblem(problem: SearchProblem): string {
  switch (problem.kind) {
    case 'too-long':
      return `A search can be at most ${problem.limit} characters long; this one has ${problem.length}.`;
    case 'key-without-value':
      return `"${problem.key}" needs a value after the colon, such as ${problem.key}jane.`;
    case 'unclosed-quote':
      return `A quote is not closed: add " after ${problem.after}.`;
    case 'too-many-terms':
      return `A search can have at most ${problem.limit} terms (words, phrases, field:value); leave some out.`;
  }
}
