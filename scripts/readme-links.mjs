// Every relative link of the README must work where the README is read: in the repository and in
// the packed tarball (a registry shows the tarball's README). Checks each against `npm pack`'s
// file list.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const shipped = new Set(pack.files.map((f) => f.path));
const readme = readFileSync('README.md', 'utf8').replace(/```[\s\S]*?```/g, '');
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('#'));
const broken = links.filter((href) => !shipped.has(decodeURI(href.split('#')[0])));
if (broken.length) throw new Error(`README links to files the tarball does not ship: ${broken.join(', ')}`);
console.log(`readme-links: ${links.length} relative links, each to a file in the tarball.`);
