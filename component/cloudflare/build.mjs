// Transpile the talkbot component with jco into ./dist, where src/engine.js imports it. The
// component is `target/talkbot-component.wasm` (written by `cargo build`), or
// $TALKBOT_COMPONENT.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const component = process.env.TALKBOT_COMPONENT ?? here('../../target/talkbot-component.wasm');
if (!existsSync(component)) {
  console.error(`${component} does not exist: run \`cargo build --release -p talkbot-component-artifact\` at the top of the repository first`);
  process.exit(2);
}
rmSync(here('./dist'), { recursive: true, force: true });
execFileSync(
  here('./node_modules/.bin/jco'),
  ['transpile', component, '-o', here('./dist'), '--name', 'talkbot',
    '--instantiation', 'async', '--no-nodejs-compat', '--no-typescript', '--quiet'],
  { stdio: 'inherit' },
);
