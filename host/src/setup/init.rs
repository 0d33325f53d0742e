//! `talkbot init`: a secret, the `occ` lines, nginx and systemd snippets, the env file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};

/// What `talkbot init` is told.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The bot's name as Talk shows it (1 to 64 bytes).
    pub name: String,
    /// The public URL Talk posts webhooks to.
    pub webhook_url: String,
    pub nextcloud_url: Option<String>,
    pub description: String,
    /// Where the env file is written.
    pub env_file: PathBuf,
    /// Print the secret on stdout too.
    pub show_secret: bool,
    /// Replace an existing env file (and its secret).
    pub force: bool,
    /// A bot that only posts (scheduled messages): created with `occ talk:bot:create`, it gets
    /// no webhooks.
    pub send_only: bool,
}

/// Quote for a POSIX shell: single quotes, `'` as `'\''`.
pub fn sh_quote(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

/// A value for an env file read both by systemd (`EnvironmentFile=`) and by `sh` (`. file`).
fn env_value(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A new bot secret: 64 hex characters (Talk accepts 40 to 128 bytes).
pub fn generate_secret() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow!("no random source: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Split a URL into (scheme://host[:port], path).
fn split_url(url: &str) -> Option<(&str, &str)> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host_len = rest.find('/').unwrap_or(rest.len());
    if host_len == 0 {
        return None;
    }
    let cut = url.len() - rest.len() + host_len;
    Some((&url[..cut], &url[cut..]))
}

/// Where `serve` listens: the host and port of `--url` when Talk posts to this machine
/// directly (a loopback URL with a port), else 127.0.0.1:8080 behind a reverse proxy.
fn listen_address(webhook_url: &str) -> (String, bool) {
    let authority = split_url(webhook_url)
        .map(|(origin, _)| origin.split_once("://").map_or(origin, |(_, a)| a))
        .unwrap_or_default();
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && port.parse::<u16>().is_ok() => (host, port),
        _ => return ("127.0.0.1:8080".into(), false),
    };
    let local = matches!(host, "localhost" | "[::1]") || host.starts_with("127.");
    match local {
        true => (
            format!(
                "{}:{port}",
                if host == "localhost" {
                    "127.0.0.1"
                } else {
                    host
                }
            ),
            true,
        ),
        false => ("127.0.0.1:8080".into(), false),
    }
}

/// The data folder the env file names: the systemd unit's state directory for root, else a
/// folder next to the env file (a user cannot write /var/lib).
fn data_dir_for(env_file: &Path) -> String {
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        return "/var/lib/talkbot".into();
    }
    let folder = std::fs::canonicalize(
        env_file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new(".")),
    )
    .unwrap_or_else(|_| PathBuf::from("."));
    folder.join("talkbot-data").display().to_string()
}

/// Check the options as `occ talk:bot:install` would (spec §2), before anything is written.
fn check_init(options: &InitOptions) -> Result<&str> {
    // A control character (a newline in --name) would write an env file no reader accepts.
    for (flag, value) in [
        ("--name", options.name.as_str()),
        ("--description", options.description.as_str()),
        ("--url", options.webhook_url.as_str()),
        (
            "--nextcloud-url",
            options.nextcloud_url.as_deref().unwrap_or_default(),
        ),
    ] {
        if let Some(c) = value.chars().find(|c| c.is_control()) {
            bail!(
                "{flag}: {value:?} holds the control character {:?}; give it without (no newlines or tabs)",
                c
            );
        }
    }
    if options.name.is_empty() || options.name.len() > 64 {
        bail!(
            "--name: Talk accepts bot names of 1 to 64 bytes (this one is {})",
            options.name.len()
        );
    }
    if options.description.len() > 4000 {
        bail!("--description: Talk accepts at most 4000 bytes");
    }
    if options.webhook_url.len() > 4000 {
        bail!("--url: Talk accepts URLs of at most 4000 bytes");
    }
    let (_, path) = split_url(&options.webhook_url).ok_or_else(|| {
        anyhow!(
            "--url: '{}' is not an http(s) URL like https://bot.example.com/nextcloud-talk-webhook",
            options.webhook_url
        )
    })?;
    if let Some(url) = &options.nextcloud_url
        && split_url(url).is_none()
    {
        bail!("--nextcloud-url: '{url}' is not an http(s) URL like https://cloud.example.com");
    }
    Ok(if path.is_empty() { "/" } else { path })
}

