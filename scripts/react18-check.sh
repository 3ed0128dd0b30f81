#!/usr/bin/env bash
# Runs the viewer's unit tests under React 18 (the package accepts React 18 and 19 as peers), in a
# throwaway copy of the project, so that the checkout's own node_modules keep React 19.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git ls-files -z | xargs -0 -I{} cp --parents {} "$work"/ 2>/dev/null || tar --exclude=node_modules -cf - . | tar -C "$work" -xf -
cd "$work"
npm ci --no-fund --no-audit --loglevel=error >/dev/null
npm install --no-save --no-fund --no-audit --loglevel=error react@18.3.1 react-dom@18.3.1 >/dev/null
node -e "const v=require('react/package.json').version; if(!v.startsWith('18.')) throw new Error('React '+v+' installed, not 18'); console.log('React', v, '/ react-dom', require('react-dom/package.json').version)"
npx vitest run --project unit src/components src/state src/styles src/filter
