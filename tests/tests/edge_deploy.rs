//! The Worker's deployment files: `wrangler.jsonc` is what `wrangler deploy` accepts (its
//! `--dry-run` bundles it offline, and that bundle — not only the modules `workerd.capnp`
//! lists — answers a webhook under workerd), and both configurations give the Worker every
//! variable the engine reads.

use std::time::Duration;

use talkbot::simulator::create_body;
use talkbot_component::job_api::Guest as _;
use talkbot_tests::harness::{SECRET, data_dir, simulator};
use talkbot_tests::workerd::{self, Workerd};

/// Variables that are secrets: set with `wrangler secret put`, never in `wrangler.jsonc`.
const SECRETS: &[&str] = &[
    "bot_secret",
    "bot_secret_previous",
    "openai_api_key",
    "tool_servers",
];

/// `wrangler.jsonc` as JSON (its `//` comment lines dropped).
fn wrangler_config() -> serde_json::Value {
    let text = std::fs::read_to_string(workerd::folder().join("wrangler.jsonc")).unwrap();
    let json: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    serde_json::from_str(&json).expect("wrangler.jsonc is JSON with comment lines")
}

#[test]
fn both_configurations_give_the_worker_every_variable_and_object() {
    let names = talkbot_component::Component::variable_names();
    let wrangler = wrangler_config();
    let vars = wrangler["vars"].as_object().unwrap();
    let capnp = std::fs::read_to_string(workerd::folder().join("workerd.capnp")).unwrap();
    for name in &names {
        let binding = format!(
            "(name = \"{name}\", fromEnvironment = \"{}\")",
            name.to_uppercase()
        );
        assert!(capnp.contains(&binding), "workerd.capnp lacks {binding}");
        if SECRETS.contains(&name.as_str()) {
            assert!(!vars.contains_key(name), "{name} is a secret, not a var");
        } else {
            assert!(vars.contains_key(name), "wrangler.jsonc has no var {name}");
        }
    }
    for name in vars.keys() {
        assert!(
            names.contains(name),
            "wrangler.jsonc sets {name}, which nothing reads"
        );
    }
    // The objects the Worker exports, each with SQLite storage.
    let bindings = wrangler["durable_objects"]["bindings"].as_array().unwrap();
    let classes: Vec<(&str, &str)> = bindings
        .iter()
        .map(|b| {
            (
                b["name"].as_str().unwrap(),
                b["class_name"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        classes,
        [
            ("CONVERSATIONS", "Conversation"),
            ("BREAKERS", "Breaker"),
            ("SCHEDULES", "Schedules")
        ]
    );
    // Migrations only add: v1 as deployed before schedules existed, then the schedules' clock.
    assert_eq!(
        wrangler["migrations"],
        serde_json::json!([
            {"tag": "v1", "new_sqlite_classes": ["Conversation", "Breaker"]},
            {"tag": "v2", "new_sqlite_classes": ["Schedules"]}
        ])
    );
    // The cron trigger that sets the schedules' alarm after a deployment.
    assert_eq!(
        wrangler["triggers"]["crons"],
        serde_json::json!(["* * * * *"])
    );
    for (binding, class) in classes {
        assert!(capnp.contains(&format!(
            "(name = \"{binding}\", durableObjectNamespace = \"{class}\")"
        )));
        assert!(capnp.contains(&format!("(className = \"{class}\", uniqueKey")));
    }
    let date = wrangler["compatibility_date"].as_str().unwrap();
    assert!(capnp.contains(&format!("compatibilityDate = \"{date}\"")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wranglers_dry_run_bundle_answers_a_webhook_under_workerd() {
    if !workerd::available() {
        return;
    }
    let out = data_dir("wrangler-bundle");
    let folder = workerd::folder();
    let dry_run = std::process::Command::new(folder.join("node_modules/.bin/wrangler"))
        .args(["deploy", "--dry-run", "--outdir"])
        .arg(&out)
        .current_dir(&folder)
        // Offline: no account, no metrics, no update check.
        .env("WRANGLER_SEND_METRICS", "false")
        .env("CI", "true")
        .env_remove("CLOUDFLARE_API_TOKEN")
        .output()
        .expect("running wrangler");
    let said = String::from_utf8_lossy(&dry_run.stdout).into_owned()
        + &String::from_utf8_lossy(&dry_run.stderr);
    assert!(
        dry_run.status.success(),
        "wrangler deploy --dry-run failed:\n{said}"
    );
    assert!(said.contains("env.CONVERSATIONS (Conversation)"), "{said}");
    // workerd.capnp, with the bundle's modules in place of the sources.
    let mut modules = vec!["(name = \"worker.js\", esModule = embed \"worker.js\")".to_string()];
    for entry in std::fs::read_dir(&out).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".wasm") {
            modules.push(format!("(name = \"{name}\", wasm = embed \"{name}\")"));
        }
    }
    assert_eq!(modules.len(), 4, "{modules:?}");
    let capnp = std::fs::read_to_string(folder.join("workerd.capnp")).unwrap();
    let start = capnp.find("  modules = [").unwrap();
    let end = start + capnp[start..].find("  ],\n").unwrap() + "  ],\n".len();
    let config = format!(
        "{}  modules = [\n    {}\n  ],\n{}",
        &capnp[..start],
        modules.join(",\n    "),
        &capnp[end..]
    );
    std::fs::write(out.join("workerd.capnp"), config).unwrap();

    let sim = simulator(&[SECRET]).await;
    let storage = data_dir("wrangler-bundle-storage");
    let worker = Workerd::start_config(&out.join("workerd.capnp"), &sim.url(), &storage, &[])
        .await
        .expect("workerd runs");
    let body = create_body("bundle1", 3, "users/alice", "Alice", "bundled");
    let (status, text) = sim.send_webhook(&worker.url(), SECRET, body).await.unwrap();
    assert_eq!((status, text.as_str()), (200, "accepted\n"));
    let posted = sim.wait_for_messages(1, Duration::from_secs(30)).await;
    assert_eq!(posted[0].message, "bundled");
}