/// The env file's text.
fn env_file_text(options: &InitOptions, secret: &str, webhook_path: &str) -> String {
    let mut out = String::from(
        "# talkbot settings. Keep this file private (mode 600): it holds the bot secret.\n",
    );
    match &options.nextcloud_url {
        Some(url) => {
            let _ = writeln!(out, "NEXTCLOUD_URL={}", env_value(url));
        }
        None => out.push_str(
            "# Set this to your Nextcloud's address before starting talkbot:\n# NEXTCLOUD_URL=\"https://cloud.example.com\"\n",
        ),
    }
    let _ = writeln!(out, "NEXTCLOUD_TALK_BOT_SECRET={}", env_value(secret));
    let _ = writeln!(out, "AGENT_NAME={}", env_value(&options.name));
    let (listen, direct) = listen_address(&options.webhook_url);
    if !direct {
        out.push_str(
            "# Talk posts to --url; a reverse proxy there forwards to this address (see the printed steps):\n",
        );
    }
    let _ = writeln!(out, "TALKBOT_LISTEN={}", env_value(&listen));
    let _ = writeln!(out, "TALKBOT_WEBHOOK_PATH={}", env_value(webhook_path));
    let _ = writeln!(
        out,
        "TALKBOT_DATA_DIR={}",
        env_value(&data_dir_for(&options.env_file))
    );
    out.push_str(
        "# For AI answers (any OpenAI-compatible server):\n\
         # TALKBOT_RESPONDER=\"openai\"\n\
         # OPENAI_BASE_URL=\"https://api.openai.com/v1\"\n\
         # OPENAI_API_KEY=\"sk-...\"\n\
         # TALKBOT_MODEL=\"gpt-4o-mini\"\n",
    );
    out
}

/// Generate a secret, write the env file, and return the instructions to print.
pub fn init(options: &InitOptions) -> Result<String> {
    let webhook_path = check_init(options)?;
    if options.env_file.exists() && !options.force {
        bail!(
            "{} exists (it holds a secret already in use?); pass --force to replace it, or --env-file for another path",
            options.env_file.display()
        );
    }
    let secret = generate_secret()?;
    write_private(
        &options.env_file,
        &env_file_text(options, &secret, webhook_path),
    )?;
    let env_file = std::fs::canonicalize(&options.env_file).unwrap_or(options.env_file.clone());
    let secret_arg = if options.show_secret {
        sh_quote(&secret)
    } else {
        "\"$NEXTCLOUD_TALK_BOT_SECRET\"".to_string()
    };
    let description = if options.description.is_empty() {
        String::new()
    } else {
        format!(" {}", sh_quote(&options.description))
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# talkbot setup for {name}\n\
         #\n\
         # 1. The bot secret (64 characters) is in {env} (mode 600){shown}.\n",
        name = options.name,
        env = env_file.display(),
        shown = if options.show_secret {
            format!(": {secret}")
        } else {
            "; it is not printed (add --show-secret to see it)".into()
        },
    );
    if !options.show_secret {
        let _ = writeln!(
            out,
            "# Load it into this shell for the next command (or copy the file to the Nextcloud server):\n\
             set -a; . {}; set +a\n",
            sh_quote(&env_file.display().to_string())
        );
    }
    if options.send_only {
        send_only_steps(&mut out, options, &secret_arg, &description, &env_file);
        return Ok(out);
    }
    let _ = writeln!(
        out,
        "# 2. Install the bot on the Nextcloud server, as the web server user in the Nextcloud folder.\n\
         #    One -f per feature: webhook (receive messages), response (post replies), reaction\n\
         #    (receive reactions). Leave out the event feature: with it Talk sends no webhooks at all.\n\
         sudo -u www-data php occ talk:bot:install -f webhook -f response -f reaction {name} {secret_arg} {url}{description}\n",
        name = sh_quote(&options.name),
        url = sh_quote(&options.webhook_url),
    );
    enable_step(&mut out);
    let (listen, direct) = listen_address(&options.webhook_url);
    if direct {
        let _ = writeln!(
            out,
            "# 4. Talk posts straight to talkbot: it listens on {listen} (TALKBOT_LISTEN), where --url points.\n"
        );
    } else {
        let _ = writeln!(
            out,
            "# 4. nginx in front of talkbot: Talk signs its webhooks but cannot send a password, so the\n\
         #    webhook path must bypass basic auth. Inside the server block for {host}:\n\
         location = {webhook_path} {{\n\
         \x20   auth_basic off;\n\
         \x20   proxy_pass http://{listen};\n\
         \x20   proxy_set_header Host $host;\n\
         \x20   proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\
         \x20   client_max_body_size 5m;\n\
         }}\n",
            host = split_url(&options.webhook_url).map_or("", |(h, _)| h),
        );
    }
    let _ = writeln!(
        out,
        "# 5. systemd: /etc/systemd/system/talkbot.service (then: systemctl enable --now talkbot)\n\
         [Unit]\n\
         Description=talkbot: Nextcloud Talk bot\n\
         After=network-online.target\n\
         Wants=network-online.target\n\
         \n\
         [Service]\n\
         EnvironmentFile={env}\n\
         # installed by: cargo install --locked --path host --root /usr/local\n\
         ExecStart=/usr/local/bin/talkbot serve\n\
         # SIGHUP reloads the configuration in place (no webhook is refused meanwhile)\n\
         ExecReload=/bin/kill -HUP $MAINPID\n\
         DynamicUser=yes\n\
         StateDirectory=talkbot\n\
         Restart=on-failure\n\
         # Room for floods of idle connections (systemd's default is 1024 open files)\n\
         LimitNOFILE=65536\n\
         NoNewPrivileges=yes\n\
         ProtectSystem=strict\n\
         ProtectHome=yes\n\
         \n\
         [Install]\n\
         WantedBy=multi-user.target\n\
         \n\
         # 6. Check everything: talkbot doctor --room <token> --webhook-url {url}",
        env = env_file.display(),
        url = sh_quote(&options.webhook_url),
    );
    Ok(out)
}

