//! The `talkbot` command line (`main` of the binary): arguments, logging, configuration, and
//! each command. `serve.rs` runs the bot (and reloads it on SIGHUP); `client.rs` holds the
//! commands that talk to a running bot or to Talk (`health`, `post`, `react`).

mod client;
mod serve;

use client::{health, post};
use serve::serve;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use crate::config::{self, Config};
use crate::envfile::EnvSource;
use crate::protocol::SendOptions;
use crate::simulator::{self, Simulator};
use anyhow::{Result, anyhow};
use clap::{Parser, Subcommand};
use tracing::info;

#[derive(Parser)]
#[command(
    name = "talkbot",
    version,
    about = "Connect Nextcloud Talk to an AI assistant or any automation"
)]
struct Cli {
    /// TOML configuration file (environment variables win over it).
    #[arg(long, global = true, env = "TALKBOT_CONFIG")]
    config: Option<PathBuf>,
    /// Settings as NAME=value lines (what `talkbot init` writes; the environment wins). When
    /// not given and NEXTCLOUD_URL is not set, ./talkbot.env is read if it exists.
    #[arg(long, global = true, env = "TALKBOT_ENV_FILE")]
    env_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Receive Talk webhooks and answer them (the bot).
    Serve,
    /// Post a message as the bot.
    Send {
        #[arg(long)]
        token: String,
        #[arg(long)]
        reply_to: Option<u64>,
        #[arg(long)]
        silent: bool,
        message: String,
    },
    /// Add (or with --remove, remove) a reaction as the bot.
    React {
        #[arg(long)]
        token: String,
        #[arg(long)]
        message_id: u64,
        #[arg(long)]
        remove: bool,
        emoji: String,
    },
    /// Prepare an installation: generate a secret into an env file and print the exact `occ`
    /// commands, an nginx block and a systemd unit. The secret is not printed unless asked.
    Init {
        /// The bot's name as Talk shows it.
        #[arg(long)]
        name: String,
        /// The public URL Talk will post webhooks to (not for --send-only).
        #[arg(long, required_unless_present = "send_only")]
        url: Option<String>,
        /// Your Nextcloud's address (written to the env file).
        #[arg(long)]
        nextcloud_url: Option<String>,
        #[arg(long, default_value = "")]
        description: String,
        /// Where to write the settings, secret included (mode 600).
        #[arg(long, default_value = "talkbot.env")]
        env_file: PathBuf,
        /// Also print the secret.
        #[arg(long)]
        show_secret: bool,
        /// Replace an existing env file.
        #[arg(long)]
        force: bool,
        /// A bot that only posts (scheduled messages): `occ talk:bot:create`, no webhooks.
        #[arg(long, conflicts_with = "url")]
        send_only: bool,
    },
    /// Check the configuration against Nextcloud and explain what is wrong.
    Doctor {
        /// A conversation the bot is enabled in (the secret is checked there).
        #[arg(long)]
        room: Option<String>,
        /// The public webhook URL (checked for reachability and basic auth).
        #[arg(long)]
        webhook_url: Option<String>,
        /// On a Talk before 25 (no ask-features), prove the secret by posting a silent test
        /// message to --room.
        #[arg(long)]
        post: bool,
    },
    /// Ask a running `serve` whether it is healthy (`/healthz`): exit 0 if so, 1 if not. For
    /// container health checks; the address comes from TALKBOT_METRICS_LISTEN or TALKBOT_LISTEN.
    Health {
        /// The URL to ask instead.
        #[arg(long)]
        url: Option<String>,
    },
    /// Serve the signature debugger page on loopback (everything runs in the browser).
    Debugger {
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: SocketAddr,
        /// Serve the page from this folder instead of the copy built into talkbot (a checkout's
        /// component/examples/debugger, with talkbot/ from `npm run build:debugger`).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Play Nextcloud Talk: send a signed message to a running bot and print its replies.
    Simulate {
        /// Where the simulated Nextcloud listens (the bot's NEXTCLOUD_URL).
        #[arg(long, default_value = "127.0.0.1:8081")]
        listen: SocketAddr,
        /// The bot's webhook URL.
        #[arg(long, default_value = "http://127.0.0.1:8080/nextcloud-talk-webhook")]
        bot_url: String,
        #[arg(long, default_value = "simroom1")]
        token: String,
        /// Keep serving the bot API after the replies arrived.
        #[arg(long)]
        keep_running: bool,
        /// Only serve the bot API (for load tests and manual use); send no message.
        #[arg(long, conflicts_with = "message")]
        serve_only: bool,
        /// The chat message to send.
        #[arg(required_unless_present = "serve_only")]
        message: Option<String>,
    },
}

/// Run the command line with the process arguments.
pub fn main() -> ExitCode {
    // SIGHUP means "reload" to `serve`, which handles it once it runs; until then it must not
    // end the process (its default). A reloading `serve` ignores it before exec too, and an
    // ignored signal stays ignored across exec, so no moment of the new image can be killed.
    ignore_sighup();
    init_logging();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// SIGHUP ignored until `serve` installs its handler.
pub(crate) fn ignore_sighup() {
    // SAFETY: setting a signal's disposition to SIG_IGN has no preconditions.
    unsafe {
        libc::signal(libc::SIGHUP, libc::SIG_IGN);
    }
}

/// Logs on stderr: `TALKBOT_LOG` filters (a bare level such as `debug` means talkbot's own
/// debug output, dependencies stay at `warn`; full directives like `info,hyper=debug` pass
/// through), `TALKBOT_LOG_FORMAT=json` writes one JSON object per line, and colours are used
/// only when stderr is a terminal.
fn init_logging() {
    use std::io::IsTerminal;
    let filter = log_filter(std::env::var("TALKBOT_LOG").ok().as_deref());
    let filter = tracing_subscriber::EnvFilter::try_new(&filter).unwrap_or_else(|e| {
        eprintln!("warning: TALKBOT_LOG={filter:?} is not a log filter ({e}); using info");
        tracing_subscriber::EnvFilter::new("info")
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match std::env::var("TALKBOT_LOG_FORMAT").as_deref() {
        Ok("json") => builder.json().with_current_span(false).init(),
        _ => builder.with_ansi(std::io::stderr().is_terminal()).init(),
    }
}

/// The filter for a `TALKBOT_LOG` value.
pub fn log_filter(value: Option<&str>) -> String {
    match value.map(str::trim) {
        None | Some("") => "info".into(),
        Some(level @ ("debug" | "trace")) => format!("warn,talkbot={level}"),
        Some(other) => other.to_string(),
    }
}

fn load_config(env_file: Option<&Path>, config: Option<&Path>) -> Result<Config> {
    let env = EnvSource::load(env_file)?;
    if let Some(file) = &env.file {
        info!("settings from {}", file.display());
    }
    Ok(Config::load(&|key| env.get(key), config)?)
}

/// `send` and `react` in local mode use the simulator's secret if `serve` made one.
fn for_sending(config: Config) -> Result<Config> {
    if !config.is_local() {
        return Ok(config);
    }
    match config::existing_local_secret(&config.data_dir) {
        Some(secret) => {
            let mut config = config;
            config.backends[0].secrets = vec![secret];
            Ok(config)
        }
        None => Err(anyhow!(
            "no Nextcloud configured: set NEXTCLOUD_URL and NEXTCLOUD_TALK_BOT_SECRET, or pass --env-file talkbot.env (written by `talkbot init`)"
        )),
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let (env_file, config_path) = (cli.env_file, cli.config);
    let load_config = || load_config(env_file.as_deref(), config_path.as_deref());
    match cli.command {
        Command::Serve => {
            serve(load_config()?.with_local_secret()?, || {
                Ok(load_config()?.with_local_secret()?)
            })
            .await
        }
        Command::Send {
            token,
            reply_to,
            silent,
            message,
        } => {
            let options = SendOptions {
                reply_to,
                reference_id: None,
                silent,
                thread_id: None,
                thread_title: None,
                max_length: None,
            };
            post(for_sending(load_config()?)?, |i, base, secret| {
                i.send_message(base, secret, &token, &message, &options)
            })
            .await
        }
        Command::React {
            token,
            message_id,
            remove,
            emoji,
        } => {
            post(for_sending(load_config()?)?, |i, base, secret| {
                let request = if remove {
                    i.remove_reaction(base, secret, &token, message_id, &emoji)
                } else {
                    i.react(base, secret, &token, message_id, &emoji)
                };
                request.map(|r| r.map(|r| vec![r]))
            })
            .await
        }
        Command::Init {
            name,
            url,
            nextcloud_url,
            description,
            env_file,
            show_secret,
            force,
            send_only,
        } => {
            let text = crate::setup::init(&crate::setup::InitOptions {
                name,
                // A send-only bot gets no webhooks: talkbot listens where it would locally.
                webhook_url: url
                    .unwrap_or_else(|| "http://127.0.0.1:8080/nextcloud-talk-webhook".into()),
                send_only,
                nextcloud_url,
                description,
                env_file,
                show_secret,
                force,
            })?;
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Doctor {
            room,
            webhook_url,
            post,
        } => {
            let config = match load_config() {
                Ok(config) if config.is_local() => {
                    println!(
                        "PROBLEM  no Nextcloud configured (NEXTCLOUD_URL is not set and there is no ./talkbot.env): \
                         pass --env-file with the file `talkbot init` wrote, or set NEXTCLOUD_URL and NEXTCLOUD_TALK_BOT_SECRET"
                    );
                    return Ok(ExitCode::from(1));
                }
                Ok(config) => config,
                Err(e) => {
                    println!("PROBLEM  {e:#}");
                    return Ok(ExitCode::from(1));
                }
            };
            let findings = crate::setup::doctor(
                &config,
                &crate::setup::DoctorOptions {
                    room,
                    webhook_url,
                    post,
                },
            )
            .await?;
            let mut problems = 0;
            for finding in &findings {
                println!("{finding}");
                if matches!(finding, crate::setup::Finding::Problem { .. }) {
                    problems += 1;
                }
            }
            if problems > 0 {
                println!("{problems} problem(s) found");
                Ok(ExitCode::from(1))
            } else {
                println!("everything checked is fine");
                Ok(ExitCode::SUCCESS)
            }
        }
        Command::Health { url } => health(url).await,
        Command::Debugger { listen, dir } => {
            let source = dir.map_or(
                crate::debugger::Source::Embedded,
                crate::debugger::Source::Dir,
            );
            crate::debugger::serve(source, listen).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Simulate {
            listen,
            bot_url,
            token,
            keep_running,
            serve_only,
            message,
        } => {
            // The simulator plays Nextcloud: it needs the bot's secret, not a bot configuration.
            let secret = match std::env::var("NEXTCLOUD_TALK_BOT_SECRET") {
                Ok(s) if !s.is_empty() => s,
                _ => {
                    let data_dir =
                        std::env::var("TALKBOT_DATA_DIR").unwrap_or_else(|_| "talkbot-data".into());
                    config::local_secret(std::path::Path::new(&data_dir))?
                        .expose()
                        .to_string()
                }
            };
            let sim = Simulator::start(listen, vec![secret.clone()]).await?;
            let Some(message) = message.filter(|_| !serve_only) else {
                info!(
                    "simulated Nextcloud at {} (stats at /_simulator/stats); Ctrl-C to stop",
                    sim.url()
                );
                tokio::signal::ctrl_c().await?;
                return Ok(ExitCode::SUCCESS);
            };
            // A fresh message id per run (Talk's ids grow): a second run is not a duplicate.
            let id = crate::store::now_ms().max(1) as u64;
            let body = simulator::create_body(&token, id, "users/alice", "Alice", &message);
            let (status, answer) =
                sim.send_webhook(&bot_url, &secret, body)
                    .await
                    .map_err(|e| {
                        anyhow!(
                            "cannot reach the bot at {bot_url}: {}",
                            crate::delivery::describe(&e)
                        )
                    })?;
            println!("webhook → {status} {}", answer.trim());
            let replies = sim.wait_for_messages(1, Duration::from_secs(15)).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            for posted in sim.messages() {
                println!("bot → {}: {}", posted.token, posted.message);
            }
            if keep_running {
                info!("simulated Nextcloud at {}; Ctrl-C to stop", sim.url());
                tokio::signal::ctrl_c().await?;
            }
            Ok(if replies.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}
