//! The `talkbot` command line (`main` of the binary).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use crate::app::App;
use crate::config::{self, Config};
use crate::delivery::Deliverer;
use crate::envfile::EnvSource;
use crate::protocol::{
    EngineOptions, JobClock, Outcome, ProtocolEngine, RetryPolicy, SendOptions, TalkAnswer,
};
use crate::simulator::{self, Simulator};
use anyhow::{Context, Result, anyhow};
use clap::{Parser, Subcommand};
use tokio::sync::watch;
use tracing::{error, info};

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

/// `talkbot health`: GET /healthz of the local `serve`.
async fn health(url: Option<String>) -> Result<ExitCode> {
    let url = match url {
        Some(url) => url,
        None => {
            let addr = std::env::var("TALKBOT_METRICS_LISTEN")
                .or_else(|_| std::env::var("TALKBOT_LISTEN"))
                .unwrap_or_else(|_| "127.0.0.1:8080".into());
            let addr: SocketAddr = addr
                .parse()
                .map_err(|_| anyhow!("'{addr}' is not an address like 127.0.0.1:8080"))?;
            // A wildcard listen address is asked on loopback.
            let ip = if addr.ip().is_unspecified() {
                std::net::IpAddr::from([127, 0, 0, 1])
            } else {
                addr.ip()
            };
            format!("http://{}/healthz", SocketAddr::new(ip, addr.port()))
        }
    };
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(4))
        .build()?;
    match client.get(&url).send().await {
        Ok(r) if r.status().is_success() => {
            println!("{}", r.text().await.unwrap_or_default().trim());
            Ok(ExitCode::SUCCESS)
        }
        Ok(r) => {
            let status = r.status();
            println!("{status}: {}", r.text().await.unwrap_or_default().trim());
            Ok(ExitCode::from(1))
        }
        Err(e) => {
            println!("{url}: {}", crate::delivery::describe(&e));
            Ok(ExitCode::from(1))
        }
    }
}

/// The environment variable through which a reloading `serve` hands its listening socket to
/// the process it becomes (connections wait in the kernel's backlog meanwhile).
const LISTEN_FD_VAR: &str = "TALKBOT_LISTEN_FD";

/// The listening socket of the process this one replaced (SIGHUP), if any.
fn inherited_listener() -> Result<Option<tokio::net::TcpListener>> {
    use std::os::fd::FromRawFd;
    let Some(fd) = std::env::var(LISTEN_FD_VAR).ok() else {
        return Ok(None);
    };
    let fd: i32 = fd
        .parse()
        .map_err(|_| anyhow!("{LISTEN_FD_VAR}={fd} is not a file descriptor"))?;
    // SAFETY: fcntl on the descriptor the replaced process passed; closed on exec again, so
    // command responders do not inherit the socket.
    if unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) } != 0 {
        return Err(anyhow!(
            "{LISTEN_FD_VAR}={fd}: {}",
            std::io::Error::last_os_error()
        ));
    }
    // SAFETY: the replaced process passed this descriptor, a listening TCP socket it owned,
    // and nothing else in this process uses it.
    let listener = unsafe { std::net::TcpListener::from_raw_fd(fd) };
    listener.set_nonblocking(true)?;
    Ok(Some(tokio::net::TcpListener::from_std(listener)?))
}

/// How `serve` ended.
enum Ending {
    Stop,
    Reload,
}

