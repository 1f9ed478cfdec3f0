//! Where the fact store and the locales are read from: folders on disk, or the copies of `data/`
//! and `locales/` compiled into the binary (by `build.rs`), under the pseudo-folder
//! [`BUNDLED_ROOT`]. Loading reads both the same way, through these three functions, so the
//! bundled files are parsed and checked like any folder, and problems name them
//! (`<bundled>/data/facts/military.toml:12`).

use std::io;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The pseudo-folder that holds the bundled `data/` and `locales/`.
pub const BUNDLED_ROOT: &str = "<bundled>";

/// The bundled copy of a folder of the crate: `bundled("data")`.
pub fn bundled(folder: &str) -> PathBuf {
    Path::new(BUNDLED_ROOT).join(folder)
}

/// Whether `path` is in the copy compiled into the binary, rather than on disk.
pub fn is_bundled(path: &Path) -> bool {
    path.starts_with(BUNDLED_ROOT)
}

/// The path inside the bundle, `/`-separated, when `path` is bundled.
fn inside(path: &Path) -> Option<String> {
    let relative = path.strip_prefix(BUNDLED_ROOT).ok()?;
    let parts: Vec<String> =
        relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    Some(parts.join("/"))
}

fn not_found(path: &Path) -> io::Error {
    io::Error::new(io::ErrorKind::NotFound, format!("{} is not in the bundle", path.display()))
}

/// A file's text.
pub fn read_to_string(path: &Path) -> io::Result<String> {
    match inside(path) {
        None => std::fs::read_to_string(path),
        Some(name) => BUNDLED
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| not_found(path)),
    }
}

/// The paths of a folder's entries, files and folders, in no particular order.
pub fn read_dir(path: &Path) -> io::Result<Vec<PathBuf>> {
    let Some(name) = inside(path) else {
        return std::fs::read_dir(path)?.map(|entry| entry.map(|e| e.path())).collect();
    };
    let prefix = if name.is_empty() { String::new() } else { format!("{name}/") };
    let mut entries: Vec<PathBuf> = BUNDLED
        .iter()
        .filter_map(|(file, _)| file.strip_prefix(&prefix))
        .filter_map(|rest| rest.split('/').next())
        .map(|entry| path.join(entry))
        .collect();
    entries.dedup();
    if entries.is_empty() {
        return Err(not_found(path));
    }
    Ok(entries)
}

/// Whether a path is a folder.
pub fn is_dir(path: &Path) -> bool {
    match inside(path) {
        None => path.is_dir(),
        Some(name) => {
            let prefix = format!("{name}/");
            BUNDLED.iter().any(|(file, _)| file.starts_with(&prefix))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_holds_the_crates_data_and_locales_as_they_are_on_disk() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let facts = read_dir(&bundled("data/facts")).expect("the bundled facts folder");
        assert!(facts.contains(&bundled("data/facts/military.toml")), "{facts:?}");
        let languages = read_dir(&bundled("locales")).expect("the bundled locales");
        assert!(
            languages.iter().all(|l| is_dir(l)) && languages.contains(&bundled("locales/fr")),
            "{languages:?}"
        );
        for (file, text) in BUNDLED {
            assert_eq!(std::fs::read_to_string(root.join(file)).expect("the file on disk"), *text, "{file}");
        }
        assert!(!is_dir(&bundled("data/sources.toml")));
        assert_eq!(read_to_string(&bundled("data/nope.toml")).unwrap_err().kind(), io::ErrorKind::NotFound);
    }
}
