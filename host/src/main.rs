//! The talkbot binary.

fn main() -> std::process::ExitCode {
    talkbot::cli::main()
}
