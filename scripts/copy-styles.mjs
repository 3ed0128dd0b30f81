// Ships the one stylesheet as dist/styles.css (exported as "./styles.css"); the JS never injects CSS.
// The source is in parts (src/styles/*.css, imported by styles.css in cascade order): they are
// inlined here, so that a host loads one file with no @import round trips.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = 'src/styles';
const css = readFileSync(join(dir, 'styles.css'), 'utf8').replace(/@import '\.\/([\w-]+\.css)';/g, (_, file) => readFileSync(join(dir, file), 'utf8'));
if (css.includes('@import')) throw new Error('styles.css has an @import the build cannot inline.');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', css);
