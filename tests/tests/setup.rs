//! `talkbot init` as a process (what it prints, what it writes, what it keeps secret) and
//! `talkbot doctor` against the simulator playing healthy and broken Nextclouds.

use std::convert::Infallible;
use std::process::{Command, Output};

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Response, StatusCode};
use hyper_util::rt::TokioIo;
use talkbot::setup::{DoctorOptions, Finding, doctor, explain_features};
use talkbot_tests::harness::{Bot, SECRET, config, data_dir, simulator};

fn talkbot(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"));
    command
        .args(args)
        .env_remove("NEXTCLOUD_URL")
        .env_remove("NEXTCLOUD_TALK_BOT_SECRET")
        .env("TALKBOT_LOG", "warn");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("running talkbot")
}

/// The secret an env file written by `talkbot init` holds.
fn env_secret(env_file: &str) -> &str {
    env_file
        .lines()
        .find_map(|l| l.strip_prefix("NEXTCLOUD_TALK_BOT_SECRET=\""))
        .and_then(|s| s.strip_suffix('"'))
        .expect("the secret in the env file")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn init_writes_the_secret_privately_and_prints_exact_commands() {
    let dir = data_dir("init");
    let env_file = dir.join("talkbot.env");
    let env_path = env_file.display().to_string();
    let out = talkbot(
        &[
            "init",
            "--name",
            "Ada's Bot",
            "--url",
            "https://bot.example.com/hooks/talk",
            "--nextcloud-url",
            "https://cloud.example.com",
            "--env-file",
            &env_path,
        ],
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let written = std::fs::read_to_string(&env_file).unwrap();
    let secret = env_secret(&written);
    assert_eq!(secret.len(), 64);
    assert!(secret.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(!text.contains(secret), "the secret must not reach stdout");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&env_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(written.contains("NEXTCLOUD_URL=\"https://cloud.example.com\""));
    assert!(written.contains("AGENT_NAME=\"Ada's Bot\""));
    assert!(written.contains("TALKBOT_WEBHOOK_PATH=\"/hooks/talk\""));
    // One -f per feature, never `event`, names quoted for the shell.
    assert!(
        text.contains(
            "sudo -u www-data php occ talk:bot:install -f webhook -f response -f reaction 'Ada'\\''s Bot' \"$NEXTCLOUD_TALK_BOT_SECRET\" 'https://bot.example.com/hooks/talk'\n"
        ),
        "{text}"
    );
    assert!(!text.contains("-f event"));
    assert!(!text.contains("webhook,response"));
    assert!(text.contains("occ talk:bot:setup <bot-id> <token>"));
    assert!(text.contains(
        "location = /hooks/talk {\n    auth_basic off;\n    proxy_pass http://127.0.0.1:8080;"
    ));
    assert!(text.contains(&format!(
        "EnvironmentFile={}",
        std::fs::canonicalize(&env_file).unwrap().display()
    )));
    assert!(text.contains("ExecStart=/usr/local/bin/talkbot serve"));
    assert!(text.contains("\nLimitNOFILE=65536\n"), "{text}");
    // The proxy says it is one: /readyz and /metrics stay off the public side.
    assert!(text.contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"));

    // The env file is what `talkbot serve` reads: its values load as a configuration.
    let values: Vec<(String, String)> = written
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim_matches('"').replace("\\\"", "\"")))
        .collect();
    let config = talkbot::config::Config::load(
        &|key| {
            values
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        },
        None,
    )
    .unwrap();
    assert_eq!(config.agent_name, "Ada's Bot");
    assert_eq!(config.backends[0].secrets[0].expose(), secret);

    // An existing env file (a secret in use) is not replaced without --force.
    let again = talkbot(
        &[
            "init",
            "--name",
            "x",
            "--url",
            "https://b.example/h",
            "--env-file",
            &env_path,
        ],
        &[],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&env_file).unwrap(), written);

    // Asked for, the secret is printed.
    let shown = talkbot(
        &[
            "init",
            "--name",
            "x",
            "--url",
            "https://b.example/h",
            "--env-file",
            &env_path,
            "--force",
            "--show-secret",
        ],
        &[],
    );
    assert!(shown.status.success());
    let secret = env_secret(&std::fs::read_to_string(&env_file).unwrap()).to_string();
    assert!(stdout(&shown).contains(&format!("-f reaction 'x' '{secret}' 'https://b.example/h'")));

    // Talk's limits are checked before anything is written.
    let long_name = "n".repeat(65);
    let bad = talkbot(
        &[
            "init",
            "--name",
            &long_name,
            "--url",
            "https://b.example/h",
            "--env-file",
            &format!("{env_path}.2"),
        ],
        &[],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("1 to 64 bytes"));
    assert!(!dir.join("talkbot.env.2").exists());
}

fn problems(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .filter_map(|f| match f {
            Finding::Problem { what, fix } => Some(format!("{what} | {fix}")),
            _ => None,
        })
        .collect()
}

/// A server answering every request with 401 and a basic-auth challenge (a proxy in front).
async fn basic_auth_proxy() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let service = service_fn(|_request| async {
                    let mut response =
                        Response::new(Full::new(Bytes::from("401 Authorization Required")));
                    *response.status_mut() = StatusCode::UNAUTHORIZED;
                    response.headers_mut().insert(
                        "WWW-Authenticate",
                        "Basic realm=\"Restricted\"".parse().unwrap(),
                    );
                    Ok::<_, Infallible>(response)
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    format!("http://{addr}/nextcloud-talk-webhook")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_confirms_a_working_setup() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("doctor-ok"), &[])).await;
    // Talk without the bot-features API: a silent test message proves the secret.
    let options = DoctorOptions {
        room: Some("room1234".into()),
        webhook_url: Some(bot.url.clone()),
        post: true,
    };
    // Without --post nothing is posted: it says what it could not check, and how to.
    let quiet = DoctorOptions {
        post: false,
        ..options.clone()
    };
    let findings = doctor(&bot.app.config, &quiet).await.unwrap();
    assert_eq!(problems(&findings), Vec::<String>::new(), "{findings:?}");
    let warnings: Vec<String> = findings
        .iter()
        .filter(|f| matches!(f, Finding::Warning(_)))
        .map(|f| f.to_string())
        .collect();
    assert!(
        warnings.iter().any(|w| w.contains("occ talk:bot:list")),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("--post")),
        "{warnings:?}"
    );
    assert!(sim.messages().is_empty(), "posted without --post");
    let findings = doctor(&bot.app.config, &options).await.unwrap();
    assert_eq!(problems(&findings), Vec::<String>::new(), "{findings:?}");
    let posted = sim.messages();
    assert_eq!(posted.len(), 1);
    assert!(posted[0].silent, "the test message must not notify anyone");
    assert!(
        findings
            .iter()
            .any(|f| matches!(f, Finding::Ok(t) if t.contains("reaches talkbot")))
    );

    // Talk 25: the features are read with a signed ask-features, nothing is posted.
    sim.state.lock().unwrap().features = Some(1 | 2 | 8);
    let findings = doctor(&bot.app.config, &options).await.unwrap();
    assert_eq!(problems(&findings), Vec::<String>::new(), "{findings:?}");
    assert!(
        findings
            .iter()
            .any(|f| matches!(f, Finding::Ok(t) if t.contains("webhook, response, reaction")))
    );
    assert_eq!(sim.messages().len(), 1);

    // The CLI prints the findings and exits 0.
    let (url, room) = (sim.url(), "room1234".to_string());
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &["doctor", "--room", &room],
            &[
                ("NEXTCLOUD_URL", &url),
                ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
            ],
        )
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("everything checked is fine"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_explains_what_is_broken() {
    let sim = simulator(&["the-secret-nextcloud-knows-0123456789abcdef"]).await;
    let cfg = config(&sim.url(), SECRET, &data_dir("doctor-bad"), &[]);
    let room = DoctorOptions {
        room: Some("room1234".into()),
        webhook_url: None,
        post: true,
    };

    // Wrong secret (or no response feature): 401, explained.
    let found = problems(&doctor(&cfg, &room).await.unwrap());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("(401)")
            && found[0].contains("-f response")
            && found[0].contains("talk:bot:setup"),
        "{}",
        found[0]
    );

    // Locked out by brute-force protection: 429, with the reset command.
    sim.state.lock().unwrap().failed_auth = talkbot::simulator::BRUTE_FORCE_LIMIT;
    let found = problems(&doctor(&cfg, &room).await.unwrap());
    assert!(
        found[0].contains("429") && found[0].contains("occ security:bruteforce:reset"),
        "{found:?}"
    );
    sim.state.lock().unwrap().failed_auth = 0;

    // A proxy that strips OCS-APIRequest: 412, explained.
    let good_secret = config(
        &sim.url(),
        "the-secret-nextcloud-knows-0123456789abcdef",
        &data_dir("doctor-412"),
        &[],
    );
    sim.script_faults(&[412]);
    let found = problems(&doctor(&good_secret, &room).await.unwrap());
    assert!(
        found[0].contains("412") && found[0].contains("OCS-APIRequest"),
        "{found:?}"
    );

    // The event feature set (Talk 25 reports features): no webhooks will ever come.
    let good = config(
        &sim.url(),
        "the-secret-nextcloud-knows-0123456789abcdef",
        &data_dir("doctor-event"),
        &[],
    );
    sim.state.lock().unwrap().features = Some(1 | 2 | 4);
    let found = problems(&doctor(&good, &room).await.unwrap());
    assert!(
        found.iter().any(|p| p.contains("event feature")),
        "{found:?}"
    );

    // Nextcloud without Talk bots; Nextcloud unreachable.
    sim.state.lock().unwrap().no_bots = true;
    let found = problems(&doctor(&good, &room).await.unwrap());
    assert!(found[0].contains("no bot support"), "{found:?}");
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let gone = config(
        &format!("http://{closed}"),
        SECRET,
        &data_dir("doctor-gone"),
        &[],
    );
    let found = problems(&doctor(&gone, &room).await.unwrap());
    assert!(found[0].contains("cannot reach"), "{found:?}");

    // The webhook path behind basic auth.
    sim.state.lock().unwrap().no_bots = false;
    let behind = DoctorOptions {
        room: None,
        webhook_url: Some(basic_auth_proxy().await),
        post: true,
    };
    let findings = doctor(&good, &behind).await.unwrap();
    let found = problems(&findings);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("basic auth") && found[0].contains("auth_basic off"),
        "{}",
        found[0]
    );
    assert!(
        findings
            .iter()
            .any(|f| matches!(f, Finding::Warning(t) if t.contains("--room")))
    );

    // The CLI exits 1 and says how many problems it found.
    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &["doctor", "--room", "room1234"],
            &[
                ("NEXTCLOUD_URL", &url),
                ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
            ],
        )
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("PROBLEM"), "{}", stdout(&out));
}

