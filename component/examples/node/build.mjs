// Transpile the component with jco into ./dist. With --debugger, also refresh the copy next
// to the debugger page (committed: `talkbot` embeds the page, so it works from `cargo install`
// without Node; tests/tests/embedding.rs checks that the copy matches this build).
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
if (process.argv.includes('--debugger')) {
  rmSync(here('../debugger/talkbot'), { recursive: true, force: true });
  cpSync(here('./dist'), here('../debugger/talkbot'), { recursive: true });
}
