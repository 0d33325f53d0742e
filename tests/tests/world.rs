//! The built component is what the contract says: it targets the `talk-bot` world, imports
//! nothing but `wasi:random`, and stays within the size budget.

use talkbot_component_artifact::{COMPONENT, COMPONENT_PATH};
use wit_component::DecodedWasm;
use wit_parser::{Resolve, WorldItem};

/// Release size budget of the component, in bytes. 450 KB was the budget the job-machine
/// issue set for the engine that holds every rule of the bot (the 401 breaker and budget took
/// it from 385 KB to 420 KB); schedules raised it to 500 KB: their time zones are an 8.6 KB
/// table (`engine/schedule/zones.txt`), cron, zone rules and schedules made from the chat
/// ~30 KB, and forgetting ~8 KB (493 KB measured then). MCP tools raised it to 600 KB: the tool
/// loop in the job machine, the MCP messages and their JSON or event-stream answers, tool calls
/// in the chat exchange, approvals (their commands and base64), and the WIT lowering of the new
/// actions, inputs and configuration took it to 581 KB.
const SIZE_BUDGET: usize = 600_000;

fn our_world() -> (Resolve, wit_parser::WorldId) {
    let mut resolve = Resolve::default();
    let (package, _) = resolve
        .push_dir(talkbot_tests::workspace_dir().join("wit"))
        .expect("parsing wit/");
    let world = resolve
        .select_world(&[package], Some("talk-bot"))
        .expect("world talk-bot");
    (resolve, world)
}

#[test]
fn component_targets_the_talk_bot_world() {
    let (resolve, world) = our_world();
    wit_component::targets(&resolve, world, COMPONENT, false)
        .expect("the component conforms to nextcloud:talk-bot/talk-bot");
}

fn interface_names(resolve: &Resolve, items: &[&WorldItem]) -> Vec<String> {
    let mut names: Vec<String> = items
        .iter()
        .map(|item| match item {
            WorldItem::Interface { id, .. } => resolve.id_of(*id).expect("named interface"),
            WorldItem::Function(f) => format!("func {}", f.name),
            WorldItem::Type { id, .. } => format!("type {:?}", resolve.types[*id].name),
        })
        .collect();
    names.sort();
    names
}

#[test]
fn component_imports_only_wasi_random() {
    let DecodedWasm::Component(resolve, world) =
        wit_component::decode(COMPONENT).expect("decoding the component")
    else {
        panic!("{COMPONENT_PATH} is not a component");
    };
    let world = &resolve.worlds[world];
    let imports = interface_names(&resolve, &world.imports.values().collect::<Vec<_>>());
    // Interfaces that exports `use` show up as imports of their types only; the one real
    // import is wasi:random.
    let foreign: Vec<_> = imports
        .iter()
        .filter(|name| !name.starts_with("nextcloud:talk-bot/"))
        .collect();
    assert_eq!(foreign, ["wasi:random/random@0.2.0"]);
    let exports = interface_names(&resolve, &world.exports.values().collect::<Vec<_>>());
    assert_eq!(
        exports,
        [
            "nextcloud:talk-bot/bot-api@0.3.0",
            "nextcloud:talk-bot/engine@0.3.0",
            "nextcloud:talk-bot/job@0.3.0",
            "nextcloud:talk-bot/render@0.3.0",
            "nextcloud:talk-bot/types@0.3.0",
            "nextcloud:talk-bot/webhook@0.3.0"
        ]
    );
    let random = resolve
        .interfaces
        .iter()
        .find(|(_, i)| i.name.as_deref() == Some("random"))
        .unwrap()
        .1;
    assert_eq!(
        random.functions.keys().collect::<Vec<_>>(),
        ["get-random-bytes"]
    );
}

#[test]
fn component_is_within_the_size_budget() {
    println!("component: {} bytes at {COMPONENT_PATH}", COMPONENT.len());
    assert!(
        COMPONENT.len() <= SIZE_BUDGET,
        "component is {} bytes; the budget is {SIZE_BUDGET}",
        COMPONENT.len()
    );
    assert!(
        COMPONENT.starts_with(b"\0asm\x0d\0\x01\0"),
        "not a component binary"
    );
}

/// The component's initial linear memory (`--initial-memory` in component/build.rs).
const INITIAL_MEMORY: usize = 2 << 20;

#[test]
fn a_typical_webhook_never_grows_memory() {
    let case = talkbot_tests::manifest()
        .cases
        .iter()
        .find(|c| c.name == "create-spec-a1")
        .unwrap();
    let mut instance = talkbot_tests::engine().instance().unwrap();
    let event = instance.parse(&case.body()).unwrap().unwrap();
    instance
        .render_message(event.message.as_ref().unwrap())
        .unwrap();
    assert_eq!(
        instance.peak_memory_bytes(),
        INITIAL_MEMORY,
        "the arena should serve a small webhook"
    );
}

#[test]
fn a_long_lived_instance_does_not_grow_after_warm_up() {
    // Embedders such as jco or Spin may keep one instance for many calls.
    let cases = &talkbot_tests::manifest().cases;
    let mut instance = talkbot_tests::engine().instance().unwrap();
    let round = |instance: &mut talkbot::protocol::ProtocolInstance| {
        for case in cases {
            let event = instance.parse(&case.body()).unwrap().unwrap();
            if let Some(message) = &event.message {
                instance.render_message(message).unwrap();
            }
            let text = "word ".repeat(20_000);
            let _ = instance.split_message(&text, 1000).unwrap();
        }
    };
    for _ in 0..3 {
        round(&mut instance);
    }
    let warm = instance.peak_memory_bytes();
    for _ in 0..30 {
        round(&mut instance);
    }
    assert_eq!(
        instance.peak_memory_bytes(),
        warm,
        "memory kept growing: the arena or the heap leaks"
    );
    assert!(warm <= 4 * INITIAL_MEMORY, "peak {warm} bytes");
}

#[test]
fn the_call_timeout_is_per_call_not_per_instance() {
    // A long-lived instance must not trap once the sum of its calls passes call_timeout.
    let engine = talkbot::protocol::ProtocolEngine::new(talkbot::protocol::EngineOptions {
        call_timeout: std::time::Duration::from_millis(200),
        ..Default::default()
    })
    .unwrap();
    let mut instance = engine.instance().unwrap();
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_millis(600) {
        instance
            .split_message(&"word ".repeat(2000), 100)
            .expect("no trap")
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