#[test]
fn feature_bits_are_explained() {
    // The bits are decoded by the component, as `doctor` does.
    let mut instance = talkbot_tests::engine().instance().unwrap();
    let mut explain = |bits| explain_features(bits, instance.features_from_bits(bits).unwrap());
    assert!(matches!(&explain(11)[..], [Finding::Ok(_)]));
    assert!(format!("{:?}", explain(15)).contains("event feature"));
    let text = format!("{:?}", explain(1));
    assert!(text.contains("lacks the response feature"), "{text}");
    assert!(
        text.contains("-f webhook -f response -f reaction"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_checks_what_init_wrote_and_loading_writes_nothing() {
    let sim = simulator(&[]).await;
    let dir = data_dir("doctor-env");
    let env_path = dir.join("talkbot.env").display().to_string();
    let url = sim.url();
    let (u, p) = (url.clone(), env_path.clone());
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &[
                "init",
                "--name",
                "Bot",
                "--url",
                "https://bot.example.com/hook",
                "--nextcloud-url",
                &u,
                "--env-file",
                &p,
            ],
            &[],
        )
    })
    .await
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Talk knows the secret init generated.
    let written = std::fs::read_to_string(&env_path).unwrap();
    sim.state.lock().unwrap().secrets = vec![env_secret(&written).to_string()];
    let data = dir.join("data").display().to_string();
    let p = env_path.clone();
    let d = data.clone();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &["doctor", "--env-file", &p, "--room", "room1234", "--post"],
            &[("TALKBOT_DATA_DIR", &d)],
        )
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("everything checked is fine"));
    assert_eq!(sim.messages().len(), 1, "the silent test message");

    // Without any configuration, in a folder with no talkbot.env: a clear problem, and no
    // data folder or local secret appears.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let e = empty.clone();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"))
            .arg("doctor")
            .current_dir(&e)
            .env_remove("NEXTCLOUD_URL")
            .env_remove("NEXTCLOUD_TALK_BOT_SECRET")
            .env_remove("TALKBOT_DATA_DIR")
            .env("TALKBOT_LOG", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("no Nextcloud configured"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        std::fs::read_dir(&empty).unwrap().count(),
        0,
        "doctor wrote something"
    );
    // In that folder, ./talkbot.env is picked up by itself.
    std::fs::copy(&env_path, empty.join("talkbot.env")).unwrap();
    let e = empty.clone();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"))
            .args(["doctor", "--room", "room1234"])
            .current_dir(&e)
            .env_remove("NEXTCLOUD_URL")
            .env_remove("NEXTCLOUD_TALK_BOT_SECRET")
            .env("TALKBOT_DATA_DIR", &data)
            .env("TALKBOT_LOG", "warn")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stdout(&out));
}

