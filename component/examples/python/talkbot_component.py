"""Load the talkbot protocol component (nextcloud:talk-bot) with wasmtime-py's component API.

The component's only import is wasi:random/random@0.2.0 (get-random-bytes), used for the random
of signed bot-API requests; pass ``random_bytes`` to replace the default (``os.urandom``).
"""

import os
from pathlib import Path

import wasmtime
from wasmtime import component as wc

# `cargo build` writes the component there; TALKBOT_COMPONENT overrides it.
DEFAULT_COMPONENT = os.environ.get("TALKBOT_COMPONENT") or (
    Path(__file__).resolve().parents[3] / "target" / "talkbot-component.wasm"
)
PACKAGE = "nextcloud:talk-bot"
VERSION = "0.3.0"


class TalkBot:
    """One instance of the component; call its functions by interface and WIT name."""

    def __init__(self, path=DEFAULT_COMPONENT, random_bytes=os.urandom):
        engine = wasmtime.Engine()
        component = wc.Component.from_file(engine, str(path))
        self.store = wasmtime.Store(engine)
        linker = wc.Linker(engine)
        with linker.root() as root:
            with root.add_instance("wasi:random/random@0.2.0") as random:
                random.add_func("get-random-bytes", lambda _store, n: random_bytes(n))
        self.instance = linker.instantiate(self.store, component)
        self._funcs = {}

    def call(self, interface, name, *args):
        """Call ``interface.name(args)``; records are ``wasmtime.component.Record``s."""
        key = (interface, name)
        if key not in self._funcs:
            iface = self.instance.get_export_index(self.store, f"{PACKAGE}/{interface}@{VERSION}")
            index = self.instance.get_export_index(self.store, name, iface)
            if index is None:
                raise AttributeError(f"the component exports no {interface}.{name}")
            self._funcs[key] = self.instance.get_func(self.store, index)
        func = self._funcs[key]
        value = func(self.store, *args)
        func.post_return(self.store)
        return value


def record(**fields):
    """A WIT record from keyword arguments (``reply_to`` becomes ``reply-to``)."""
    value = wc.Record()
    for name, field in fields.items():
        setattr(value, name.replace("_", "-"), field)
    return value


def canon(value):
    """The canonical form shared with the Rust and Node hosts (see canonical.mjs)."""
    if isinstance(value, wc.Variant):
        return {"tag": value.tag, "val": canon(value.payload)}
    if isinstance(value, wc.Record):
        return {k: canon(v) for k, v in vars(value).items()}
    if isinstance(value, (bytes, bytearray)):
        return list(value)
    if isinstance(value, (list, tuple)):
        return [canon(v) for v in value]
    return value


def result(value):
    """A WIT result in canonical form. wasmtime-py returns the error payload itself; in this
    contract no function's ok type is a variant, and every error type is one."""
    if isinstance(value, wc.Variant):
        return {"err": canon(value)}
    return {"ok": canon(value)}
