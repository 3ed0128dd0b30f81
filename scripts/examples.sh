#!/usr/bin/env bash
# npm run test:examples: the host apps of examples/ as a vendor would make them. Packs the package
# (npm pack: exactly what a registry would serve), installs the tarball into each example (their
# other dependencies from their own lockfiles, npm ci), builds each, then drives each in Chromium
# (playwright.examples.config.ts). Example installs are cached by lockfile in node_modules/.cache.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pack_dir="$root/node_modules/.cache/examples-pack"
rm -rf "$pack_dir" && mkdir -p "$pack_dir"
npm pack --silent --pack-destination "$pack_dir" >/dev/null
tarball=$(ls "$pack_dir"/*.tgz)
export VITE_AUDIT_API="http://127.0.0.1:${EXAMPLES_API_PORT:-4311}"
export NEXT_PUBLIC_AUDIT_API="$VITE_AUDIT_API"
export NEXT_TELEMETRY_DISABLED=1
for example in vite-react19 vite-react18 next-app; do
  echo "examples/$example: install the tarball, build"
  cd "$root/examples/$example"
  # npm ci only when the lockfile changed since the last install (a fresh machine always installs).
  stamp="node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    npm ci --no-fund --no-audit --loglevel=error >/dev/null
    cp package-lock.json "$stamp"
  fi
  npm install --no-save --no-fund --no-audit --loglevel=error "$tarball" >/dev/null
  npm run -s build >/dev/null
done
cd "$root"
npx playwright test -c playwright.examples.config.ts