async fn serve(config: Config, reload: impl Fn() -> Result<Config>) -> Result<ExitCode> {
    use std::os::fd::AsFd;
    if config.is_local() {
        info!(
            "no NEXTCLOUD_URL set: local mode, answering the simulator at {} with the secret in {}. Try: talkbot simulate \"hello\"",
            config::LOCAL_NEXTCLOUD_URL,
            config.data_dir.join(config::LOCAL_SECRET_FILE).display()
        );
    }
    let app = App::new(config)?;
    let listener = match inherited_listener()? {
        Some(listener) => listener,
        None => crate::server::bind(app.config.listen)
            .await
            .context("TALKBOT_LISTEN")?,
    };
    // Kept open across a reload: the process it becomes accepts on the same socket.
    let kept = listener.as_fd().try_clone_to_owned()?;
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
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate())?;
    let mut hangup = signal(SignalKind::hangup())?;
    let ending = loop {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => break Ending::Stop,
            _ = terminate.recv() => break Ending::Stop,
            _ = hangup.recv() => match reload() {
                // Checked before anything stops: a broken file keeps the running bot.
                Ok(_) => break Ending::Reload,
                Err(e) => error!("SIGHUP: not reloading, the configuration does not load: {e:#}"),
            },
        }
    };
    match ending {
        Ending::Stop => info!(
            "shutting down: no new webhooks; requests in flight may finish (up to {:?}); queued work stays queued",
            app.config.delivery.shutdown_grace
        ),
        Ending::Reload => info!(
            "SIGHUP: reloading the configuration; requests in flight finish first, new webhooks wait in the socket's backlog"
        ),
    }
    let _ = stop.send(true);
    // The worker first: its requests in flight finish (bounded) and their outcome is recorded.
    let _ = worker.await;
    let _ = server.await;
    if let Some(admin) = admin {
        let _ = admin.await;
    }
    drop(app);
    match ending {
        Ending::Stop => {
            info!("stopped");
            Ok(ExitCode::SUCCESS)
        }
        Ending::Reload => Err(become_new_self(kept)),
    }
}

/// Replace this process by a fresh `talkbot` with the same arguments (the binary on disk now:
/// an upgraded one after `cargo install`), handing over the listening socket. Returns only
/// on failure.
fn become_new_self(listener: std::os::fd::OwnedFd) -> anyhow::Error {
    use std::os::fd::{AsRawFd, IntoRawFd};
    use std::os::unix::process::CommandExt;
    let fd = listener.as_raw_fd();
    // SAFETY: fcntl on a descriptor this process owns; clearing FD_CLOEXEC keeps it across exec.
    if unsafe { libc::fcntl(fd, libc::F_SETFD, 0) } != 0 {
        return anyhow!(
            "SIGHUP: cannot keep the listening socket: {}",
            std::io::Error::last_os_error()
        );
    }
    let fd = listener.into_raw_fd();
    let exe = match std::env::current_exe() {
        Ok(path) => {
            let text = path.to_string_lossy();
            PathBuf::from(text.strip_suffix(" (deleted)").unwrap_or(&text).to_string())
        }
        Err(e) => return anyhow!("SIGHUP: cannot find the talkbot binary: {e}"),
    };
    let error = std::process::Command::new(&exe)
        .args(std::env::args_os().skip(1))
        .env(LISTEN_FD_VAR, fd.to_string())
        .exec();
    anyhow!("SIGHUP: cannot restart {}: {error}", exe.display())
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
        let answer = deliverer.send(request).await;
        // The engine reads the answer as it would for a reply sent right now.
        let now = crate::store::now_ms().max(0) as u64;
        let clock = JobClock {
            attempts: 0,
            received_at: now,
        };
        let policy = RetryPolicy {
            initial_backoff_ms: 1000,
            max_backoff_ms: 60_000,
            retry_for_ms: 3_600_000,
            max_attempts: None,
        };
        let outcome = instance
            .classify(&answer, config.max_message_length, clock, policy, now)
            .map_err(|e| anyhow!("{e:#}"))?;
        let status = match &answer {
            TalkAnswer::Status((status, _)) => *status,
            TalkAnswer::Unreachable(_) => 0,
        };
        let explain = instance
            .explain_status(status)
            .map_err(|e| anyhow!("{e:#}"))?;
        match outcome {
            Outcome::Delivered => println!("{status} {explain}"),
            Outcome::Unauthorized(_) => {
                eprintln!("{status}: {explain}");
                return Ok(ExitCode::from(3));
            }
            Outcome::SplitAgain(_) => {
                eprintln!("{status}: {explain}");
                return Ok(ExitCode::from(1));
            }
            Outcome::Rejected(reason) => {
                eprintln!("{reason}");
                return Ok(ExitCode::from(1));
            }
            Outcome::Retry(retry) => {
                eprintln!("{}", retry.reason);
                return Ok(ExitCode::from(4));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
