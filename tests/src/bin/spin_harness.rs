//! `talkbot-spin-harness up …`: the project's stand-in for `spin up`, for machines without a
//! Spin CLI. It takes the arguments of `spin up` that the tests use and serves the composed
//! Spin component the way Spin does (`talkbot_tests::spin_host`): one instance per request,
//! variables from the manifest's `[variables]` defaults overridden by `SPIN_VARIABLE_*`, the
//! `default` SQLite database in `--state-dir` or where `--runtime-config-file` puts it.
//!
//! A process of its own so that a test can SIGKILL it mid-request and run two of them on one
//! SQLite file, as with the real CLI.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use talkbot_tests::spin_host::{Database, serve};

/// The arguments of `spin up` this stand-in understands.
#[derive(Debug, Default)]
struct Up {
    manifest: Option<PathBuf>,
    listen: Option<String>,
    state_dir: Option<PathBuf>,
    runtime_config: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Up, String> {
    let mut up = Up::default();
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("up") => {}
        other => return Err(format!("expected `up`, got {other:?}")),
    }
    while let Some(flag) = args.next() {
        let mut value = || {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--from" | "-f" => up.manifest = Some(value()?.into()),
            "--listen" => up.listen = Some(value()?),
            "--state-dir" => up.state_dir = Some(value()?.into()),
            "--runtime-config-file" => up.runtime_config = Some(value()?.into()),
            // The app's output goes to this process's stderr; the caller keeps it.
            "--log-dir" => {
                value()?;
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(up)
}

/// The manifest's variables: defaults, with `SPIN_VARIABLE_<NAME>` from the environment
/// overriding them (Spin's environment provider); a required one without a value is an error.
fn variables(manifest: &Path) -> Result<HashMap<String, String>, String> {
    let text = std::fs::read_to_string(manifest)
        .map_err(|e| format!("reading {}: {e}", manifest.display()))?;
    let manifest: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", manifest.display()))?;
    let mut out = HashMap::new();
    let declared = manifest
        .get("variables")
        .and_then(toml::Value::as_table)
        .cloned()
        .unwrap_or_default();
    for (name, spec) in declared {
        let from_env = std::env::var(format!("SPIN_VARIABLE_{}", name.to_uppercase())).ok();
        let default = spec
            .get("default")
            .and_then(toml::Value::as_str)
            .map(str::to_string);
        let required = spec
            .get("required")
            .and_then(toml::Value::as_bool)
            .unwrap_or(false);
        match from_env.or(default) {
            Some(value) => {
                out.insert(name, value);
            }
            None if required => return Err(format!("variable {name} is required and not set")),
            None => {}
        }
    }
    Ok(out)
}

/// Where the `default` database lives: the runtime config's `path`, else Spin's default
/// file in the state directory.
fn database(up: &Up) -> Result<Database, String> {
    if let Some(config) = &up.runtime_config {
        let text = std::fs::read_to_string(config)
            .map_err(|e| format!("reading {}: {e}", config.display()))?;
        let table: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
        let path = table
            .get("sqlite_database")
            .and_then(|t| t.get("default"))
            .and_then(|t| t.get("path"))
            .and_then(toml::Value::as_str)
            .ok_or("the runtime config has no [sqlite_database.default] path")?;
        return Ok(Database::File(path.into()));
    }
    let dir = up.state_dir.clone().unwrap_or_else(|| ".spin".into());
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    Ok(Database::File(dir.join("sqlite_db.db")))
}

async fn run(args: &[String]) -> Result<(), String> {
    let up = parse(args)?;
    let manifest = up.manifest.clone().unwrap_or_else(|| "spin.toml".into());
    let variables = variables(&manifest)?;
    let database = database(&up)?;
    let listen = up.listen.as_deref().unwrap_or("127.0.0.1:3000");
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("listening on {listen}: {e}"))?;
    let app = serve(listener, variables, &database)
        .await
        .map_err(|e| format!("{e:#}"))?;
    eprintln!("spin harness: serving {}", app.url);
    std::future::pending::<()>().await;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("talkbot-spin-harness: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("talkbot-spin-harness: {e}");
            ExitCode::from(2)
        }
    }
}