#[test]
fn a_secret_can_come_from_a_file() {
    let dir = data_dir("secret-file");
    let secret_file = dir.join("secret");
    std::fs::write(&secret_file, format!("{SECRET}\n")).unwrap();
    let cfg = talkbot::envfile::EnvSource::from_pairs([
        ("NEXTCLOUD_URL", "https://cloud.example.com"),
        (
            "NEXTCLOUD_TALK_BOT_SECRET_FILE",
            secret_file.to_str().unwrap(),
        ),
    ])
    .unwrap();
    let config = talkbot::config::Config::load(&|k| cfg.get(k), None).unwrap();
    assert_eq!(config.backends[0].secrets[0].expose(), SECRET);
}

#[test]
fn init_listens_where_a_local_url_points_and_refuses_control_characters() {
    let dir = data_dir("init-local");
    let env_file = dir.join("talkbot.env");
    let env_path = env_file.display().to_string();
    let out = talkbot(
        &[
            "init",
            "--name",
            "talkbot",
            "--url",
            "http://127.0.0.1:18123/talk",
            "--nextcloud-url",
            "http://127.0.0.1:8090",
            "--env-file",
            &env_path,
        ],
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&env_file).unwrap();
    // Talk posts straight to this port: talkbot listens there, no proxy step.
    assert!(
        written.contains("TALKBOT_LISTEN=\"127.0.0.1:18123\""),
        "{written}"
    );
    assert!(
        written.contains("TALKBOT_WEBHOOK_PATH=\"/talk\""),
        "{written}"
    );
    let text = stdout(&out);
    assert!(text.contains("Talk posts straight to talkbot"), "{text}");
    assert!(!text.contains("proxy_pass"), "{text}");
    assert!(text.contains("occ talk:bot:list"), "{text}");

    // A newline in any value: refused before anything is written.
    let bad = dir.join("bad.env");
    let bad_path = bad.display().to_string();
    for (flag, value) in [
        ("--name", "talk\nbot"),
        ("--url", "https://bot.example.com/\thook"),
    ] {
        let mut args = vec![
            "init",
            "--name",
            "talkbot",
            "--url",
            "https://bot.example.com/hook",
            "--env-file",
            &bad_path,
        ];
        let at = args.iter().position(|a| *a == flag).unwrap();
        args[at + 1] = value;
        let out = talkbot(&args, &[]);
        assert!(!out.status.success(), "{flag} {value:?} accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(flag) && err.contains("control character"),
            "{err}"
        );
        assert!(!bad.exists(), "an env file was written");
    }
}

