//! The `talkbot` command line (`main` of the binary).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::app::App;
use crate::config::{self, Config};
use crate::delivery::{Deliverer, Outcome};
use crate::protocol::{EngineOptions, ProtocolEngine, SendOptions};
use crate::simulator::{self, Simulator};
use anyhow::{Context, Result, anyhow};
use clap::{Parser, Subcommand};
use tokio::sync::watch;
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
        /// The public URL Talk will post webhooks to.
        #[arg(long)]
        url: String,
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
    },
    /// Check the configuration against Nextcloud and explain what is wrong.
    Doctor {
        /// A conversation the bot is enabled in (the secret is checked there).
        #[arg(long)]
        room: Option<String>,
        /// The public webhook URL (checked for reachability and basic auth).
        #[arg(long)]
        webhook_url: Option<String>,
    },
    /// Serve the signature debugger page on loopback (everything runs in the browser).
    Debugger {
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: SocketAddr,
        /// The page's folder (with the component transpiled into talkbot/ by `npm run build`).
        #[arg(long, default_value = crate::debugger::DEFAULT_DIR)]
        dir: PathBuf,
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
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TALKBOT_LOG")
                .unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
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

fn load_config(path: Option<&PathBuf>) -> Result<Config> {
    Ok(Config::load(
        &|key| std::env::var(key).ok(),
        path.map(|p| p.as_path()),
    )?)
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve => serve(load_config(cli.config.as_ref())?).await,
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
            post(load_config(cli.config.as_ref())?, |i, base, secret| {
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
            post(load_config(cli.config.as_ref())?, |i, base, secret| {
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
        } => {
            let text = crate::setup::init(&crate::setup::InitOptions {
                name,
                webhook_url: url,
                nextcloud_url,
                description,
                env_file,
                show_secret,
                force,
            })?;
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Doctor { room, webhook_url } => {
            let config = match load_config(cli.config.as_ref()) {
                Ok(config) => config,
                Err(e) => {
                    println!("PROBLEM  {e:#}");
                    return Ok(ExitCode::from(1));
                }
            };
            let findings =
                crate::setup::doctor(&config, &crate::setup::DoctorOptions { room, webhook_url })
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
        Command::Debugger { listen, dir } => {
            crate::debugger::serve(dir, listen).await?;
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
            let body = simulator::create_body(&token, 1, "users/alice", "Alice", &message);
            let (status, answer) = sim
                .send_webhook(&bot_url, &secret, body)
                .await
                .map_err(|e| anyhow!("cannot reach the bot at {bot_url}: {e}"))?;
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

async fn serve(config: Config) -> Result<ExitCode> {
    if config.is_local() {
        info!(
            "no NEXTCLOUD_URL set: local mode, answering the simulator at {} with the secret in {}. Try: talkbot simulate \"hello\"",
            config::LOCAL_NEXTCLOUD_URL,
            config.data_dir.join(config::LOCAL_SECRET_FILE).display()
        );
    }
    let app = App::new(config)?;
    let listener = crate::server::bind(app.config.listen).await?;
    info!(
        "talkbot listening on http://{}{} (responder {}, mode {:?}, queue {})",
        listener.local_addr()?,
        app.config.webhook_path,
        app.default_chain.names().join(" → "),
        app.config.mode,
        app.store.path().display()
    );
    let admin = match app.config.metrics_listen {
        Some(addr) => {
            let listener = crate::server::bind(addr)
                .await
                .context("TALKBOT_METRICS_LISTEN")?;
            info!(
                "health and metrics on http://{}/metrics",
                listener.local_addr()?
            );
            Some(listener)
        }
        None => None,
    };
    let (stop, stopped) = watch::channel(false);
    let worker = tokio::spawn(crate::worker::run(app.clone(), stopped.clone()));
    let role = crate::server::Role::Webhooks {
        with_admin: admin.is_none(),
    };
    let server = tokio::spawn(crate::server::serve(
        app.clone(),
        listener,
        role,
        stopped.clone(),
    ));
    let admin = admin.map(|listener| {
        tokio::spawn(crate::server::serve(
            app.clone(),
            listener,
            crate::server::Role::Admin,
            stopped,
        ))
    });
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = terminate.recv() => {}
    }
    info!(
        "shutting down: no new webhooks; requests in flight may finish (up to {:?}); queued work stays queued",
        app.config.delivery.shutdown_grace
    );
    let _ = stop.send(true);
    // The worker first: its requests in flight finish (bounded) and their outcome is recorded.
    let _ = worker.await;
    let _ = server.await;
    if let Some(admin) = admin {
        let _ = admin.await;
    }
    info!("stopped");
    Ok(ExitCode::SUCCESS)
}

/// Build requests through the component for the first backend and send them; exit codes:
/// 0 sent, 1 refused by Talk, 3 unauthorized (401), 4 temporary failure (retry later).
async fn post(
    config: Config,
    build: impl FnOnce(
        &mut crate::protocol::ProtocolInstance,
        &str,
        &str,
    ) -> wasmtime::Result<
        Result<Vec<crate::protocol::BotRequest>, crate::protocol::ApiError>,
    >,
) -> Result<ExitCode> {
    let engine = ProtocolEngine::new(EngineOptions::default()).map_err(|e| anyhow!("{e:#}"))?;
    let mut instance = engine.instance().map_err(|e| anyhow!("{e:#}"))?;
    let backend = &config.backends[0];
    let requests = match build(&mut instance, &backend.url, backend.secrets[0].expose())
        .map_err(|e| anyhow!("{e:#}"))?
    {
        Ok(requests) => requests,
        Err(e) => {
            let why = instance
                .api_error_message(&e)
                .map_err(|e| anyhow!("{e:#}"))?;
            eprintln!("error: {why}");
            return Ok(ExitCode::from(2));
        }
    };
    let deliverer = Deliverer::new(config.delivery.request_timeout)?;
    for request in &requests {
        match deliverer.send(request).await {
            Outcome::Delivered(status) => {
                println!("{status} {}", crate::delivery::explain(status))
            }
            Outcome::Unauthorized => {
                eprintln!("401: {}", crate::delivery::explain(401));
                return Ok(ExitCode::from(3));
            }
            Outcome::TooLarge => {
                eprintln!("413: {}", crate::delivery::explain(413));
                return Ok(ExitCode::from(1));
            }
            Outcome::Rejected { reason, .. } => {
                eprintln!("{reason}");
                return Ok(ExitCode::from(1));
            }
            Outcome::Retry { reason, .. } => {
                eprintln!("{reason}; try again later");
                return Ok(ExitCode::from(4));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
