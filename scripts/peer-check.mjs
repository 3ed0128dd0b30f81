// The package accepts React 18 and 19 (and TanStack Query 5) as peers: check the declared ranges
// against real release numbers, so that a careless edit of package.json cannot drop one.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const { peerDependencies: peers, dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const must = { react: ['18.2.0', '18.3.1', '19.0.0', '19.3.1'], 'react-dom': ['18.2.0', '18.3.1', '19.0.0', '19.3.1'], '@tanstack/react-query': ['5.0.0', '5.108.4'] };
for (const [name, versions] of Object.entries(must)) {
  for (const version of versions) {
    if (!semver.satisfies(version, peers[name] ?? '')) throw new Error(`peerDependencies.${name} (${peers[name]}) does not accept ${version}.`);
  }
  if (dependencies?.[name]) throw new Error(`${name} is a dependency: it must be a peer only, or hosts get two copies.`);
}
console.log('peer-check: React 18 and 19 and TanStack Query 5 are accepted as peers.');
