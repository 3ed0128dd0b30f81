// Ships the one stylesheet as dist/styles.css (exported as "./styles.css"); the JS never injects CSS.
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles/styles.css', 'dist/styles.css');
