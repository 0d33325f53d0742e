// Transpile the component with jco into ./dist (and copy it next to the debugger page).
// The component is `target/talkbot-component.wasm` (written by `cargo build`), or
// $TALKBOT_COMPONENT.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const component = process.env.TALKBOT_COMPONENT ?? here('../../../target/talkbot-component.wasm');
rmSync(here('./dist'), { recursive: true, force: true });
execFileSync(
  here('./node_modules/.bin/jco'),
  ['transpile', component, '-o', here('./dist'), '--name', 'talkbot',
    '--instantiation', 'async', '--no-nodejs-compat', '--quiet'],
  { stdio: 'inherit' },
);
// The debugger page is static files: it gets its own copy.
rmSync(here('../debugger/talkbot'), { recursive: true, force: true });
cpSync(here('./dist'), here('../debugger/talkbot'), { recursive: true });
