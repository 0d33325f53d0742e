//! The talkbot binary, built by this package so that its tests can run it as a process
//! (`CARGO_BIN_EXE_talkbot-under-test`).

fn main() -> std::process::ExitCode {
    talkbot::cli::main()
}