/// Issue 21: the README's path — `init`, then `serve` and `doctor` reading what it wrote — as a
/// user who is not root, in a fresh directory that is their home, with nothing else set.
/// (Run as root, the commands run as `nobody` through `setpriv`.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn init_serve_doctor_work_as_written_for_a_user_who_is_not_root() {
    use std::os::unix::fs::PermissionsExt;
    let sim = simulator(&[]).await;
    sim.state.lock().unwrap().features = Some(1 | 2 | 8);
    // A home outside the build tree (which may sit in root's home, closed to others).
    let home = std::env::temp_dir().join(format!("talkbot-nonroot-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let bin = home.join("talkbot");
    std::fs::copy(env!("CARGO_BIN_EXE_talkbot-under-test"), &bin).unwrap();
    let root = unsafe { libc::geteuid() } == 0;
    if root {
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).unwrap();
        let status = Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(&home)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let as_user = |args: &[&str]| {
        let mut command = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
            c.arg(&bin);
            c
        } else {
            Command::new(&bin)
        };
        command
            .args(args)
            .current_dir(&home)
            .env_clear()
            .env("HOME", &home)
            .env("PATH", "/usr/bin:/bin");
        command
    };
    let port = talkbot_tests::process::free_port();
    let url = format!("http://127.0.0.1:{port}/nextcloud-talk-webhook");
    let out = as_user(&[
        "init",
        "--name",
        "Talk Bot",
        "--url",
        &url,
        "--nextcloud-url",
        &sim.url(),
    ])
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "init: {}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(home.join("talkbot.env")).unwrap();
    assert!(
        written.contains(&format!("TALKBOT_LISTEN=\"127.0.0.1:{port}\"")),
        "{written}"
    );
    // Talk learns the secret from the occ line init printed.
    let secret = env_secret(&written).to_string();
    assert!(stdout(&out).contains("occ talk:bot:install"));
    sim.state.lock().unwrap().secrets = vec![secret.clone()];

    // `talkbot serve` with no arguments: it reads ./talkbot.env.
    let mut serve = as_user(&["serve"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        if let Ok(Some(status)) = serve.try_wait() {
            let mut err = String::new();
            use std::io::Read;
            let _ = serve.stderr.take().unwrap().read_to_string(&mut err);
            panic!("serve exited {status}: {err}");
        }
        assert!(std::time::Instant::now() < deadline, "serve did not listen");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    let out = tokio::task::spawn_blocking({
        let mut doctor = as_user(&["doctor", "--room", "room1234", "--webhook-url", &url]);
        move || doctor.output().unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "doctor: {}", stdout(&out));
    assert!(stdout(&out).contains("everything checked is fine"));
    assert!(sim.messages().is_empty(), "doctor posted without --post");

    // And the bot answers Talk.
    let body = talkbot::simulator::create_body("room1234", 1, "users/alice", "Alice", "hi");
    let (status, _) = sim.send_webhook(&url, &secret, body).await.unwrap();
    assert_eq!(status, 200);
    let replies = sim
        .wait_for_messages(1, std::time::Duration::from_secs(30))
        .await;
    assert_eq!(replies[0].message, "hi");
    let _ = serve.kill();
    let _ = serve.wait();
    // What it made is the user's own (data folder included).
    if root {
        use std::os::unix::fs::MetadataExt;
        for entry in std::fs::read_dir(&home).unwrap() {
            let entry = entry.unwrap();
            assert_eq!(entry.metadata().unwrap().uid(), 65534, "{:?}", entry.path());
        }
    }
    let _ = std::fs::remove_dir_all(&home);
}

/// Issue 24: a bot that only posts. `init --send-only` needs no webhook URL, prints
/// `occ talk:bot:create` with the secret (and the older `install -f response` path), and a
/// `[schedules]` example that loads as it is printed.
#[test]
fn init_send_only_prints_the_create_path_and_a_schedule_that_loads() {
    let dir = data_dir("init-send-only");
    let env_file = dir.join("talkbot.env");
    let env_path = env_file.display().to_string();
    let out = talkbot(
        &[
            "init",
            "--send-only",
            "--name",
            "Alerts",
            "--nextcloud-url",
            "https://cloud.example.com",
            "--env-file",
            &env_path,
        ],
        &[],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    assert!(
        text.contains(
            "sudo -u www-data php occ talk:bot:create --secret \"$NEXTCLOUD_TALK_BOT_SECRET\" 'Alerts'\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("occ talk:bot:install -f response 'Alerts' \"$NEXTCLOUD_TALK_BOT_SECRET\""),
        "{text}"
    );
    assert!(!text.contains("-f webhook"), "{text}");
    assert!(!text.contains("nginx"), "{text}");
    // The printed schedule, with a real token, is a configuration talkbot loads.
    let start = text
        .find("[schedules.standup]")
        .expect("a schedule example");
    let snippet = text[start..]
        .split("\n\n")
        .next()
        .unwrap()
        .replace("<token>", "abcd1234");
    let config = talkbot_tests::harness::config_with_file(
        "https://cloud.example.com",
        talkbot_tests::harness::SECRET,
        &dir,
        &[],
        &snippet,
    );
    assert_eq!(config.schedules.len(), 1);
    assert_eq!(config.schedules[0].timezone, "Europe/Berlin");
    // Without --send-only, --url is required, and the two do not go together.
    let missing = talkbot(&["init", "--name", "Alerts"], &[]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("--url"));
}
