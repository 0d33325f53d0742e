//! Link settings for the wasm32 build of the component.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32") {
        // 128 KiB of stack instead of Rust's default 1 MiB: the parser's recursion is bounded
        // (64 levels, tested through the component), and with the stack first in memory an
        // overflow still traps. A smaller stack means fewer pages for every fresh instance to
        // fault in or keep resident.
        println!("cargo:rustc-link-arg-cdylib=-zstack-size=131072");
        // Start with 2 MiB so that a typical webhook never calls memory.grow (each grow is a
        // syscall in the host's pooling allocator); untouched pages cost nothing.
        println!("cargo:rustc-link-arg-cdylib=--initial-memory=2097152");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
