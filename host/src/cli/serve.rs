//! `talkbot serve`: the bot until SIGTERM, and SIGHUP's reload (validate, drain, become a
//! new process on the same listening socket).

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app::App;
use crate::config::{self, Config};
use anyhow::{Context, Result, anyhow};
use tokio::sync::watch;
use tracing::{error, info, warn};

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

/// Raise the soft open-file limit to the hard one (at most 2^20): connections are file
/// descriptors, and a shell's soft limit of 1,024 is a flood's easy target. Returns the limit
/// in force.
fn raise_file_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer to an rlimit.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 1024;
        }
        let wanted = limit.rlim_max.min(1 << 20);
        if wanted > limit.rlim_cur {
            let raised = libc::rlimit {
                rlim_cur: wanted,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit.rlim_cur = wanted;
            }
        }
    }
    limit.rlim_cur
}

/// Webhook bodies are buffers of up to 1 MiB that live for milliseconds. glibc's malloc raises
/// its mmap threshold as large blocks are freed, after which they come from the heap and a
/// flood of uploads leaves the heap fragmented and the process's memory high; a fixed
/// threshold of 128 KiB keeps them in their own mappings, given back when freed.
fn keep_large_buffers_off_the_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes the allocator's tuning.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 << 10);
    }
}

/// How `serve` ended.
enum Ending {
    Stop,
    Reload,
}

pub(super) async fn serve(config: Config, reload: impl Fn() -> Result<Config>) -> Result<ExitCode> {
    use std::os::fd::AsFd;
    if config.is_local() {
        info!(
            "no NEXTCLOUD_URL set: local mode, answering the simulator at {} with the secret in {}. Try: talkbot simulate \"hello\"",
            config::LOCAL_NEXTCLOUD_URL,
            config.data_dir.join(config::LOCAL_SECRET_FILE).display()
        );
    }
    for warning in config.warnings() {
        warn!("{warning}");
    }
    let nofile = raise_file_limit();
    keep_large_buffers_off_the_heap();
    let max_connections = config
        .max_connections
        .unwrap_or_else(|| config::max_connections_for(nofile));
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
        app.policy
            .personas
            .first()
            .map(|p| p.responders.join(" → "))
            .unwrap_or_default(),
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
    info!("serving up to {max_connections} connections at once (open-file limit {nofile})");
    let server = tokio::spawn(crate::server::serve(
        app.clone(),
        listener,
        role,
        max_connections,
        stopped.clone(),
    ));
    let admin = admin.map(|listener| {
        tokio::spawn(crate::server::serve(
            app.clone(),
            listener,
            crate::server::Role::Admin,
            64,
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
    // Jobs that finished leave their last updates to the writer's next commit: commit them.
    let grace = app.config.delivery.shutdown_grace;
    if tokio::time::timeout(grace, app.store.flush())
        .await
        .is_err()
    {
        warn!(
            "the queue's last updates could not be written within {grace:?}; replies of jobs that just finished may be sent again at the next start"
        );
    }
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
    // Between exec and the new image's first instruction SIGHUP's handler is gone; ignored,
    // it stays ignored across exec (std resets the signal mask, not an ignored disposition).
    super::ignore_sighup();
    let error = std::process::Command::new(&exe)
        .args(std::env::args_os().skip(1))
        .env(LISTEN_FD_VAR, fd.to_string())
        .exec();
    anyhow!("SIGHUP: cannot restart {}: {error}", exe.display())
}
