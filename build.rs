//! Compiles `data/` and `locales/` into the binary: writes `$OUT_DIR/bundled.rs`, a list of
//! (path relative to the crate, contents) that `src/content/files.rs` serves when no folder is given, so
//! that an installed binary works from any folder.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files(&path, found);
        } else {
            found.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for folder in ["data", "locales"] {
        // A folder: cargo looks at every file in it for changes.
        println!("cargo:rerun-if-changed={folder}");
        files(&root.join(folder), &mut found);
    }
    let mut code =
        String::from("/// Every file of data/ and locales/ at build time: (relative path, text).\n");
    code.push_str("pub static BUNDLED: &[(&str, &str)] = &[\n");
    for path in found {
        let relative = path.strip_prefix(&root).expect("under the crate").to_str().expect("UTF-8 paths");
        let relative = relative.replace('\\', "/");
        writeln!(code, "    ({relative:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("bundled.rs"), code).expect("bundled.rs is written");
}