/// Step 3 of either setup: enable the bot in a conversation.
fn enable_step(out: &mut String) {
    let _ = writeln!(
        out,
        "# 3. Enable it in a conversation: <bot-id> is the bot's ID in the list `occ talk:bot:list` prints,\n\
         #    <token> the part after /call/ in the conversation's URL.\n\
         sudo -u www-data php occ talk:bot:setup <bot-id> <token>\n"
    );
}

/// The steps of a send-only bot (`init --send-only`): create it, enable it, say what it posts.
fn send_only_steps(
    out: &mut String,
    options: &InitOptions,
    secret_arg: &str,
    description: &str,
    env_file: &Path,
) {
    let name = sh_quote(&options.name);
    let _ = writeln!(
        out,
        "# 2. Create the bot on the Nextcloud server, as the web server user in the Nextcloud folder\n\
         #    (Talk 22.0.1 or later). A send-only bot gets no webhooks (no answers, no chat commands):\n\
         #    it posts what its schedules say, with the secret.\n\
         sudo -u www-data php occ talk:bot:create --secret {secret_arg} {name}{description}\n\
         #    Before Talk 22.0.1: install it with the response feature alone (Talk never calls the URL):\n\
         sudo -u www-data php occ talk:bot:install -f response {name} {secret_arg} {url}{description}\n",
        url = sh_quote(&options.webhook_url),
    );
    enable_step(out);
    let _ = writeln!(
        out,
        "# 4. What it posts: a TOML file (add TALKBOT_CONFIG=/path/to/talkbot.toml to {env}),\n\
         #    one [schedules.<name>] each (README: \"Scheduled messages\"):\n\
         [schedules.standup]\n\
         room = \"<token>\"\n\
         cron = \"0 9 * * 1-5\"\n\
         timezone = \"Europe/Berlin\"\n\
         text = \"Stand-up in five minutes!\"\n\
         \n\
         # 5. Run it: talkbot serve --env-file {env}\n\
         #    (it listens on 127.0.0.1:8080 for health and metrics only; nothing posts to it).",
        env = env_file.display(),
    );
}

/// Write a file only its owner can read.
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}
